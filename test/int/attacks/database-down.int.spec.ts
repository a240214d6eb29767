import { type ChildProcessByStdio, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EdgeHandler, withApiEdge } from '../../../src/app/apiEdge'
import { trustedProxies } from '../../../src/delivery/clientAddress'
import { loginOverHttp, request } from '../../helpers/attacks'
import { createTestDatabase } from '../../helpers/database'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { STATEMENTS } from '../../helpers/slugs'
import { tFor } from '../../helpers/translate'
import { stopPayload } from '../../helpers/stopPayload'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [1/7] "Under load and bad input", database down. The app runs on a PostgreSQL of its own
 * (test/helpers/restartablePg.ts), which the test stops and starts again while the app keeps running.
 * While it is down, every route answers 503 with Retry-After and a message naming the database, not
 * a 500 nor "Sign in first"; once it is back, the same app process serves again.
 */
const UNAVAILABLE = 'The database is not reachable: try again in a few seconds.'

let pgProcess: ChildProcessByStdio<Writable, Readable, null>
let lines: AsyncIterator<string>
let database: Awaited<ReturnType<typeof createTestDatabase>>
let mediaDir: string
let payload: Payload
let server: ApiServer
let staff: Staff
let id: number
let token: string

const nextLine = async () => {
  const { done, value } = await lines.next()
  if (done) throw new Error('The restartable PostgreSQL exited (see its output above).')
  return value
}
const command = async (line: 'start' | 'stop') => {
  pgProcess.stdin.write(`${line}\n`)
  expect(await nextLine()).toBe(line === 'stop' ? 'REPLY stopped' : 'REPLY started')
}

