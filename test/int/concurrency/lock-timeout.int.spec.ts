import type { Payload } from 'payload'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCK_BUSY_CODE } from '../../../src/operations/lockErrors'
import { loginOverHttp, request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { PARTNERS, STATEMENTS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [1/7]: a save waits at most DATABASE_LOCK_TIMEOUT_MS for a document another transaction is
 * writing, then answers 409 saying to try again; readers take no row locks and never wait.
 */
const LOCK_TIMEOUT_MS = 1000

/** The refusal's code, `errors[0].data.code`. */
const codeOf = (body: unknown) =>
  (body as { errors?: { data?: { code?: string } }[] }).errors?.[0]?.data?.code

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let token: string
beforeAll(async () => {
  ctx = await initPayload({ DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS) })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  token = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

/** Runs `work` while another connection holds the statement's row lock in an open transaction. */
const whileRowLocked = async <T>(id: number, work: () => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: ctx.databaseUri })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('select id from policy_statements where id = $1 for update', [id])
    return await work()
  } finally {
    await client.query('rollback')
    await client.end()
  }
}

describe('a save that waits for a document another transaction holds', () => {
  it('PATCH while the row is locked elsewhere answers 409 "try again" after the lock timeout, and changes nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'held')
    const { status, body, ms } = await whileRowLocked(id, async () => {
      const started = Date.now()
      const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
        body: { summary: 'Blocked' },
        method: 'PATCH',
        token,
      })
      return { body: await response.json(), ms: Date.now() - started, status: response.status }
    })
    expect([status, codeOf(body)]).toEqual([409, LOCK_BUSY_CODE])
    expect(ms).toBeGreaterThanOrEqual(LOCK_TIMEOUT_MS - 50)
    expect(ms).toBeLessThan(LOCK_TIMEOUT_MS + 10_000)
    const after = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    expect(after.summary).toBe('Approved text held')
  })

  it('a workflow transition and a delete while the row is locked elsewhere answer 409 "try again" too, and change nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'held-others')
    const admin = await loginOverHttp(server, staff.admin.email)
    const answers = await whileRowLocked(id, async () => {
      const submit = await request(server, `/api/${STATEMENTS}/${id}/workflow/submit`, {
        body: {},
        method: 'POST',
        token,
      })
      const remove = await request(server, `/api/${STATEMENTS}/${id}`, {
        method: 'DELETE',
        token: admin,
      })
      return [
        [submit.status, codeOf(await submit.json())],
        [remove.status, codeOf(await remove.json())],
      ]
    })
    expect(answers).toEqual([
      [409, LOCK_BUSY_CODE],
      [409, LOCK_BUSY_CODE],
    ])
    const after = await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })
    expect(after.workflow?.state).toBe('draft')
  })

  it('the same PATCH after the lock is released answers 200', async () => {
    const id = await draftStatement(payload, staff.editor, 'released')
    await whileRowLocked(id, async () => undefined)
    const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
      body: { summary: 'Saved' },
      method: 'PATCH',
      token,
    })
    expect(response.status).toBe(200)
  })

  it('reads while the row is locked answer at once: the draft by id for staff, the list, and anonymous partners', async () => {
    const id = await draftStatement(payload, staff.editor, 'read-held')
    const answers = await whileRowLocked(id, async () => {
      const started = Date.now()
      const statuses = await Promise.all([
        request(server, `/api/${STATEMENTS}/${id}?draft=true`, { token }).then((r) => r.status),
        request(server, `/api/${STATEMENTS}?draft=true&where[id][equals]=${id}`, { token }).then(
          (r) => r.status,
        ),
        request(server, `/api/${PARTNERS}`).then((r) => r.status),
      ])
      return { ms: Date.now() - started, statuses }
    })
    expect(answers.statuses).toEqual([200, 200, 200])
    expect(answers.ms).toBeLessThan(LOCK_TIMEOUT_MS)
  })
})
