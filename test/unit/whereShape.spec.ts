import { describe, expect, it } from 'vitest'

import { readEnv } from '../../src/app/env'
import { walkWhere } from '../../src/delivery/whereShape'

describe('walkWhere', () => {
  it('lists every condition of a well-formed where, nested and/or (any case) included', () => {
    const where = {
      AND: [{ title: { like: 'x' } }, { or: [{ id: { in: ['1', '2'] } }, { id: { in: '3,4' } }] }],
      'translation.fr': { equals: 'approved' },
      website: { exists: false },
    }
    expect(walkWhere(where)).toEqual({
      conditions: [
        { at: 'where[AND][0][title][like]', operator: 'like', path: 'title', value: 'x' },
        { at: 'where[AND][1][or][0][id][in]', operator: 'in', path: 'id', value: ['1', '2'] },
        { at: 'where[AND][1][or][1][id][in]', operator: 'in', path: 'id', value: '3,4' },
        {
          at: 'where[translation.fr][equals]',
          operator: 'equals',
          path: 'translation.fr',
          value: 'approved',
        },
        { at: 'where[website][exists]', operator: 'exists', path: 'website', value: false },
      ],
      problem: null,
    })
  })

  it('an object where in/not_in/all expect a list (what Payload dropped) is the problem, at any depth', () => {
    for (const operator of ['in', 'not_in', 'all']) {
      expect(walkWhere({ or: [{ id: { [operator]: { a: '1' } } }] }).problem).toBe(
        `where[or][0][id][${operator}] takes a list of values: write where[or][0][id][${operator}][0]=a&where[or][0][id][${operator}][1]=b, or where[or][0][id][${operator}]=a,b.`,
      )
    }
    expect(walkWhere({ id: { in: [{ a: 1 }] } }).problem).toMatch(
      /^where\[id\]\[in\] takes a list of values/,
    )
  })

  it('a list or object where one value is expected, exists that is not true/false, unknown and upper-case operators', () => {
    expect(walkWhere({ title: { equals: ['a', 'b'] } }).problem).toBe(
      'where[title][equals] takes one value, not a list or an object: for several values use where[title][in][0]=a&where[title][in][1]=b.',
    )
    expect(walkWhere({ title: { not_like: { a: 'b' } } }).problem).toMatch(
      /^where\[title\]\[not_like\] takes one value/,
    )
    expect(walkWhere({ title: { exists: 'yes' } }).problem).toBe(
      'where[title][exists] takes true or false.',
    )
    expect(walkWhere({ title: { Like: 'x' } }).problem).toBe(
      'where[title][Like]: Like is not an operator: write like (operators are lowercase).',
    )
    expect(walkWhere({ title: { similar: 'x' } }).problem).toMatch(
      /^where\[title\]\[similar\]: similar is not an operator: use one of equals, contains, /,
    )
  })

  it('and/or that is not a list of conditions, a field without an operator, a where that is not an object', () => {
    expect(walkWhere({ or: { 0: { title: { equals: 'a' } } } }).problem).toBe(
      'where[or] must be a list of conditions: where[or][0][title][equals]=a&where[or][1][title][equals]=b.',
    )
    expect(walkWhere({ and: ['x'] }).problem).toMatch(/^where\[and\] must be a list of conditions/)
    expect(walkWhere({ title: 'a' }).problem).toBe(
      'where[title] needs an operator: where[title][equals]=…, where[title][in][0]=…, where[title][like]=…',
    )
    expect(walkWhere('title', 'joins[notes][where]').problem).toBe(
      'joins[notes][where] must hold conditions such as joins[notes][where][title][equals]=…',
    )
  })

  it('contains takes one value or, on has-many relationships, a nested where checked for shape only', () => {
    expect(walkWhere({ tags: { contains: { name: { equals: 'x' } } } })).toEqual({
      conditions: [
        {
          at: 'where[tags][contains]',
          operator: 'contains',
          path: 'tags',
          value: { name: { equals: 'x' } },
        },
      ],
      problem: null,
    })
    expect(walkWhere({ tags: { contains: { name: { in: { a: 1 } } } } }).problem).toMatch(
      /^where\[tags\]\[contains\]\[name\]\[in\] takes a list/,
    )
    expect(walkWhere({ tags: { contains: ['a'] } }).problem).toBe(
      'where[tags][contains] takes one value (or, on a has-many relationship, a where).',
    )
  })
})

describe('API_MAX_LIMIT', () => {
  it('defaults to 100 and must be a whole number from 1', () => {
    expect(readEnv({}).API_MAX_LIMIT).toBe(100)
    expect(readEnv({ API_MAX_LIMIT: '250' }).API_MAX_LIMIT).toBe(250)
    expect(() => readEnv({ API_MAX_LIMIT: '0' })).toThrow(/API_MAX_LIMIT/)
  })
})

describe('walkWhere on polymorphic relationships', () => {
  it('takes { relationTo, value } as one value, and lists of them', () => {
    const one = { relationTo: 'media', value: 12 }
    expect(
      walkWhere({ doc: { equals: one }, other: { in: [one, { relationTo: 'users', value: '3' }] } })
        .problem,
    ).toBeNull()
    expect(
      walkWhere({ doc: { equals: { relationTo: 'media', value: { a: 1 } } } }).problem,
    ).toMatch(/^where\[doc\]\[equals\] takes one value/)
  })
})

describe('walkWhere on like', () => {
  it('takes text only (a number or null from a JSON where made Payload throw)', () => {
    expect(walkWhere({ title: { like: 'two words' } }).problem).toBeNull()
    expect(walkWhere({ title: { like: 5 } }).problem).toBe(
      'where[title][like] takes text: where[title][like]=word.',
    )
    expect(walkWhere({ title: { like: null } }).problem).toBe(
      'where[title][like] takes text: where[title][like]=word.',
    )
  })
})
