import { describe, expect, it } from 'vitest'

import { clientIp, fixedWindowLimiter } from '../../src/delivery/rateLimit'

describe('fixedWindowLimiter', () => {
  it('allows `limit` hits per key and window, then says how long to wait', () => {
    const limiter = fixedWindowLimiter({ limit: 3, windowMs: 60_000 })
    const at = (ms: number) => limiter.hit('a', 1_000_000 + ms)
    expect([at(0), at(1), at(2)]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
    expect(at(10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(at(59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    // A new window starts a minute after the first hit of the last one.
    expect(at(60_000)).toEqual({ allowed: true })
  })

  it('counts each key on its own', () => {
    const limiter = fixedWindowLimiter({ limit: 1 })
    expect([limiter.hit('a', 0), limiter.hit('b', 0), limiter.hit('a', 1)]).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 60 },
    ])
  })

  it('limit 0 means no limit', () => {
    const limiter = fixedWindowLimiter({ limit: 0 })
    expect(Array.from({ length: 1000 }, () => limiter.hit('a', 0).allowed).every(Boolean)).toBe(
      true,
    )
  })

  it('forgets finished windows once many callers were seen', () => {
    const limiter = fixedWindowLimiter({ limit: 1, windowMs: 1000 })
    for (let index = 0; index <= 10_001; index++) limiter.hit(`ip-${index}`, 0)
    // Past the window, the sweep drops every finished window; the first caller starts afresh.
    expect(limiter.hit('ip-0', 5000)).toEqual({ allowed: true })
  })
})

describe('clientIp', () => {
  const req = (value?: string) => ({
    headers: new Headers(value ? { 'x-forwarded-for': value } : {}),
  })
  it('takes the first X-Forwarded-For entry, or null', () => {
    expect([
      clientIp(req('203.0.113.7, 10.0.0.2')),
      clientIp(req(' 198.51.100.1 ')),
      clientIp(req()),
    ]).toEqual(['203.0.113.7', '198.51.100.1', null])
  })
})
