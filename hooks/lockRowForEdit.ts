import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { lockDocument } from '../src/operations/lockDocument'
import { preservingLocale } from '../src/operations/preservingLocale'
import { tw } from '../src/translations'
import { isTransitionWrite } from '../src/workflow/intent'
import { readWorkflow, sameWorkflow } from '../src/workflow/state'

/**
 * Edits take the same row lock as transitions, so an edit and a publish never interleave. Bulk
 * updates and restores read the document before any hook runs: if a transition committed in
 * between, the edit is refused rather than written over the new state.
 */
export const lockRowForEdit: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || isTransitionWrite(req, collection.slug, originalDoc?.id))
    return data
  await lockDocument(req, collection.slug, originalDoc!.id)
  // `as never`: Payload types `select` per slug, and this hook serves any governed collection.
  const latest = await preservingLocale(req, () =>
    req.payload.findByID({
      collection: collection.slug,
      depth: 0,
      draft: true,
      id: originalDoc!.id,
      overrideAccess: true,
      req,
      select: { workflow: true } as never,
    }),
  )
  if (!sameWorkflow(readWorkflow(latest), readWorkflow(originalDoc))) {
    throw new WorkflowError(tw(req.t, 'errorStateChanged'), 409, 'state_changed')
  }
  return data
}
