import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'

/**
 * Issue [1/7] "Under load and bad input", lockout by anyone. The test server stands for the load
 * balancer's target: its peer (127.0.0.1) is the one trusted proxy, so the last X-Forwarded-For hop a
 * test sends is the address the load balancer saw, and anything left of it is what the client wrote.
 * Wrong passwords slow that account from that address (429 + a growing Retry-After); nobody can lock
 * an account for its owner, whatever X-Forwarded-For they send.
 */
let ctx: TestContext
let server: ApiServer
let staff: Staff
beforeAll(async () => {
  ctx = await initPayload({ RATE_LIMIT_LOGIN_PER_MINUTE: '100', TRUSTED_PROXIES: '127.0.0.1' })
  staff = await createStaff(ctx.payload)
  server = await startApiServer()
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const login = (email: string, forwardedFor: string, password = PASSWORD) =>
  request(server, '/api/users/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': forwardedFor },
    method: 'POST',
  })

const graphqlLogin = async (email: string, forwardedFor: string, password: string) => {
  const response = await request(server, '/api/graphql', {
    body: { query: `mutation { loginUser(email: "${email}", password: "${password}") { token } }` },
    headers: { 'x-forwarded-for': forwardedFor },
    method: 'POST',
  })
  const body = (await response.json()) as {
    data: { loginUser: null | { token: string } }
    errors?: { extensions: { data?: Limited; statusCode: number }; message: string }[]
  }
  return { body, retryAfter: response.headers.get('retry-after') }
}

/** What the account's row says: Payload's lock columns are no longer written. */
const lockColumns = async (email: string) => {
  const client = new pg.Client({ connectionString: ctx.databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ attempts: null | string; lock_until: Date | null }>(
      'select login_attempts as attempts, lock_until from users where email = $1',
      [email],
    )
    return { attempts: Number(rows[0]!.attempts ?? 0), lockUntil: rows[0]!.lock_until }
  } finally {
    await client.end()
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What a 429 carries in `errors[0].data`: which limit, and the wait also sent as Retry-After. */
type Limited = { code?: string; limit?: string; retryAfterSeconds?: number }
type Outcome = { data?: Limited; retryAfter: number; status: number }
const outcome = async (response: Response): Promise<Outcome> => ({
  data: ((await response.json()) as { errors?: { data?: Limited }[] }).errors?.[0]?.data,
  retryAfter: Number(response.headers.get('retry-after')),
  status: response.status,
})
const wrongPasswords = (retryAfter: number): Limited => ({
  code: 'rate_limited',
  limit: 'password',
  retryAfterSeconds: retryAfter,
})

/** A 429 of the per-account throttle, its wait (counted from the attempt's start: 2 s after the fifth failure) in header and message. */
const throttled = ({ data, retryAfter, status }: Outcome, longest = 2) =>
  status === 429 &&
  retryAfter >= 1 &&
  retryAfter <= longest &&
  JSON.stringify(data) === JSON.stringify(wrongPasswords(retryAfter))

describe('lockout by anyone', () => {
  it('five wrong passwords with rotating X-Forwarded-For lock nobody out: the owner signs in from their address while the attacker is throttled', async () => {
    const attacker = '203.0.113.66'
    const outcomes = []
    // The sixth try has the right password: refused all the same, before it is checked.
    for (let attempt = 1; attempt <= 12; attempt++)
      outcomes.push(
        await outcome(
          await login(
            staff.translator.email,
            `198.51.100.${attempt}, ${attacker}`,
            attempt === 6 ? PASSWORD : 'guess',
          ),
        ),
      )
    // The rotating first entries are the client's own words: all twelve count for the attacker's address.
    expect(outcomes.slice(0, 5).map((result) => result.status)).toEqual([401, 401, 401, 401, 401])
    expect(outcomes.slice(5).map((result) => throttled(result))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ])
    // The owner, at another address, signs in at once; Payload's account lock is not used any more.
    const owner = await login(staff.translator.email, '192.0.2.44')
    expect(owner.status).toBe(200)
    expect(await lockColumns(staff.translator.email)).toEqual({ attempts: 0, lockUntil: null })
  })

  it('repeated wrong passwords from one address wait longer each time; the right password starts afresh', async () => {
    const ip = '203.0.113.70'
    const waits: number[] = []
    let failures = 0
    while (waits.length < 3) {
      const result = await outcome(await login(staff.reviewer.email, ip, 'guess'))
      if (result.status === 401) failures++
      else {
        expect([result.status, result.data]).toEqual([429, wrongPasswords(result.retryAfter)])
        waits.push(result.retryAfter)
        await sleep(result.retryAfter * 1000 + 100)
      }
    }
    // Five free attempts, then one more per wait (7 in all; one more if a loaded machine took longer
    // than the first wait to answer the fifth); the wait doubles each time (2 s, 4 s, 8 s).
    expect([7, 8]).toContain(failures)
    expect(waits[1]! > waits[0]! && waits[2]! > waits[1]! && waits[2]! >= 4).toBe(true)
    expect((await login(staff.reviewer.email, ip)).status).toBe(200)
    expect((await login(staff.reviewer.email, ip, 'guess')).status).toBe(401)
  })

  it('the GraphQL login mutation is throttled per account and address as REST is', async () => {
    const ip = '203.0.113.80'
    for (let attempt = 0; attempt < 5; attempt++)
      expect(
        (await graphqlLogin(staff.editor2.email, ip, 'guess')).body.errors?.[0]?.extensions
          .statusCode,
      ).toBe(401)
    const limited = await graphqlLogin(staff.editor2.email, ip, PASSWORD)
    expect([
      limited.body.data.loginUser,
      limited.body.errors?.[0]?.extensions.statusCode,
      limited.body.errors?.[0]?.extensions.data,
      limited.retryAfter,
    ]).toEqual([
      null,
      429,
      wrongPasswords(Number(limited.retryAfter)),
      expect.stringMatching(/^[12]$/),
    ])
    expect(
      (await graphqlLogin(staff.editor2.email, '203.0.113.81', PASSWORD)).body.data.loginUser
        ?.token,
    ).toEqual(expect.any(String))
  })

  it('a proxy not in TRUSTED_PROXIES is not believed: its hop is the client', async () => {
    // 10.0.0.7 is not trusted here, so whatever it claims about earlier hops is ignored.
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login(staff.editor.email, `203.0.113.90, 10.0.0.7`, 'guess')).status).toBe(401)
    expect(
      throttled(await outcome(await login(staff.editor.email, `203.0.113.91, 10.0.0.7`, 'guess'))),
    ).toBe(true)
  })
})
