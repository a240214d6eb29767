import type { RateDecision } from './rateLimit'

export type LoginThrottleOptions = {
  /** Wrong passwords allowed in a row before the first wait. */
  freeAttempts?: number
  /** The first wait; each further wrong password doubles it. */
  firstDelayMs?: number
  /** The longest wait. */
  maxDelayMs?: number
}

export type LoginThrottle = {
  /** Before checking a password: refused while this key must still wait; otherwise counts the attempt as a failure until `succeeded`. */
  attempt: (key: string, now?: number) => RateDecision
  /** The password was right: the key starts afresh. */
  succeeded: (key: string) => void
}

/**
 * Slows wrong passwords per key (account and client address): `freeAttempts` in a row, then a wait
 * that doubles with each further failure, up to `maxDelayMs`. No lock: another key (the account's
 * owner at their own address) is never slowed by this one. An attempt is counted as it starts, so
 * attempts sent in parallel cannot all slip through before the first answer; `succeeded` clears it.
 * A key with no failure for an hour (or its last wait, if longer) is forgotten.
 *
 * In memory, per app instance, like the other limits (see rateLimit.ts).
 */
export const loginThrottle = ({
  firstDelayMs = 2000,
  freeAttempts = 5,
  maxDelayMs = 15 * 60_000,
}: LoginThrottleOptions = {}): LoginThrottle => {
  const keys = new Map<string, { failures: number; lastFailure: number; waitUntil: number }>()
  const forgetAfter = Math.max(60 * 60_000, maxDelayMs)
  const sweep = (now: number) => {
    for (const [key, entry] of keys) if (now - entry.lastFailure >= forgetAfter) keys.delete(key)
  }
  return {
    attempt: (key, now = Date.now()) => {
      if (keys.size > 10_000) sweep(now)
      let entry = keys.get(key)
      if (entry && now - entry.lastFailure >= forgetAfter) entry = undefined
      if (entry && now < entry.waitUntil)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((entry.waitUntil - now) / 1000)),
        }
      const failures = (entry?.failures ?? 0) + 1
      const over = failures - freeAttempts
      const waitUntil = over < 0 ? 0 : now + Math.min(maxDelayMs, firstDelayMs * 2 ** over)
      keys.set(key, { failures, lastFailure: now, waitUntil })
      return { allowed: true }
    },
    succeeded: (key) => {
      keys.delete(key)
    },
  }
}
