import type { CollectionAfterChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { isLive } from '../src/operations/isLive'
import { tw } from '../src/translations'
import { takeWasLive } from '../src/workflow/writeNotes'

/**
 * A write that is not the unpublish transition must not take a live document down: restoring an
 * old draft version, a non-draft save with `_status: 'draft'`, Payload's scheduled unpublish. The
 * error rolls the write back (Payload runs it in a transaction).
 */
export const refuseSilentUnpublish: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  // restoreVersion hands over the saved version as `doc`; the document's own id is on previousDoc.
  const id = previousDoc?.id ?? doc.id
  if (!(await takeWasLive(req, collection.slug, id))) return doc
  if (await isLive(req, collection.slug, id)) return doc
  throw new WorkflowError(
    tw(req.t, 'errorSilentUnpublish', { collection: collection.slug, id: String(id) }),
    403,
    'unpublish_through_workflow',
  )
}
