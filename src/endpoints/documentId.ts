import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { WorkflowError } from '../operations/errors'
import { tw } from '../translations'

// PostgreSQL's serial ids are `integer`: a larger number cannot name a document.
const MAX_SERIAL = 2_147_483_647

const numericId = z.string().regex(/^\d{1,19}$/)

/**
 * The `:id` of a plugin endpoint's path, checked against the collection's id type before any query:
 * 400 for what cannot be an id (text where ids are numbers), 404 for a number no row can have. Without
 * this, PostgreSQL refused the value and the caller got a 500.
 */
export const documentId = (req: PayloadRequest, collection: string): number | string => {
  const raw = String(req.routeParams?.id ?? '')
  const type =
    (req.payload.collections as Record<string, { customIDType?: string } | undefined>)[collection]
      ?.customIDType ?? req.payload.db.defaultIDType
  if (type !== 'number') {
    if (!raw.trim())
      throw new WorkflowError(tw(req.t, 'errorNoDocumentId', { collection }), 400, 'bad_id')
    return raw
  }
  if (!numericId.safeParse(raw).success) {
    throw new WorkflowError(
      tw(req.t, 'errorBadDocumentId', { collection, raw: raw.slice(0, 40) }),
      400,
      'bad_id',
    )
  }
  const id = Number(raw)
  if (id < 1 || id > MAX_SERIAL)
    throw new WorkflowError(tw(req.t, 'errorNotFound', { collection, id: raw }), 404, 'not_found')
  return id
}
