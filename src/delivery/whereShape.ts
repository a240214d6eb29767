import { validOperators } from 'payload/shared'

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

const operatorProblem = (at: string, operator: string, value: unknown): null | string => {
  if (!OPERATORS.has(operator)) {
    const meant = OPERATORS.has(operator.toLowerCase())
      ? `write ${operator.toLowerCase()} (operators are lowercase)`
      : `use one of ${validOperators.join(', ')}`
    return `${at}[${operator}]: ${operator} is not an operator: ${meant}.`
  }
  if (LISTS.has(operator)) {
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) return null
    return `${at}[${operator}] takes a list of values: write ${at}[${operator}][0]=a&${at}[${operator}][1]=b, or ${at}[${operator}]=a,b.`
  }
  if (operator === 'exists') {
    return ([true, false, 'true', 'false'] as unknown[]).includes(value)
      ? null
      : `${at}[exists] takes true or false.`
  }
  if (ONE_VALUE.has(operator)) {
    // Payload splits a like value into words: anything but text is a TypeError there (a 500).
    if (operator === 'like' && isPrimitive(value) && typeof value !== 'string')
      return `${at}[like] takes text: ${at}[like]=word.`
    if (isScalar(value)) return null
    return `${at}[${operator}] takes one value, not a list or an object: for several values use ${at}[in][0]=a&${at}[in][1]=b.`
  }
  if (GEO.has(operator))
    return isPlainObject(value) || isScalar(value) || Array.isArray(value)
      ? null
      : `${at}[${operator}] takes a point or a GeoJSON object.`
  return null
}

/**
 * Every condition of `where` in order, and the first thing in its shape Payload would ignore or
 * fail on: `and`/`or` that is not a list of conditions, a field without an operator, an unknown
 * operator, a list where one value is expected or the reverse, `exists` that is not true/false.
 * `contains` may hold a nested `where` (has-many relationships and joins), which is walked too.
 */
export const walkWhere = (
  where: unknown,
  at = 'where',
  conditions: Condition[] = [],
): { conditions: Condition[]; problem: null | string } => {
  if (!isPlainObject(where))
    return { conditions, problem: `${at} must hold conditions such as ${at}[title][equals]=…` }
  for (const [key, constraint] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(constraint) || !constraint.every(isPlainObject)) {
        return {
          conditions,
          problem: `${here} must be a list of conditions: ${here}[0][title][equals]=a&${here}[1][title][equals]=b.`,
        }
      }
      for (const [index, item] of constraint.entries()) {
        const nested = walkWhere(item, `${here}[${index}]`, conditions)
        if (nested.problem) return nested
      }
      continue
    }
    if (!isPlainObject(constraint))
      return {
        conditions,
        problem: `${here} needs an operator: ${here}[equals]=…, ${here}[in][0]=…, ${here}[like]=…`,
      }
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = operatorProblem(here, operator, value)
      if (problem) return { conditions, problem }
      if (operator === 'contains' && isPlainObject(value)) {
        // Its paths belong to the related collection: checked for shape only, not listed.
        const nested = walkWhere(value, `${here}[contains]`, [])
        if (nested.problem) return { conditions, problem: nested.problem }
      } else if (operator === 'contains' && !isScalar(value)) {
        return {
          conditions,
          problem: `${here}[contains] takes one value (or, on a has-many relationship, a where).`,
        }
      }
      conditions.push({ at: `${here}[${operator}]`, operator, path: key, value })
    }
  }
  return { conditions, problem: null }
}
