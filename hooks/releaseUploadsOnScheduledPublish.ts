import type { CollectionAfterChangeHook } from 'payload'

import {
  refreshPublicUploads,
  refsIn,
  uploadPathsOf,
  uploadsOfRow,
} from '../src/operations/refreshPublicUploads'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'

/**
 * After Payload's scheduled-publish job has written the published row: the uploads it points at
 * become readable, and those only the previous version used stop being so. The transitions
 * refresh their own (src/operations/transition.ts).
 */
export const releaseUploadsOnScheduledPublish =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, previousDoc, req }) => {
    if (data._status !== 'published' || isTransitionWrite(req, collection.slug, doc.id)) return doc
    const paths = uploadPathsOf(req.payload, options).get(collection.slug) ?? []
    if (!paths.length) return doc
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : []
    const after = await uploadsOfRow(req, options, collection.slug, doc.id)
    await refreshPublicUploads(
      req,
      options,
      [after.refs, refsIn(previousDoc, paths, locales)],
      after.live,
    )
    return doc
  }
