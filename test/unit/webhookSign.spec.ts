import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { EnvError, readEnv } from '../../src/app/env'
import { sanitizeOptions } from '../../src/types'
import { serializeEvent, type WebhookEvent } from '../../src/webhooks/event'
import { signedWebhookHeaders, verifyWebhook, webhookSignature } from '../../src/webhooks/sign'

/** The variables a bad environment names (an EnvError's), or null when it is accepted. */
const badVariables = (source: Record<string, string>): null | string[] => {
  try {
    readEnv(source)
    return null
  } catch (error) {
    if (error instanceof EnvError) return error.variables
    throw error
  }
}

const SECRET = 'a'.repeat(16) + 'b'.repeat(16)
const NOW = Date.UTC(2024, 2, 15, 12, 0, 0)
const event: WebhookEvent = {
  collection: 'policy-statements',
  docId: 7,
  id: '5f0c6f0e-8a39-4c1e-9a43-0d5b3f0b2d11',
  kind: 'publish',
  locales: ['en', 'fr'],
  occurredAt: new Date(NOW).toISOString(),
  previousSlugs: { en: ['regularization'], fr: [] },
  slugs: { en: 'regularization-now', fr: 'regularisation-maintenant' },
}
const body = serializeEvent(event)
const headers = signedWebhookHeaders(SECRET, event.id, body, NOW)

describe('webhook signatures', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 and sends id, timestamp and JSON content type', () => {
    const expected = createHmac('sha256', SECRET)
      .update(`${NOW / 1000}.${body}`)
      .digest('hex')
    expect(headers).toEqual({
      'content-type': 'application/json',
      'x-webhook-id': event.id,
      'x-webhook-signature': `sha256=${expected}`,
      'x-webhook-timestamp': String(NOW / 1000),
    })
  })

  it('serializes the event with its keys in a fixed order, whatever order it was stored in', () => {
    const shuffled = Object.fromEntries(Object.entries(event).reverse()) as WebhookEvent
    expect(serializeEvent(shuffled)).toBe(body)
    expect(Object.keys(JSON.parse(body) as object)).toEqual([
      'id',
      'kind',
      'collection',
      'docId',
      'slugs',
      'previousSlugs',
      'locales',
      'occurredAt',
    ])
  })

  it('verifies a genuine delivery, with headers as a record (any case) or a Headers object', () => {
    const upper = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]),
    )
    expect(verifyWebhook({ body, headers, now: NOW, secret: SECRET })).toEqual({ ok: true })
    expect(verifyWebhook({ body, headers: upper, now: NOW, secret: SECRET })).toEqual({ ok: true })
    expect(
      verifyWebhook({ body, headers: new Headers(headers), now: NOW + 60_000, secret: SECRET }),
    ).toEqual({ ok: true })
  })

  it('refuses a tampered body, a wrong secret and a forged signature', () => {
    const tampered = body.replace('regularization-now', 'somewhere-else')
    expect(verifyWebhook({ body: tampered, headers, now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: 'signature does not match',
    })
    expect(verifyWebhook({ body, headers, now: NOW, secret: 'c'.repeat(32) })).toEqual({
      ok: false,
      reason: 'signature does not match',
    })
    const forged = {
      ...headers,
      'x-webhook-signature': webhookSignature('c'.repeat(32), NOW / 1000, body),
    }
    expect(verifyWebhook({ body, headers: forged, now: NOW, secret: SECRET }).ok).toBe(false)
    expect(
      verifyWebhook({
        body,
        headers: { ...headers, 'x-webhook-signature': 'sha256=00' },
        now: NOW,
        secret: SECRET,
      }).ok,
    ).toBe(false)
  })

  it('refuses a timestamp moved off the signed one, and a delivery older (or newer) than the tolerance', () => {
    const moved = { ...headers, 'x-webhook-timestamp': String(NOW / 1000 + 1) }
    expect(verifyWebhook({ body, headers: moved, now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: 'signature does not match',
    })
    const stale = verifyWebhook({ body, headers, now: NOW + 301_000, secret: SECRET })
    expect(stale).toEqual({ ok: false, reason: 'timestamp is more than 300s away from now' })
    expect(verifyWebhook({ body, headers, now: NOW - 301_000, secret: SECRET }).ok).toBe(false)
    expect(
      verifyWebhook({
        body,
        headers,
        now: NOW + 3_600_000,
        secret: SECRET,
        toleranceSeconds: 7200,
      }),
    ).toEqual({ ok: true })
  })

  it('refuses missing or malformed headers', () => {
    const { 'x-webhook-signature': _signature, ...unsigned } = headers
    expect(verifyWebhook({ body, headers: unsigned, now: NOW, secret: SECRET })).toEqual({
      ok: false,
      reason: 'missing x-webhook-signature',
    })
    expect(
      verifyWebhook({
        body,
        headers: { ...headers, 'x-webhook-timestamp': '12abc' },
        now: NOW,
        secret: SECRET,
      }),
    ).toEqual({
      ok: false,
      reason: 'missing or malformed x-webhook-timestamp',
    })
  })
})

describe('webhook configuration', () => {
  const options = (webhooks: unknown) =>
    ({ collections: ['policy-statements' as const], webhooks }) as never

  it('fills the documented defaults (5 attempts, 2000 ms backoff)', () => {
    expect(
      sanitizeOptions(options({ secret: SECRET, urls: ['https://hooks.example.org/cms'] }))
        .webhooks,
    ).toEqual({
      attempts: 5,
      backoffMs: 2000,
      secret: SECRET,
      urls: ['https://hooks.example.org/cms'],
    })
  })

  it('fails at boot on a short secret or a URL that is not http(s), naming the option', () => {
    expect(() =>
      sanitizeOptions(options({ secret: 'short', urls: ['ftp://example.org/x', 'not a url'] })),
    ).toThrow(
      'editorialWorkflow: invalid options (webhooks.secret: use a random string of at least 32 characters (e.g. `openssl rand -hex 32`); webhooks.urls.0: each URL must be an absolute http:// or https:// URL; webhooks.urls.1: each URL must be an absolute http:// or https:// URL).',
    )
  })

  it('reads WEBHOOK_URLS as a comma-separated list and requires WEBHOOK_SECRET with it', () => {
    expect(readEnv({}).WEBHOOK_URLS).toEqual([])
    const env = readEnv({
      WEBHOOK_BACKOFF_MS: '500',
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_URLS: 'https://a.example.org/h, http://b.example.org/h',
    })
    expect([
      env.WEBHOOK_URLS,
      env.WEBHOOK_SECRET,
      env.WEBHOOK_BACKOFF_MS,
      env.WEBHOOK_ATTEMPTS,
    ]).toEqual([['https://a.example.org/h', 'http://b.example.org/h'], SECRET, 500, undefined])
    expect(badVariables({ WEBHOOK_URLS: 'https://a.example.org/h' })).toEqual(['WEBHOOK_SECRET'])
    expect(badVariables({ WEBHOOK_SECRET: SECRET, WEBHOOK_URLS: 'hooks.example.org' })).toEqual([
      'WEBHOOK_URLS.0',
    ])
  })
})
