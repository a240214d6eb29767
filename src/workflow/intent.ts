import type { PayloadRequest } from 'payload'

/**
 * Writes the workflow itself makes. A request is marked only for the duration of one transition's
 * own update, from inside this module: a Local API caller cannot forge it (unlike `req.context`,
 * which any caller can set), and nothing is kept once the call returns.
 */
const active = new WeakMap<PayloadRequest, { collection: string; id: number | string }>()
const eventWrites = new WeakSet<PayloadRequest>()

export const withTransitionIntent = async <T>(
  req: PayloadRequest,
  target: { collection: string; id: number | string },
  write: () => Promise<T>,
): Promise<T> => {
  active.set(req, target)
  try {
    return await write()
  } finally {
    active.delete(req)
  }
}

export const isTransitionWrite = (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): boolean => {
  const target = active.get(req)
  return Boolean(target && target.collection === collection && String(target.id) === String(id))
}

export const withEventWrite = async <T>(
  req: PayloadRequest,
  write: () => Promise<T>,
): Promise<T> => {
  eventWrites.add(req)
  try {
    return await write()
  } finally {
    eventWrites.delete(req)
  }
}

export const isEventWrite = (req: PayloadRequest): boolean => eventWrites.has(req)
