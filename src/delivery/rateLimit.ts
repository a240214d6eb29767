import { APIError, type PayloadRequest } from 'payload'

import { type AnyT, tw } from '../translations'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }
export type RateLimiter = { hit: (key: string, now?: number) => RateDecision }

/**
 * A fixed-window counter: at most `limit` hits per key in each `windowMs`, counted from the key's
 * first hit. `limit` 0 allows everything. Pure apart from its own map; the clock is passed in.
 *
 * The counts live in this process's memory: each app instance counts on its own, so N instances
 * behind a load balancer allow up to N × limit, and a restart forgets. That suits a brake on
 * guessing and scripted floods; a shared store (e.g. PostgreSQL or Redis) would be needed for an
 * exact cluster-wide quota.
 */
export const fixedWindowLimiter = ({
  limit,
  windowMs = 60_000,
}: {
  limit: number
  windowMs?: number
}): RateLimiter => {
  const windows = new Map<string, { count: number; start: number }>()
  const sweep = (now: number) => {
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key)
  }
  return {
    hit: (key, now = Date.now()) => {
      if (limit <= 0) return { allowed: true }
      // Forget finished windows now and then, so the map stays as small as the set of recent callers.
      if (windows.size > 10_000) sweep(now)
      let window = windows.get(key)
      if (!window || now - window.start >= windowMs) {
        window = { count: 0, start: now }
        windows.set(key, window)
      }
      window.count += 1
      if (window.count <= limit) return { allowed: true }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
      }
    },
  }
}

/**
 * The caller's address: the first entry of X-Forwarded-For. The app's HTTP edge (src/app/apiEdge.ts)
 * leaves exactly one there, the client worked out from the trusted proxies (TRUSTED_PROXIES); a
 * server that mounts these handlers without the edge must do the same. Null when there is none, as
 * for Local API calls made by the server itself.
 */
export const clientIp = (req: Pick<PayloadRequest, 'headers'>): null | string =>
  req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || null

/** What was counted, and the words for it: sign-ins per address, wrong passwords per account, plugin requests. */
const LIMITED = {
  login: 'errorTooManySignIns',
  password: 'errorTooManyWrongPasswords',
  workflow: 'errorTooManyRequests',
} as const
export type Limited = keyof typeof LIMITED

/**
 * A refused request: 429, a Retry-After header (set on `req` for Payload's own error responses), and when
 * to retry; `data` is `{ code: 'rate_limited', limit, retryAfterSeconds }`, the message in `t`'s language.
 */
export class RateLimitError extends APIError {
  readonly retryAfterSeconds: number
  constructor(t: AnyT, limit: Limited, retryAfterSeconds: number) {
    super(
      tw(t, LIMITED[limit], { seconds: retryAfterSeconds }),
      429,
      { code: 'rate_limited', limit, retryAfterSeconds },
      true,
    )
    this.name = 'RateLimitError'
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** Counts one hit for `key`; throws RateLimitError (and sets Retry-After on `req`'s response) past the limit. */
export const enforceRateLimit = (
  limiter: RateLimiter,
  req: PayloadRequest,
  key: string,
  limit: Limited,
): void => {
  const decision = limiter.hit(key)
  if (decision.allowed) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(decision.retryAfterSeconds))
  req.responseHeaders = headers
  throw new RateLimitError(req.t, limit, decision.retryAfterSeconds)
}

/** The caller of a plugin endpoint: the signed-in user, else the client address. */
export const callerKey = (req: PayloadRequest): string =>
  req.user ? `user:${req.user.collection}:${req.user.id}` : `ip:${clientIp(req) ?? 'unknown'}`

const pluginLimiters = new WeakMap<object, RateLimiter>()

/** One shared budget for a plugin instance's workflow and translation-file endpoints, per caller. */
export const limitWorkflowRequest = (
  req: PayloadRequest,
  options: { rateLimitPerMinute: number },
): void => {
  let limiter = pluginLimiters.get(options)
  if (!limiter)
    pluginLimiters.set(
      options,
      (limiter = fixedWindowLimiter({ limit: options.rateLimitPerMinute })),
    )
  enforceRateLimit(limiter, req, callerKey(req), 'workflow')
}
