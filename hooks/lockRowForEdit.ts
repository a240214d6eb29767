import type { CollectionBeforeChangeHook } from 'payload'

import { lockDocument } from '../src/operations/lockDocument'
import { isTransitionWrite } from '../src/workflow/intent'

/**
 * Edits take the same row lock as transitions, so an edit and a publish never interleave: a
 * publish that checked the approved hash cannot then store a version an editor saved meanwhile.
 */
export const lockRowForEdit: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && !isTransitionWrite(req, collection.slug, originalDoc?.id)) {
    await lockDocument(req, collection.slug, originalDoc!.id)
  }
  return data
}
