import { APIError } from 'payload'

/** Which part of the query is refused: `errors[0].data.code` (GraphQL `extensions.data.code`). */
export type QueryRefusal =
  'invalid_limit' | 'invalid_page' | 'invalid_sort' | 'invalid_where' | 'unknown_locale'

/**
 * A 400 whose message (REST `errors[0].message`, GraphQL `errors[].message`) says what to fix and whose
 * code says which part of the query. Named so that `loggingLevels` can log the caller's mistake as info
 * rather than as a server error.
 */
export const queryRefused = (code: QueryRefusal, message: string) => {
  const error = new APIError(message, 400, { code }, true)
  error.name = 'QueryRefused'
  return error
}
