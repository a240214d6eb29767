import { createHmac, timingSafeEqual } from 'node:crypto'

export const WEBHOOK_ID_HEADER = 'x-webhook-id'
export const WEBHOOK_TIMESTAMP_HEADER = 'x-webhook-timestamp'
export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature'

/** How far a signed timestamp may be from the receiver's clock, by default: 5 minutes. */
export const DEFAULT_TOLERANCE_SECONDS = 300

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the timestamp is signed with the body, so a captured request cannot be replayed later. */
export const webhookSignature = (
  secret: string,
  timestamp: number | string,
  body: string,
): string => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** The headers of one delivery attempt, signed now (`now` in ms, for tests). */
export const signedWebhookHeaders = (
  secret: string,
  id: string,
  body: string,
  now = Date.now(),
): Record<string, string> => {
  const timestamp = Math.floor(now / 1000)
  return {
    'content-type': 'application/json',
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(secret, timestamp, body),
    [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
  }
}

export type VerifyInput = {
  /** The raw request body, exactly as received (not re-serialized JSON). */
  body: string
  /** Request headers, as a Headers object or a plain record (any case for the names). */
  headers: Headers | Record<string, string | string[] | undefined>
  /** Receiver's clock in ms. */
  now?: number
  secret: string
  toleranceSeconds?: number
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

const header = (headers: VerifyInput['headers'], name: string): string | undefined => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return Array.isArray(entry) ? entry[0] : entry
}

/** Receiver side: checks the signature (in constant time) and that the timestamp is recent. */
export const verifyWebhook = ({
  body,
  headers,
  now = Date.now(),
  secret,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: VerifyInput): VerifyResult => {
  const timestamp = header(headers, WEBHOOK_TIMESTAMP_HEADER)
  const signature = header(headers, WEBHOOK_SIGNATURE_HEADER)
  if (!timestamp || !/^\d+$/.test(timestamp))
    return { ok: false, reason: `missing or malformed ${WEBHOOK_TIMESTAMP_HEADER}` }
  if (!signature) return { ok: false, reason: `missing ${WEBHOOK_SIGNATURE_HEADER}` }
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds)
    return { ok: false, reason: `timestamp is more than ${toleranceSeconds}s away from now` }
  const expected = Buffer.from(webhookSignature(secret, timestamp, body))
  const received = Buffer.from(signature)
  if (expected.length !== received.length || !timingSafeEqual(expected, received))
    return { ok: false, reason: 'signature does not match' }
  return { ok: true }
}
