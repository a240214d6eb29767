import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, DELIVERY_FIELD } from '../workflow/fieldNames'
import { WorkflowError } from './errors'

export type SitemapEntry = {
  collection: string
  id: number | string
  /** The slug per locale readers can follow; null where that locale is not served. */
  slugs: Record<string, null | string>
  translation: Record<string, string>
  updatedAt: string
}

/**
 * Every published document of the governed collections that have slugs, with its slugs in each
 * locale: three small columns per document (Payload's `select`), never the bodies.
 */
export const listPublishedSlugs = async (req: PayloadRequest, options: SanitizedWorkflowOptions, only?: string): Promise<SitemapEntry[]> => {
  const collections = (options.collections as CollectionSlug[]).filter((slug) => hasSlugField(req.payload.collections[slug].config, options))
  if (only !== undefined && !collections.includes(only as CollectionSlug)) {
    throw new WorkflowError(`No sitemap for "${only}": use one of ${collections.join(', ')}, or leave collection out.`, 400)
  }
  const entries: SitemapEntry[] = []
  for (const collection of only === undefined ? collections : ([only] as CollectionSlug[])) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      draft: false,
      overrideAccess: false,
      pagination: false,
      req,
      select: { [ALTERNATES_FIELD]: true, [DELIVERY_FIELD]: true, updatedAt: true } as never,
      sort: 'id',
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      entries.push({
        collection,
        id: doc.id as number | string,
        slugs: (doc[ALTERNATES_FIELD] ?? {}) as Record<string, null | string>,
        translation: (doc[DELIVERY_FIELD] ?? {}) as Record<string, string>,
        updatedAt: String(doc.updatedAt),
      })
    }
  }
  return entries
}
