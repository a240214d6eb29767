import type { PayloadRequest } from 'payload'

/**
 * Writes that discard the working copy by sending the published version back (Payload's "Revert to
 * published"), recognised by hooks/discardToPublished.ts for the write in progress: the workflow
 * hooks after it let that write set the published version's workflow. Set or cleared on every
 * write, before any other workflow hook reads it.
 */
const discards = new WeakMap<PayloadRequest, string>()

const key = (collection: string, id: unknown) => `${collection}:${String(id)}`

export const markDiscard = (
  req: PayloadRequest,
  collection: string,
  id: unknown,
  discarding: boolean,
): void => {
  if (discarding) discards.set(req, key(collection, id))
  else discards.delete(req)
}

export const isDiscardWrite = (req: PayloadRequest, collection: string, id: unknown): boolean =>
  discards.get(req) === key(collection, id)
