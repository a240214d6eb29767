import type { CollectionBeforeDeleteHook } from 'payload'

import { uploadsOfRow } from '../src/operations/refreshPublicUploads'
import type { SanitizedWorkflowOptions } from '../src/types'
import { noteForWrite } from '../src/workflow/writeNotes'

export const UPLOADS_NOTE = 'uploads-before-delete'

/** Before a governed document is deleted: the uploads its row points at, in every locale. */
export const noteUploadsBeforeDelete =
  (options: SanitizedWorkflowOptions): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    await noteForWrite(
      req,
      UPLOADS_NOTE,
      collection.slug,
      id,
      (await uploadsOfRow(req, options, collection.slug, id)).refs,
    )
  }
