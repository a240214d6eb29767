import { APIError } from 'payload'

/** An error as the JSON body Payload's own REST errors use; unexpected errors say where to look. */
export const errorResponse = (error: unknown, extra: Record<string, unknown> = {}): Response => {
  const status = error instanceof APIError ? error.status : 500
  const message = status < 500 ? (error as Error).message : 'Unexpected error: see the server log.'
  return Response.json({ errors: [{ ...extra, message }] }, { status })
}
