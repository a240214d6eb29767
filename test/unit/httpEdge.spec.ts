import { describe, expect, it } from 'vitest'

import { admitRequest } from '../../src/app/apiEdge'
import { jsonBodyProblem, nestedDeeperThan } from '../../src/delivery/bodyLimits'
import { clientAddress, proxyEntryProblem, trustedProxies } from '../../src/delivery/clientAddress'
import { loginThrottle } from '../../src/delivery/loginThrottle'
import { EnvError, readEnv } from '../../src/app/env'

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

describe('clientAddress: the rightmost X-Forwarded-For hop that is not a trusted proxy', () => {
  it('trusts nothing by default: the last hop (the socket address) is the client, whatever the client wrote', () => {
    const none = trustedProxies([])
    expect([
      clientAddress('6.6.6.6, 127.0.0.1', none),
      clientAddress('127.0.0.1', none),
      clientAddress(null, none),
    ]).toEqual(['127.0.0.1', '127.0.0.1', null])
  })

  it('skips trusted addresses and CIDR ranges (IPv4, IPv6, IPv4-mapped IPv6) from the right', () => {
    const trusted = trustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8'])
    expect(clientAddress('6.6.6.6, 203.0.113.5, 10.1.2.3, ::ffff:127.0.0.1', trusted)).toBe(
      '203.0.113.5',
    )
    expect(clientAddress('2001:db8::1, fd12::1, 127.0.0.1', trusted)).toBe('2001:db8::1')
    // Every hop trusted (a request from inside): the leftmost.
    expect(clientAddress('10.0.0.9, 127.0.0.1', trusted)).toBe('10.0.0.9')
  })

  it('TRUSTED_PROXIES refuses what is not an address or range, with the entry named', () => {
    expect([
      proxyEntryProblem('10.0.0.0/8'),
      proxyEntryProblem('::1'),
      proxyEntryProblem('10.0.0.0/33'),
      proxyEntryProblem('proxy.local'),
    ]).toEqual([
      null,
      null,
      '"10.0.0.0/33" has a prefix length that does not fit an IPv4 address',
      '"proxy.local" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)',
    ])
    expect(badVariables({ TRUSTED_PROXIES: '10.0.0.1, nginx' })).toEqual(['TRUSTED_PROXIES'])
    // Names the entry to fix.
    expect(() => readEnv({ TRUSTED_PROXIES: '10.0.0.1, nginx' })).toThrow('"nginx"')
    expect(readEnv({ TRUSTED_PROXIES: ' 10.0.0.1 , 172.16.0.0/12 ' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.1',
      '172.16.0.0/12',
    ])
  })

  it('the edge hands the app one address in X-Forwarded-For', async () => {
    const options = {
      limits: { maxJsonBytes: 100, maxJsonDepth: 5, maxXliffBytes: 100 },
      trusted: trustedProxies(['127.0.0.1']),
    }
    const admitted = (await admitRequest(
      new Request('http://x/api/users', {
        headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 127.0.0.1' },
      }),
      options,
    )) as Request
    expect(admitted.headers.get('x-forwarded-for')).toBe('203.0.113.5')
  })
})

describe('loginThrottle', () => {
  it('five free wrong passwords, then a wait that doubles; another key is never slowed; success starts afresh', () => {
    const throttle = loginThrottle({ firstDelayMs: 1000, freeAttempts: 5, maxDelayMs: 8000 })
    const at = (ms: number, key = 'a') => throttle.attempt(key, ms)
    for (let attempt = 0; attempt < 5; attempt++) expect(at(attempt)).toEqual({ allowed: true })
    expect(at(10)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(at(10, 'b')).toEqual({ allowed: true })
    expect([at(1004), at(1005)]).toEqual([
      { allowed: true },
      { allowed: false, retryAfterSeconds: 2 },
    ])
    expect([at(3004), at(3005)]).toEqual([
      { allowed: true },
      { allowed: false, retryAfterSeconds: 4 },
    ])
    expect([at(7004), at(7005), at(15_004), at(15_005)]).toEqual([
      { allowed: true },
      { allowed: false, retryAfterSeconds: 8 },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 8 },
    ])
    throttle.succeeded('a')
    expect(at(15_006)).toEqual({ allowed: true })
  })
})

describe('JSON bodies', () => {
  it('finds nesting deeper than the cap without parsing, ignoring brackets in strings', () => {
    expect([
      nestedDeeperThan('[[[1]]]', 3),
      nestedDeeperThan('[[[1]]]', 2),
      nestedDeeperThan('{"a":"[[[[\\"[["}', 1),
    ]).toEqual([false, true, false])
    expect(jsonBodyProblem('['.repeat(100_000) + ']'.repeat(100_000), 100)?.code).toBe(
      'json_too_deep',
    )
    expect(jsonBodyProblem('{"title": "x",}', 100)?.code).toBe('bad_json')
    expect(jsonBodyProblem('{"title": "x"}', 100)).toBeNull()
  })
})

describe('admitRequest (the route handlers under Next.js, which hands them the body unread)', () => {
  const options = {
    limits: { maxJsonBytes: 1024, maxJsonDepth: 5, maxXliffBytes: 2048 },
    trusted: trustedProxies([]),
  }
  const streamed = (bytes: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 256)
          controller.enqueue(new Uint8Array(256).fill(32))
        controller.close()
      },
    })

  it('413 from Content-Length, and while counting a body that has none', async () => {
    const declared = (await admitRequest(
      new Request('http://x/api/partners', {
        body: 'x',
        headers: { 'content-length': '5000', 'content-type': 'application/json' },
        method: 'POST',
      }),
      options,
    )) as Response
    const counted = (await admitRequest(
      new Request('http://x/api/partners', {
        body: streamed(4096),
        duplex: 'half',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      } as RequestInit),
      options,
    )) as Response
    const xliff = (await admitRequest(
      new Request('http://x/api/partners/1/translations/fr.xlf', {
        body: streamed(1536),
        duplex: 'half',
        method: 'PUT',
      } as RequestInit),
      options,
    )) as Request
    expect([
      declared.status,
      counted.status,
      xliff instanceof Request,
      (await xliff.arrayBuffer()).byteLength,
    ]).toEqual([413, 413, true, 1536])
  })

  it('multipart uploads pass untouched (MEDIA_MAX_BYTES is checked by Payload as it streams the file)', async () => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(8192)]), 'a.png')
    const admitted = (await admitRequest(
      new Request('http://x/api/media', { body: form, method: 'POST' }),
      options,
    )) as Request
    expect([admitted instanceof Request, (await admitted.arrayBuffer()).byteLength > 8192]).toEqual(
      [true, true],
    )
  })
})

describe('isDatabaseUnavailable', () => {
  it('recognises a lost or refused connection through GraphQL, Payload and drizzle wrappers, and nothing else', async () => {
    const { isDatabaseUnavailable } = await import('../../src/delivery/databaseErrors')
    const pgError = Object.assign(
      new Error('terminating connection due to administrator command'),
      { code: '57P01' },
    )
    const drizzle = new Error('Failed query: select 1', { cause: pgError })
    const graphql = Object.assign(new Error('Failed query: select 1'), { originalError: drizzle })
    const refused = Object.assign(
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ]),
      {},
    )
    const poolTimeout = new Error('timeout exceeded when trying to connect')
    const valueError = new Error('Failed query', {
      cause: Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }),
    })
    expect([graphql, drizzle, refused, poolTimeout, valueError].map(isDatabaseUnavailable)).toEqual(
      [true, true, true, true, false],
    )
  })
})
