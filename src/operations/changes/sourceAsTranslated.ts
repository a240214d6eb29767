import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../../types'
import { translationHashes } from '../../workflow/sourceContent'
import { preservingLocale } from '../preservingLocale'

const MAX_VERSIONS = 300

/**
 * The source-locale value each field had when the translation was made: for each of `fields`, the
 * value in the most recent version whose hash matches the one the translation recorded
 * (`translationWorkflow.<locale>.sourceHashes`). Fields whose version is gone are left out.
 */
export const sourceAsTranslated = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
  recorded: Record<string, string>,
  fields: readonly string[],
): Promise<Record<string, unknown>> =>
  preservingLocale(req, async () => {
    const wanted = fields.filter((field) => recorded[field])
    if (!wanted.length) return {}
    const { docs } = await req.payload.findVersions({
      collection: collection as CollectionSlug,
      depth: 0,
      fallbackLocale: false,
      limit: MAX_VERSIONS,
      locale: options.sourceLocale as 'en',
      overrideAccess: true,
      req,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    const fieldsOf = req.payload.collections[collection as CollectionSlug]!.config.flattenedFields
    const found: Record<string, unknown> = {}
    for (const field of wanted) {
      const row = docs.find(
        (doc) =>
          translationHashes(fieldsOf, doc.version as unknown as Record<string, unknown>, [field])[
            field
          ] === recorded[field],
      )
      if (row) found[field] = (row.version as unknown as Record<string, unknown>)[field] ?? null
    }
    return found
  })
