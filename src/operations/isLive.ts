import type { CollectionSlug, PayloadRequest } from 'payload'

import { preservingLocale } from './preservingLocale'

/** Whether the document's main row (what readers get) is published. */
export const isLive = (req: PayloadRequest, collection: string, id: number | string): Promise<boolean> =>
  preservingLocale(req, async () => {
    const { totalDocs } = await req.payload.count({
      collection: collection as CollectionSlug,
      overrideAccess: true,
      req,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    })
    return totalDocs > 0
  })
