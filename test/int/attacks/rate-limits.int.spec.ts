import type { Payload } from 'payload'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstMessage, loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'
import { draftStatement, snapshot } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.7: rate limits over real HTTP, set low for this file. Sign-ins are counted per client
 * address before Payload looks the account up; workflow and XLIFF requests per signed-in user (or
 * address). Past a limit: 429, Retry-After, and a message saying when to retry; the refused request
 * changes nothing. The client address is the rightmost X-Forwarded-For hop that is not a trusted proxy:
 * here the test server's peer (127.0.0.1) and 10.0.0.0/8 stand for the load balancers. Wrong passwords
 * per account and address: login-throttling.int.spec.ts.
 */
const LOGINS = 3
const WORKFLOW = 5

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let id: number
beforeAll(async () => {
  ctx = await initPayload({
    RATE_LIMIT_LOGIN_PER_MINUTE: String(LOGINS),
    RATE_LIMIT_WORKFLOW_PER_MINUTE: String(WORKFLOW),
    TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8',
  })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  id = await draftStatement(payload, staff.editor, 'limited')
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const login = (email: string, ip: string, password = PASSWORD) =>
  request(server, '/api/users/login', { body: { email, password }, ip, method: 'POST' })

/** A 429 as the limiter answers it: Retry-After in whole seconds, the same wait in `data` and in the message. */
const expectLimited = async (response: Response, limit: 'login' | 'workflow') => {
  const retryAfter = Number(response.headers.get('retry-after'))
  expect([response.status, retryAfter >= 1 && retryAfter <= 60]).toEqual([429, true])
  const body = (await response.json()) as { errors: { data?: unknown; message: string }[] }
  expect(body.errors[0]!.data).toEqual({
    code: 'rate_limited',
    limit,
    retryAfterSeconds: retryAfter,
  })
  expect(firstMessage(body)).toContain(`${retryAfter} s`)
}

const accountState = async (email: string) => {
  const client = new pg.Client({ connectionString: ctx.databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{
      attempts: null | string
      locked: boolean
      sessions: string
    }>(
      `select login_attempts as attempts, lock_until > now() as locked, (select count(*) from users_sessions s where s._parent_id = u.id) as sessions from users u where email = $1`,
      [email],
    )
    return {
      attempts: Number(rows[0]!.attempts ?? 0),
      locked: Boolean(rows[0]!.locked),
      sessions: Number(rows[0]!.sessions),
    }
  } finally {
    await client.end()
  }
}

describe('sign-in attempts per client address', () => {
  it(`allows ${LOGINS} a minute from one address, then 429 with Retry-After; the refused attempt changes nothing`, async () => {
    const ip = '203.0.113.10'
    // Through internal proxies (trusted hops on the right); what the client wrote on the left is ignored.
    for (let attempt = 0; attempt < LOGINS; attempt++)
      expect(
        (
          await login(
            staff.admin.email,
            `198.51.100.${attempt}, ${ip}, 10.0.0.${attempt}`,
            'wrong-password',
          )
        ).status,
      ).toBe(401)
    const [before, rows] = [
      await accountState(staff.editor.email),
      await rowCounts(ctx.databaseUri),
    ]
    // Even the right password is refused now, before the account is looked up.
    await expectLimited(await login(staff.editor.email, ip), 'login')
    expect([await accountState(staff.editor.email), await rowCounts(ctx.databaseUri)]).toEqual([
      before,
      rows,
    ])
    // Another address is counted on its own.
    expect((await login(staff.editor.email, '203.0.113.11')).status).toBe(200)
  })

  it('the GraphQL login mutation is counted in the same budget', async () => {
    const ip = '203.0.113.20'
    const mutation = {
      query: `mutation { loginUser(email: "${staff.reviewer.email}", password: "${PASSWORD}") { token } }`,
    }
    for (let attempt = 0; attempt < LOGINS; attempt++)
      expect(
        (await request(server, '/api/graphql', { body: mutation, ip, method: 'POST' })).status,
      ).toBe(200)
    const limited = await request(server, '/api/graphql', { body: mutation, ip, method: 'POST' })
    const body = (await limited.json()) as {
      data: { loginUser: null }
      errors: {
        extensions: { data?: { code?: string; limit?: string }; statusCode: number }
        message: string
      }[]
    }
    expect([
      body.data.loginUser,
      body.errors[0]!.extensions.statusCode,
      body.errors[0]!.extensions.data,
    ]).toEqual([null, 429, expect.objectContaining({ code: 'rate_limited', limit: 'login' })])
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('no account lock: 5 wrong passwords from 5 addresses leave the account open for the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect(
        (await login(staff.translator.email, `198.51.100.${attempt + 1}`, 'guess')).status,
      ).toBe(401)
    expect(await accountState(staff.translator.email)).toEqual({
      attempts: 0,
      locked: false,
      sessions: 0,
    })
    expect((await login(staff.translator.email, '198.51.100.99')).status).toBe(200)
    expect((await accountState(staff.translator.email)).sessions).toBe(1)
  })
})

describe('workflow and XLIFF requests per caller', () => {
  it(`allows ${WORKFLOW} a minute per user across workflow and XLIFF endpoints, then 429; a refused transition changes nothing`, async () => {
    const token = await loginOverHttp(server, staff.editor.email, { ip: '192.0.2.1' })
    for (let call = 0; call < WORKFLOW - 1; call++)
      expect(
        (await request(server, `/api/policy-statements/${id}/workflow`, { token })).status,
      ).toBe(200)
    expect(
      (await request(server, `/api/policy-statements/${id}/translations/fr.xlf`, { token })).status,
    ).toBe(200)
    const rows = await rowCounts(ctx.databaseUri)
    await expectLimited(
      await request(server, `/api/policy-statements/${id}/workflow/submit`, {
        method: 'POST',
        token,
      }),
      'workflow',
    )
    await expectLimited(
      await request(server, `/api/policy-statements/${id}/translations/fr.xlf`, { token }),
      'workflow',
    )
    expect(await rowCounts(ctx.databaseUri)).toEqual(rows)
    expect(await snapshot(payload, id)).toMatchObject({ events: [], state: 'draft' })
    // Another user from the same address is counted on their own, and their submit goes through.
    const other = await loginOverHttp(server, staff.editor2.email, { ip: '192.0.2.1' })
    await payload.update({
      collection: 'policy-statements',
      data: { summary: 'Edited by editor2' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor2,
    })
    expect(
      (
        await request(server, `/api/policy-statements/${id}/workflow/submit`, {
          method: 'POST',
          token: other,
        })
      ).status,
    ).toBe(200)
  })

  it('anonymous callers are counted per address: 401 up to the limit, then 429', async () => {
    const ip = '192.0.2.50'
    for (let call = 0; call < WORKFLOW; call++)
      expect((await request(server, `/api/policy-statements/${id}/workflow`, { ip })).status).toBe(
        401,
      )
    await expectLimited(
      await request(server, `/api/policy-statements/${id}/workflow`, { ip }),
      'workflow',
    )
    expect(
      (await request(server, `/api/policy-statements/${id}/workflow`, { ip: '192.0.2.51' })).status,
    ).toBe(401)
  })
})
