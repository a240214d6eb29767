import { buildSchema, parse, specifiedRules, validate } from 'graphql/index.js'
import { describe, expect, it } from 'vitest'

import { queryShapeRule } from '../../src/delivery/graphqlLimits'

const schema = buildSchema(`
  type Note { title: String, statement: Statement }
  type Statement { title: String, notes: [Note] }
  type Query { notes: [Note] }
`)
const limits = { maxAliases: 3, maxComplexity: 20, maxDepth: 4 }
const errors = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, queryShapeRule(limits)]).map(
    (error) => error.message,
  )

describe('queryShapeRule', () => {
  it('accepts queries within the limits, fragments and __typename included', () => {
    expect(errors('{ a: notes { title } b: notes { statement { title } } }')).toEqual([])
    expect(
      errors('{ notes { ...N } } fragment N on Note { title statement { __typename } }'),
    ).toEqual([])
  })

  it('counts depth and aliases through fragments and inline fragments', () => {
    expect(errors('query Q { notes { statement { notes { statement { title } } } } }')).toEqual([
      '"Q" is 5 levels deep; the limit is 4: ask for fewer nested relationships and fetch deeper ones in a second query.',
    ])
    expect(errors('{ notes { ...N ...N } } fragment N on Note { a: title b: title }')).toEqual([
      'The query has 4 aliases; the limit is 3: split it into several requests.',
    ])
    expect(
      errors('{ notes { ... on Note { statement { notes { statement { title } } } } } }'),
    ).toEqual([
      'The query is 5 levels deep; the limit is 4: ask for fewer nested relationships and fetch deeper ones in a second query.',
    ])
  })

  it('does not count introspection depth', () => {
    expect(
      errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }'),
    ).toEqual([])
  })

  it('refuses spread cycles and fragment bombs alone, leaving nothing for other rules to walk', () => {
    expect(
      errors('{ notes { ...A } } fragment A on Note { statement { notes { ...A } } }'),
    ).toEqual([
      'Fragment "A" spreads itself, directly or through other fragments: write the repeated fields out instead.',
    ])
    const bomb = Array.from(
      { length: 60 },
      (_, index) =>
        `fragment F${index} on Note { ${index === 59 ? 'title' : `...F${index + 1} ...F${index + 1}`} }`,
    ).join(' ')
    expect(errors(`{ notes { ...F0 } } ${bomb}`)).toEqual([
      `The query asks for ${2 ** 59 + 1} fields once its fragments are expanded; the limit is 20: ask for fewer fields or split it into several requests.`,
    ])
  })
})
