import type { AfterErrorHook } from 'payload'

/**
 * The error and its causes, nearest first: Payload and drizzle wrap PostgreSQL's error in `cause`,
 * GraphQL wraps the resolver's error in `originalError` (at most 6).
 */
export const causesOf = (error: unknown): unknown[] => {
  const causes: unknown[] = []
  for (let cause = error; cause && causes.length < 6;) {
    causes.push(cause)
    const { cause: next, originalError } = cause as { cause?: unknown; originalError?: unknown }
    cause = originalError && originalError !== cause ? originalError : next
  }
  return causes
}

/**
 * The answer an afterError hook gives for `status`, `code` and `message`, in GraphQL's shape or REST's:
 * the code where a WorkflowError's is (REST `errors[0].data.code`, GraphQL `extensions.data.code`).
 */
export const answerAs = (
  status: number,
  code: string,
  message: string,
  graphqlResult: Parameters<AfterErrorHook>[0]['graphqlResult'],
) =>
  graphqlResult
    ? {
        graphqlResult: {
          ...graphqlResult,
          extensions: { ...graphqlResult.extensions, data: { code }, statusCode: status },
          message,
        },
      }
    : { response: { errors: [{ data: { code }, message }] }, status }