beforeAll(async () => {
  pgProcess = spawn('node_modules/.bin/tsx', ['test/helpers/restartablePg.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  lines = readline.createInterface({ input: pgProcess.stdout })[Symbol.asyncIterator]()
  const { adminUri } = JSON.parse((await nextLine()).replace(/^BENCH /, '')) as { adminUri: string }
  database = await createTestDatabase(adminUri)
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-media-'))
  Object.assign(process.env, {
    DATABASE_URI: database.uri,
    DISABLE_PAYLOAD_HMR: 'true',
    MEDIA_DIR: mediaDir,
    TRUSTED_PROXIES: '127.0.0.1',
  })
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  staff = await createStaff(payload)
  id = await draftStatement(payload, staff.editor, 'outage')
  server = await startApiServer()
  token = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await stopPayload(payload, 'default', database).catch(() => undefined)
  if (pgProcess && pgProcess.exitCode === null) {
    const exited = once(pgProcess, 'exit')
    pgProcess.stdin.end()
    await exited
  }
  if (mediaDir) rmSync(mediaDir, { force: true, recursive: true })
})

type Outcome = { message?: string; retryAfter: null | string; status: number; statusCode?: number }
/** The status, Retry-After, and the first error's message (and, for GraphQL, its statusCode). */
const outcome = async (response: Response): Promise<Outcome> => {
  const { errors = [] } = (await response.json()) as {
    errors?: { extensions?: { statusCode?: number }; message: string }[]
  }
  return {
    message: errors[0]?.message,
    retryAfter: response.headers.get('retry-after'),
    status: response.status,
    statusCode: errors[0]?.extensions?.statusCode,
  }
}

const REST_503: Outcome = {
  message: UNAVAILABLE,
  retryAfter: '5',
  status: 503,
  statusCode: undefined,
}
const GRAPHQL_503: Outcome = { message: UNAVAILABLE, retryAfter: '5', status: 503, statusCode: 503 }

describe('database down', () => {
  it('while PostgreSQL is stopped, every route answers 503 with Retry-After naming the database; after it restarts the same app serves again', async () => {
    expect((await request(server, `/api/${STATEMENTS}`)).status).toBe(200)
    await command('stop')

    const calls: [string, () => Promise<Response>][] = [
      ['anonymous REST read', () => request(server, `/api/${STATEMENTS}`)],
      [
        'signed-in REST read',
        () => request(server, `/api/${STATEMENTS}/${id}?draft=true`, { token }),
      ],
      [
        'REST write',
        () =>
          request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
            body: { summary: 'during the outage' },
            method: 'PATCH',
            token,
          }),
      ],
      [
        'plugin transition',
        () =>
          request(server, `/api/${STATEMENTS}/${id}/workflow/submit`, { method: 'POST', token }),
      ],
      ['plugin status', () => request(server, `/api/${STATEMENTS}/${id}/workflow`, { token })],
      ['users/me', () => request(server, '/api/users/me', { token })],
      [
        'login',
        () =>
          request(server, '/api/users/login', {
            body: { email: staff.reviewer.email, password: PASSWORD },
            method: 'POST',
          }),
      ],
    ]
    for (const [what, call] of calls)
      expect([what, await outcome(await call())]).toEqual([what, REST_503])

    const graphql = (query: string, withToken?: string) =>
      request(server, '/api/graphql', { body: { query }, method: 'POST', token: withToken })
    for (const [what, call] of [
      ['anonymous GraphQL read', () => graphql('{ PolicyStatements { totalDocs } }')],
      [
        'signed-in GraphQL read',
        () => graphql('{ PolicyStatements(draft: true) { totalDocs } }', token),
      ],
      ['GraphQL meUser', () => graphql('{ meUser { user { email } } }', token)],
      [
        'GraphQL login',
        () =>
          graphql(
            `mutation { loginUser(email: "${staff.reviewer.email}", password: "${PASSWORD}") { token } }`,
          ),
      ],
    ] as const) {
      expect([what, await outcome(await call())]).toEqual([what, GRAPHQL_503])
    }

    // In French for a caller who asks for it (Accept-Language, or the admin's payload-lng cookie),
    // whether Payload's afterError hook answers or the edge does.
    const FRENCH = tFor('fr')('workflow:errorDatabaseUnavailable')
    const french = { 'accept-language': 'fr' }
    const cookie = { cookie: 'payload-lng=fr' }
    for (const [what, call, expected] of [
      [
        'anonymous REST read',
        () => request(server, `/api/${STATEMENTS}`, { headers: french }),
        REST_503,
      ],
      [
        'signed-in REST read',
        () => request(server, `/api/${STATEMENTS}/${id}?draft=true`, { headers: cookie, token }),
        REST_503,
      ],
      [
        'anonymous GraphQL read',
        () =>
          request(server, '/api/graphql', {
            body: { query: '{ PolicyStatements { totalDocs } }' },
            headers: french,
            method: 'POST',
          }),
        GRAPHQL_503,
      ],
      [
        'GraphQL meUser',
        () =>
          request(server, '/api/graphql', {
            body: { query: '{ meUser { user { email } } }' },
            headers: cookie,
            method: 'POST',
            token,
          }),
        GRAPHQL_503,
      ],
    ] as const) {
      expect([what, await outcome(await call())]).toEqual([what, { ...expected, message: FRENCH }])
    }
    expect(FRENCH).toBe('La base de données est injoignable : réessayez dans quelques secondes.')

    await command('start')
    let back = 0
    for (let attempt = 0; attempt < 50 && back !== 200; attempt++) {
      back = (await request(server, `/api/${STATEMENTS}`)).status
      if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(back).toBe(200)
    const me = (await (await request(server, '/api/users/me', { token })).json()) as {
      user: { email: string }
    }
    expect(me.user.email).toBe(staff.editor.email)
    expect(typeof (await loginOverHttp(server, staff.reviewer.email))).toBe('string')
    expect(
      (await request(server, `/api/${STATEMENTS}/${id}/workflow/submit`, { method: 'POST', token }))
        .status,
    ).toBe(200)
  })

  it('a signed-in request whose user could not be loaded is a 503, even when the database is back before the answer', async () => {
    const { default: config } = await import('@payload-config')
    // The edge's `select 1` says "reachable", as it does when PostgreSQL comes back while the request runs.
    const edge = withApiEdge(REST_GET(config) as EdgeHandler, {
      databaseReachable: async () => true,
      limits: { maxJsonBytes: 1e6, maxJsonDepth: 100, maxXliffBytes: 1e6 },
      trusted: trustedProxies([]),
    })
    const call = (path: string) =>
      edge(
        new Request(`http://localhost${path}`, {
          headers: { authorization: `JWT ${token}`, 'x-forwarded-for': '127.0.0.1' },
        }),
        { params: Promise.resolve({ slug: path.split('/').slice(2) }) },
      )
    await command('stop')
    try {
      expect(await outcome(await call(`/api/${STATEMENTS}/${id}?draft=true`))).toEqual(REST_503)
      expect(await outcome(await call('/api/users/me'))).toEqual(REST_503)
    } finally {
      await command('start')
    }
  })
})
