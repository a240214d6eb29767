import type { CollectionAfterDeleteHook } from 'payload'

import { refreshPublicUploads, type UploadRefs } from '../src/operations/refreshPublicUploads'
import type { SanitizedWorkflowOptions } from '../src/types'
import { takeWriteNote } from '../src/workflow/writeNotes'
import { UPLOADS_NOTE } from './noteUploadsBeforeDelete'

/** After a governed document is deleted: its uploads stay public only where another published document uses them. */
export const withdrawUploadsOfDeleted =
  (options: SanitizedWorkflowOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    const noted = await takeWriteNote<UploadRefs>(req, UPLOADS_NOTE, collection.slug, id)
    if (noted) await refreshPublicUploads(req, options, [noted])
    return doc
  }
