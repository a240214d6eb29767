import type { Payload } from 'payload'

/**
 * Stops a test's Payload and drops its database. Payload's destroy() leaves its pool open (one
 * client stays checked out); the forced drop ends those connections, so the pool's resulting
 * errors are expected here. `key` is the cache key the instance was made with (getPayload's `key`).
 */
export const stopPayload = async (
  payload: Payload | undefined,
  key: string,
  database: { drop: () => Promise<unknown> } | undefined,
) => {
  const { pool } = (payload?.db ?? {}) as unknown as {
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  }
  pool?.on('error', () => undefined)
  await payload?.destroy()
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete(key)
  await database?.drop()
  void pool?.end().catch(() => undefined)
}
