import type { AfterErrorHook } from 'payload'

/**
 * The error and its causes, nearest first: Payload and drizzle wrap PostgreSQL's error in `cause`,
 * GraphQL wraps the resolver's error in `originalError` (at most 6).
 */
export const causesOf = (error: unknown): unknown[] => {
  const causes: unknown[] = []
  for (let cause = error; cause && causes.length < 6; ) {
    causes.push(cause)
    const { cause: next, originalError } = cause as { cause?: unknown; originalError?: unknown }
    cause = originalError && originalError !== cause ? originalError : next
  }
  return causes
}

/** The answer an afterError hook gives for `status` and `message`, in GraphQL's shape or REST's. */
export const answerAs = (
  status: number,
  message: string,
  graphqlResult: Parameters<AfterErrorHook>[0]['graphqlResult'],
) =>
  graphqlResult
    ? { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, statusCode: status }, message } }
    : { response: { errors: [{ message }] }, status }
