import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { tw } from '../translations'
import { argsOf, callerQueries, withCallerAccess, wouldQuery } from './callerQuery'
import { configOf, walkPath } from './fieldPath'
import { type Condition, walkWhere } from './whereShape'

// Operators that compare with whole values; `exists` takes a boolean.
const ONE = new Set(['equals', 'not_equals'])
const LISTS = new Set(['all', 'in', 'not_in'])
// Text searches: PostgreSQL has no ILIKE on an enum column (Payload answered 500).
const PARTS = new Set(['contains', 'like', 'not_like'])

const optionValues = (field: FlattenedField): null | string[] =>
  field.type === 'select' || field.type === 'radio'
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : null

/** A field's read access for this request without a document (an access rule that needs one and fails: not readable). */
const mayRead = async (field: FlattenedField, req: PayloadRequest): Promise<boolean> => {
  if (!field.access?.read) return true
  try {
    return Boolean(await field.access.read({ req }))
  } catch {
    return false
  }
}

/**
 * Whether the caller may read every field along `path` (groups, relations): a field they may not read
 * is left to Payload, which refuses it as one that "cannot be queried" without naming its values.
 */
const readable = async (
  req: PayloadRequest,
  collection: string,
  path: string,
): Promise<boolean> => {
  let fields: FlattenedField[] = configOf(req.payload, collection)?.flattenedFields ?? []
  for (const segment of path.replace(/__/g, '.').split('.')) {
    const field = fields.find((candidate) => candidate.name === segment)
    if (!field) continue
    if (field.hidden || !(await mayRead(field, req))) return false
    const target =
      field.type === 'relationship' || field.type === 'upload' || field.type === 'join'
        ? field.type === 'join'
          ? field.collection
          : field.relationTo
        : undefined
    if (typeof target === 'string') fields = configOf(req.payload, target)?.flattenedFields ?? []
    else if ('flattenedFields' in field) fields = field.flattenedFields
  }
  return true
}

/** The values of a condition to check: REST sends `in` as a list or as comma-separated text. */
const valuesOf = ({ operator, value }: Condition): unknown[] => {
  if (ONE.has(operator)) return [value]
  if (!LISTS.has(operator)) return []
  if (typeof value === 'string') return value.split(',')
  return Array.isArray(value) ? value : [value]
}

/** A 400 with `errors[0].data.code` and the values allowed, named so that `loggingLevels` logs it as info. */
const optionRefused = (message: string, code: string, field: string, allowed: string[]) => {
  const error = new APIError(message, 400, { allowed, code, field }, true)
  error.name = 'QueryRefused'
  return error
}

/**
 * A `where` that compares a select or radio field (`translation.fr`, `topic`, …) with a value it
 * cannot hold, or searches it with like/contains, is a 400 listing the values it can hold. Payload
 * answered 500 (PostgreSQL refuses the enum value, and has no ILIKE on an enum).
 * `null` stays allowed (it asks for documents without a value). Runs after refuseMalformedWhere.
 */
export const refuseUnknownOptions: CollectionBeforeOperationHook = async ({
  args: incoming,
  collection,
  operation,
  req,
}) => {
  const args = argsOf(incoming)
  if (!withCallerAccess(args, req)) return incoming
  const queries = callerQueries(args, collection).filter(
    (query) => query.where !== undefined && query.where !== null,
  )
  if (!queries.length || !(await wouldQuery(operation, collection, req))) return incoming
  for (const query of queries) {
    const { conditions } = walkWhere(query.where, query.at ? `${query.at}[where]` : 'where')
    for (const condition of conditions) {
      const { end, rest } = walkPath(req.payload, query.collection, condition.path)
      const allowed = end && rest.length === 0 ? optionValues(end) : null
      if (!end || !allowed || !(await readable(req, query.collection, condition.path))) continue
      const field = condition.path.replace(/__/g, '.')
      if (PARTS.has(condition.operator) && !('hasMany' in end && end.hasMany)) {
        const vars = {
          allowed: allowed.join(', '),
          at: condition.at,
          field,
          operator: condition.operator,
        }
        throw optionRefused(
          tw(req.t, 'errorWhereOptionPart', vars),
          'invalid_operator',
          field,
          allowed,
        )
      }
      const wrong = valuesOf(condition).find(
        (value) => value !== null && !(typeof value === 'string' && allowed.includes(value)),
      )
      if (wrong === undefined) continue
      throw optionRefused(
        tw(req.t, 'errorWhereOption', {
          allowed: allowed.join(', '),
          at: condition.at,
          field,
          value: String(wrong),
        }),
        'invalid_option',
        field,
        allowed,
      )
    }
  }
  return incoming
}
