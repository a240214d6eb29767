import type { Payload } from 'payload'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp, request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.6: sessions and what the auth endpoints reveal, over real HTTP. A JWT stops working
 * the moment its session is logged out (Payload's `useSessions`), everywhere: /me, staff reads, plugin
 * endpoints, the cookie. Login, /me and user reads answer an exact set of keys: no hash, salt, session
 * list, reset token, login attempts or lock.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let draft: number
beforeAll(async () => {
  // Many sign-ins from one address here; the login rate limit has its own file (rate-limits).
  ctx = await initPayload({ RATE_LIMIT_LOGIN_PER_MINUTE: '0' })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  draft = await draftStatement(payload, staff.editor, 'staff-only')
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const USER_KEYS = [
  'collection',
  'createdAt',
  'email',
  'id',
  'language',
  'name',
  'roles',
  'updatedAt',
]
const keys = (value: object) => Object.keys(value).sort()
const json = async (response: Response) => (await response.json()) as Record<string, any>

/** What a token can still do: who /me says it is, and whether staff-only things answer. */
const reach = async (token: string, via: 'cookie' | 'header' = 'header') => {
  const auth = via === 'header' ? { token } : { headers: { cookie: `payload-token=${token}` } }
  const me = await json(await request(server, '/api/users/me', auth))
  return {
    me: me.user?.email ?? null,
    draftVisible: (
      await json(
        await request(server, `/api/policy-statements?draft=true&where[id][equals]=${draft}`, auth),
      )
    ).totalDocs,
    users: (await request(server, '/api/users', auth)).status,
    workflow: (await request(server, `/api/policy-statements/${draft}/workflow`, auth)).status,
  }
}
const SIGNED_IN = { draftVisible: 1, users: 200, workflow: 200 }
const SIGNED_OUT = { draftVisible: 0, me: null, users: 403, workflow: 401 }

describe('logout ends the session: its JWT is refused everywhere (real HTTP)', () => {
  it('after POST /api/users/logout, the old token is anonymous for /me, staff reads, the plugin and as a cookie', async () => {
    const token = await loginOverHttp(server, staff.editor.email)
    expect(await reach(token)).toEqual({ ...SIGNED_IN, me: staff.editor.email })
    const logout = await request(server, '/api/users/logout', { method: 'POST', token })
    expect([logout.status, (await json(logout)).message]).toEqual([200, 'Logout successful.'])
    expect(logout.headers.getSetCookie()[0]).toMatch(/^payload-token=; Expires=/)
    expect(await reach(token)).toEqual(SIGNED_OUT)
    expect(await reach(token, 'cookie')).toEqual(SIGNED_OUT)
    const transition = await request(server, `/api/policy-statements/${draft}/workflow/submit`, {
      method: 'POST',
      token,
    })
    expect(transition.status).toBe(401)
    expect(
      (await payload.findByID({ collection: STATEMENTS, draft: true, id: draft })).workflow?.state,
    ).toBe('draft')
    // Logging out again with it: there is no user any more.
    expect((await request(server, '/api/users/logout', { method: 'POST', token })).status).toBe(400)
  })

  it('logout ends only its own session; ?allSessions=true and a password change end the others', async () => {
    const [laptop, phone, tablet] = [
      await loginOverHttp(server, staff.reviewer.email),
      await loginOverHttp(server, staff.reviewer.email),
      await loginOverHttp(server, staff.reviewer.email),
    ]
    await request(server, '/api/users/logout', { method: 'POST', token: laptop })
    expect([(await reach(laptop)).me, (await reach(phone)).me, (await reach(tablet)).me]).toEqual([
      null,
      staff.reviewer.email,
      staff.reviewer.email,
    ])
    await request(server, '/api/users/logout?allSessions=true', { method: 'POST', token: phone })
    expect([(await reach(phone)).me, (await reach(tablet)).me]).toEqual([null, null])

    const [kept, other] = [
      await loginOverHttp(server, staff.editor2.email),
      await loginOverHttp(server, staff.editor2.email),
    ]
    const change = await request(server, `/api/users/${staff.editor2.id}`, {
      body: { password: 'another-long-password' },
      method: 'PATCH',
      token: kept,
    })
    expect(change.status).toBe(200)
    expect([(await reach(kept)).me, (await reach(other)).me]).toEqual([staff.editor2.email, null])
  })
})

describe('auth responses expose no hidden fields (real HTTP)', () => {
  it('the hidden values exist in the database (so their absence below is hiding, not emptiness)', async () => {
    const client = new pg.Client({ connectionString: ctx.databaseUri })
    await client.connect()
    try {
      await loginOverHttp(server, staff.translator.email)
      const { rows } = await client.query<{ hash: string; salt: string; sessions: string }>(
        `select hash, salt, (select count(*) from users_sessions s where s._parent_id = u.id) as sessions from users u where email = $1`,
        [staff.translator.email],
      )
      expect(rows[0]!.hash).toMatch(/^pbkdf2-[\w-]+:[0-9a-f]{64,}$/)
      expect(rows[0]!.salt).toMatch(/^[0-9a-f]{32,}$/)
      expect(Number(rows[0]!.sessions)).toBeGreaterThan(0)
    } finally {
      await client.end()
    }
  })

  it('login answers exactly { exp, message, token, user } and the user exactly its public fields', async () => {
    const response = await request(server, '/api/users/login', {
      body: { email: staff.translator.email, password: PASSWORD },
      method: 'POST',
    })
    const body = await json(response)
    expect(keys(body)).toEqual(['exp', 'message', 'token', 'user'])
    expect(keys(body.user)).toEqual([...USER_KEYS, '_strategy'].sort())
    const me = await json(await request(server, '/api/users/me', { token: body.token }))
    expect(keys(me)).toEqual(['collection', 'exp', 'message', 'strategy', 'token', 'user'])
    expect(keys(me.user)).toEqual([...USER_KEYS, '_strategy'].sort())
  })

  it('user reads (self, and every account for an admin) answer exactly the public fields', async () => {
    const own = await json(
      await request(server, `/api/users/${staff.translator.id}`, {
        token: await loginOverHttp(server, staff.translator.email),
      }),
    )
    expect(keys(own)).toEqual(USER_KEYS)
    const list = await json(
      await request(server, '/api/users?limit=100', {
        token: await loginOverHttp(server, staff.admin.email),
      }),
    )
    expect(list.docs.length).toBe(6)
    for (const user of list.docs) expect(keys(user)).toEqual(USER_KEYS)
  })

  it('GraphQL gives null for every hidden field, to the owner and to an admin', async () => {
    const hidden =
      'hash salt sessions { id } resetPasswordToken resetPasswordExpiration loginAttempts lockUntil'
    const own = await json(
      await request(server, '/api/graphql', {
        body: { query: `{ meUser { user { email ${hidden} } } }` },
        method: 'POST',
        token: await loginOverHttp(server, staff.translator.email),
      }),
    )
    expect(own.data.meUser.user).toEqual({
      email: staff.translator.email,
      hash: null,
      lockUntil: null,
      loginAttempts: null,
      resetPasswordExpiration: null,
      resetPasswordToken: null,
      salt: null,
      sessions: null,
    })
    const all = await json(
      await request(server, '/api/graphql', {
        body: { query: `{ Users(limit: 100) { docs { ${hidden} } } }` },
        method: 'POST',
        token: await loginOverHttp(server, staff.admin.email),
      }),
    )
    expect(all.data.Users.docs).toHaveLength(6)
    for (const user of all.data.Users.docs)
      expect(Object.values(user).every((value) => value === null)).toBe(true)
  })

  it('a wrong password and an unknown account get the same answer (no account discovery)', async () => {
    const wrong = await request(server, '/api/users/login', {
      body: { email: staff.admin.email, password: 'not-the-password' },
      method: 'POST',
      ip: '198.51.100.20',
    })
    const unknown = await request(server, '/api/users/login', {
      body: { email: 'nobody@example.org', password: 'not-the-password' },
      method: 'POST',
      ip: '198.51.100.21',
    })
    expect([wrong.status, await wrong.text()]).toEqual([unknown.status, await unknown.text()])
    expect(wrong.status).toBe(401)
  })
})
