import { APIError } from 'payload'

import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../delivery/databaseErrors'

/** An error as the JSON body Payload's own REST errors use; unexpected errors say where to look. */
export const errorResponse = (error: unknown, extra: Record<string, unknown> = {}): Response => {
  if (isDatabaseUnavailable(error)) return Response.json({ errors: [{ message: DATABASE_UNAVAILABLE }] }, { headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) }, status: 503 })
  const status = error instanceof APIError ? error.status : 500
  const message = status < 500 ? (error as Error).message : 'Unexpected error: see the server log.'
  const data = status < 500 && error instanceof APIError && error.data ? { data: error.data } : {}
  return Response.json({ errors: [{ ...extra, ...data, message }] }, { status })
}
