import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { WorkflowError } from '../operations/errors'

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
  const type = (req.payload.collections as Record<string, { customIDType?: string } | undefined>)[collection]?.customIDType ?? req.payload.db.defaultIDType
  if (type !== 'number') {
    if (!raw.trim()) throw new WorkflowError(`The path has no document id: use /api/${collection}/<id>/….`, 400)
    return raw
  }
  if (!numericId.safeParse(raw).success) {
    throw new WorkflowError(`"${raw.slice(0, 40)}" is not a ${collection} id: ids are whole numbers, e.g. /api/${collection}/7/workflow.`, 400)
  }
  const id = Number(raw)
  if (id < 1 || id > MAX_SERIAL) throw new WorkflowError(`No ${collection} document with id ${raw}: check the id.`, 404)
  return id
}
