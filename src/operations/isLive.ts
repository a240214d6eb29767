import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { PUBLIC_STATUS_FIELD } from '../workflow/fieldNames'
import { preservingLocale } from './preservingLocale'

const countRow = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  where: Where[],
): Promise<boolean> =>
  preservingLocale(req, async () => {
    const { totalDocs } = await req.payload.count({
      collection: collection as CollectionSlug,
      overrideAccess: true,
      req,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }, ...where] },
    })
    return totalDocs > 0
  })

/**
 * Whether the document's main row (what readers get) is published: its full text, or an announced
 * stub (see isAnnounced). A write must not take either offline silently.
 */
export const isLive = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> => countRow(req, collection, id, [])

/** Whether readers get only an announced stub of the document (`status: 'coming_soon'`), not its full text. */
export const isAnnounced = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> =>
  countRow(req, collection, id, [{ [PUBLIC_STATUS_FIELD]: { equals: 'coming_soon' } }])
