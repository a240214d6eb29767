import { createRequire } from 'node:module'
import * as graphqlEsm from 'graphql'
import { afterEach, describe, expect, it } from 'vitest'

// patches/graphql+16.11.0.patch: KnownTypeNamesRule lists every type name of the schema only to
// suggest one in an error, not on every validation (patches/README.md). Both builds are patched:
// Payload loads the .mjs, CommonJS callers the .js.
const graphqlCjs = createRequire(import.meta.url)('graphql') as typeof graphqlEsm
const keys = Object.keys
afterEach(() => void (Object.keys = keys))

describe.each([
  ['ESM', graphqlEsm],
  ['CommonJS', graphqlCjs],
])('graphql KnownTypeNamesRule (%s build)', (_build, graphql) => {
  const { GraphQLObjectType, GraphQLSchema, GraphQLString, KnownTypeNamesRule, parse, validate } =
    graphql
  const types = Array.from(
    { length: 50 },
    (_, index) =>
      new GraphQLObjectType({
        fields: { name: { type: GraphQLString } },
        name: `Statement${index}`,
      }),
  )
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      fields: Object.fromEntries(types.map((type, index) => [`statement${index}`, { type }])),
      name: 'Query',
    }),
    types,
  })
  const typeMap = schema.getTypeMap()
  const validateCountingListings = (query: string) => {
    let listings = 0
    Object.keys = ((value: object) => {
      if (value === typeMap) listings += 1
      return keys(value)
    }) as typeof Object.keys
    const errors = validate(schema, parse(query), [KnownTypeNamesRule])
    Object.keys = keys
    return { errors: errors.map((error) => error.message), listings }
  }

  it('does not list the schema type names to validate a document whose types all exist', () => {
    expect(
      validateCountingListings('query ($s: String) { statement1 { ... on Statement1 { name } } }'),
    ).toEqual({ errors: [], listings: 0 })
  })

  it('lists them for an unknown type, and suggests the nearest', () => {
    const { errors, listings } = validateCountingListings(
      '{ statement1 { ... on Statment1 { name } } }',
    )
    expect(errors).toEqual([
      'Unknown type "Statment1". Did you mean "Statement1", "Statement0", "Statement2", "Statement3", or "Statement4"?',
    ])
    expect(listings).toBeGreaterThan(0)
  })
})
