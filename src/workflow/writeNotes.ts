import type { PayloadRequest } from 'payload'

/**
 * Notes a beforeChange hook leaves for the afterChange hook of the same write (was the document
 * live? what did readers have?). Keyed by the write's transaction id: restoreVersion hands its
 * hooks different `req` objects (a proxy, then the original), but one transaction. Entries are
 * removed when read.
 */
/** The note of what readers had before a publish write (hooks/notePublishedTranslations.ts). */
export const PUBLISHED_NOTE = 'published-translations'

const notes = new Map<string, { at: number; value: unknown }>()

const key = async (
  req: PayloadRequest,
  kind: string,
  collection: string,
  id: unknown,
): Promise<null | string> => {
  const transaction = await req.transactionID
  return transaction === undefined || transaction === null
    ? null
    : `${kind}:${String(transaction)}:${collection}:${String(id)}`
}

export const noteForWrite = async (
  req: PayloadRequest,
  kind: string,
  collection: string,
  id: unknown,
  value: unknown,
): Promise<void> => {
  const noted = await key(req, kind, collection, id)
  if (noted) notes.set(noted, { at: Date.now(), value })
  // Writes that failed before their afterChange leave a note behind: forget those after a minute.
  for (const [entry, { at }] of notes) if (Date.now() - at > 60_000) notes.delete(entry)
}

/** The note left for this write, once; `undefined` when there is none. */
export const takeWriteNote = async <T>(
  req: PayloadRequest,
  kind: string,
  collection: string,
  id: unknown,
): Promise<T | undefined> => {
  const noted = await key(req, kind, collection, id)
  if (noted === null) return undefined
  const entry = notes.get(noted)
  notes.delete(noted)
  return entry?.value as T | undefined
}

export const noteLive = (req: PayloadRequest, collection: string, id: unknown) =>
  noteForWrite(req, 'live', collection, id, true)

/** Whether noteLive was called for this write (a note only ever adds a refusal). */
export const takeWasLive = async (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): Promise<boolean> => (await takeWriteNote<boolean>(req, 'live', collection, id)) === true
