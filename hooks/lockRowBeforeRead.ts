import type { CollectionBeforeOperationHook } from 'payload'

import { lockDocument } from '../src/operations/lockDocument'
import { isTransitionWrite } from '../src/workflow/intent'

/**
 * An update by id takes the document's row lock before Payload reads the document, so the edit
 * works from the state any concurrent transition has committed (and waits for one in progress).
 */
export const lockRowBeforeRead: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined && !isTransitionWrite(req, collection.slug, id)) {
    await lockDocument(req, collection.slug, id)
  }
  return args
}
