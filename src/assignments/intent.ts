import type { PayloadRequest } from 'payload'

/** Writes of the assignment operation: marked from inside the plugin, so no Local API caller can forge one. */
const writes = new WeakSet<PayloadRequest>()

export const withAssignmentWrite = async <T>(
  req: PayloadRequest,
  write: () => Promise<T>,
): Promise<T> => {
  writes.add(req)
  try {
    return await write()
  } finally {
    writes.delete(req)
  }
}

export const isAssignmentWrite = (req: PayloadRequest): boolean => writes.has(req)
