import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { contentHash } from '../workflow/contentHash'
import { readWorkflow } from '../workflow/state'
import type { PublishedSource } from './context'
import { preservingLocale } from './preservingLocale'
import { sourceContentOf } from './sourceHash'

type Args = {
  collection: SanitizedCollectionConfig
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

/**
 * The latest published version in the source locale (what readers get), or null when none is. Read
 * from the versions table, as stored: the main row is what readers get too, but reads of it go
 * through the reader hooks.
 */
export const readPublishedSource = (
  { collection, options, req }: Args,
  id: number | string,
): Promise<null | PublishedSource> =>
  preservingLocale(req, async () => {
    const { docs } = await req.payload.findVersions({
      collection: collection.slug,
      depth: 0,
      fallbackLocale: false,
      limit: 1,
      locale: options.sourceLocale as 'en',
      overrideAccess: true,
      pagination: false,
      req,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
    const version = docs[0]?.version as unknown as Record<string, unknown> | undefined
    if (!version) return null
    const content = sourceContentOf(collection, version)
    return { content, hash: contentHash(content), workflow: readWorkflow(version) }
  })
