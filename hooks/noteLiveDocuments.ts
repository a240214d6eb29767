import type { CollectionBeforeChangeHook } from 'payload'

import { isLive } from '../src/operations/isLive'
import { isTransitionWrite } from '../src/workflow/intent'
import { noteLive } from '../src/workflow/writeNotes'

/** Remembers, before a write, whether the document is live; refuseSilentUnpublish checks after it. */
export const noteLiveDocuments: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || isTransitionWrite(req, collection.slug, originalDoc?.id))
    return data
  if (await isLive(req, collection.slug, originalDoc!.id))
    await noteLive(req, collection.slug, originalDoc!.id)
  return data
}
