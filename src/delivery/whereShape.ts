import { validOperators } from 'payload/shared'

import { type AnyT, tw } from '../translations'
import { englishT } from '../translations/english'

/** One condition of a `where`: its field path, operator and value, with the parameter name to quote back. */
export type Condition = { at: string; operator: string; path: string; value: unknown }

const OPERATORS = new Set<string>(validOperators)
const LISTS = new Set(['all', 'in', 'not_in'])
const ONE_VALUE = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
])
// Points and GeoJSON: `near` takes "lng,lat[,max[,min]]" or a list, `within`/`intersects` a GeoJSON object.
const GEO = new Set(['intersects', 'near', 'within'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value))
const isPrimitive = (value: unknown) =>
  value === null || ['boolean', 'number', 'string'].includes(typeof value)
// A polymorphic relationship's value: `{ relationTo: 'media', value: 12 }`.
const isRelationValue = (value: unknown) =>
  isPlainObject(value) &&
  Object.keys(value).sort().join() === 'relationTo,value' &&
  typeof value.relationTo === 'string' &&
  isPrimitive(value.value)
const isScalar = (value: unknown) => isPrimitive(value) || isRelationValue(value)

const operatorProblem = (t: AnyT, at: string, operator: string, value: unknown): null | string => {
  const words = { at, operator }
  if (!OPERATORS.has(operator)) {
    return OPERATORS.has(operator.toLowerCase())
      ? tw(t, 'edgeWhereLowercase', { ...words, lower: operator.toLowerCase() })
      : tw(t, 'edgeWhereNotOperator', { ...words, operators: validOperators.join(', ') })
  }
  if (LISTS.has(operator)) {
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) return null
    return tw(t, 'edgeWhereList', words)
  }
  if (operator === 'exists') {
    return ([true, false, 'true', 'false'] as unknown[]).includes(value)
      ? null
      : tw(t, 'edgeWhereExists', words)
  }
  if (ONE_VALUE.has(operator)) {
    // Payload splits a like value into words: anything but text is a TypeError there (a 500).
    if (operator === 'like' && isPrimitive(value) && typeof value !== 'string')
      return tw(t, 'edgeWhereLikeText', words)
    if (isScalar(value)) return null
    return tw(t, 'edgeWhereOneValue', words)
  }
  if (GEO.has(operator))
    return isPlainObject(value) || isScalar(value) || Array.isArray(value)
      ? null
      : tw(t, 'edgeWhereGeo', words)
  return null
}

/**
 * Every condition of `where` in order, and the first thing in its shape Payload would ignore or
 * fail on: `and`/`or` that is not a list of conditions, a field without an operator, an unknown
 * operator, a list where one value is expected or the reverse, `exists` that is not true/false.
 * `contains` may hold a nested `where` (has-many relationships and joins), which is walked too.
 * The problem is said in `t`'s language (English by default).
 */
export const walkWhere = (
  where: unknown,
  at = 'where',
  conditions: Condition[] = [],
  t: AnyT = englishT,
): { conditions: Condition[]; problem: null | string } => {
  if (!isPlainObject(where)) return { conditions, problem: tw(t, 'edgeWhereNotConditions', { at }) }
  for (const [key, constraint] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(constraint) || !constraint.every(isPlainObject)) {
        return { conditions, problem: tw(t, 'edgeWhereAndOr', { at: here }) }
      }
      for (const [index, item] of constraint.entries()) {
        const nested = walkWhere(item, `${here}[${index}]`, conditions, t)
        if (nested.problem) return nested
      }
      continue
    }
    if (!isPlainObject(constraint))
      return { conditions, problem: tw(t, 'edgeWhereNoOperator', { at: here }) }
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = operatorProblem(t, here, operator, value)
      if (problem) return { conditions, problem }
      if (operator === 'contains' && isPlainObject(value)) {
        // Its paths belong to the related collection: checked for shape only, not listed.
        const nested = walkWhere(value, `${here}[contains]`, [], t)
        if (nested.problem) return { conditions, problem: nested.problem }
      } else if (operator === 'contains' && !isScalar(value)) {
        return { conditions, problem: tw(t, 'edgeWhereContains', { at: here }) }
      }
      conditions.push({ at: `${here}[${operator}]`, operator, path: key, value })
    }
  }
  return { conditions, problem: null }
}
