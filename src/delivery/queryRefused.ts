import { APIError } from 'payload'

/**
 * A 400 whose message (REST `errors[0].message`, GraphQL `errors[].message`) says what to fix. Named
 * so that `loggingLevels` can log the caller's mistake as info rather than as a server error.
 */
export const queryRefused = (message: string) => {
  const error = new APIError(message, 400, null, true)
  error.name = 'QueryRefused'
  return error
}
