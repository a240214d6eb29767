import type { PayloadRequest } from 'payload'

/**
 * Documents that were live when a write began, noted by a beforeChange hook for the afterChange
 * hook of the same write. Keyed by the write's transaction id: restoreVersion hands its hooks
 * different `req` objects (a proxy, then the original), but one transaction. Entries are removed
 * when read; a note only ever adds a refusal.
 */
const liveAtStart = new Map<string, number>()

const key = async (req: PayloadRequest, collection: string, id: unknown): Promise<null | string> => {
  const transaction = await req.transactionID
  return transaction === undefined || transaction === null ? null : `${String(transaction)}:${collection}:${String(id)}`
}

export const noteLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<void> => {
  const noted = await key(req, collection, id)
  if (noted) liveAtStart.set(noted, Date.now())
  // Writes that failed before their afterChange leave a note behind: forget those after a minute.
  for (const [entry, at] of liveAtStart) if (Date.now() - at > 60_000) liveAtStart.delete(entry)
}

export const takeWasLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  const noted = await key(req, collection, id)
  return noted !== null && liveAtStart.delete(noted)
}
