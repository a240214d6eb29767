import type { TFunction } from '@payloadcms/translations'

import { APIError } from 'payload'

import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE,
  isDatabaseUnavailable,
} from '../delivery/databaseErrors'
import { tw } from '../translations'

/**
 * An error as the JSON body Payload's own REST errors use, with its code in `errors[0].data.code`;
 * unexpected errors say where to look. Given the request's `t`, the endpoint's own words for the
 * database being away and unexpected errors are in the request's language.
 */
export const errorResponse = (
  error: unknown,
  extra: Record<string, unknown> = {},
  t?: TFunction,
): Response => {
  if (isDatabaseUnavailable(error)) {
    const message = t ? tw(t, 'errorDatabaseUnavailable') : DATABASE_UNAVAILABLE
    return Response.json(
      { errors: [{ data: { code: 'database_unavailable' }, message }] },
      { headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) }, status: 503 },
    )
  }
  const status = error instanceof APIError ? error.status : 500
  if (status >= 500)
    return Response.json(
      {
        errors: [
          {
            ...extra,
            data: { code: 'unexpected' },
            message: t ? tw(t, 'errorUnexpected') : 'Unexpected error: see the server log.',
          },
        ],
      },
      { status },
    )
  const data = error instanceof APIError && error.data ? { data: error.data } : {}
  return Response.json(
    { errors: [{ ...extra, ...data, message: (error as Error).message }] },
    { status },
  )
}
