import type { CollectionBeforeChangeHook } from 'payload'

import { snapshotBeforePublish } from '../src/operations/deliverTranslations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { noteForWrite, PUBLISHED_NOTE } from '../src/workflow/writeNotes'

/**
 * Before a write that publishes (the publish transition, or Payload's scheduled-publish job: the
 * only writes refuseDirectWorkflowWrites lets publish), remembers what readers had, so the row
 * write (src/db/deliverOnPublishWrite.ts) can keep an approved translation the new version did not
 * touch.
 */
export const notePublishedTranslations =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || data._status !== 'published') return data
    const previous = await snapshotBeforePublish({ collection, options, req }, originalDoc!.id)
    await noteForWrite(req, PUBLISHED_NOTE, collection.slug, originalDoc!.id, { previous })
    return data
  }
