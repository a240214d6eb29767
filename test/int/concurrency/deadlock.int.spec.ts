import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp, request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { PARTNERS, STATEMENTS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [1/7]: parallel draft saves of one document by one editor. Each save takes the document's
 * row lock; every query of the save must run on the request's transaction connection, or the lock
 * holder waits for a pool connection that the waiters hold (pool of 10) and nothing answers again.
 * The lock timeout is long here so that it cannot break such a deadlock: only the pool timeout
 * would (with 503s), so any answer but 200 or 409 fails the test.
 */
const PARALLEL = 12
const BOUND_MS = 30_000

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let token: string
beforeAll(async () => {
  ctx = await initPayload({ DATABASE_LOCK_TIMEOUT_MS: '60000' })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  token = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

/** The status of a request, or 'no answer' when none came within the bound. */
const statusWithin = (response: Promise<Response>) =>
  Promise.race([
    response.then((r) => r.status),
    new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), BOUND_MS)),
  ])

describe('parallel draft saves of one document', () => {
  it(`${PARALLEL} parallel draft PATCHes each answer 200 or 409, the final draft is one of the 200 writes, and an anonymous read still answers`, async () => {
    const id = await draftStatement(payload, staff.editor, 'parallel')
    const summaries = Array.from({ length: PARALLEL }, (_, index) => `Parallel summary ${index}`)
    const statuses = await Promise.all(
      summaries.map((summary) =>
        statusWithin(
          request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
            body: { summary },
            method: 'PATCH',
            token,
          }),
        ),
      ),
    )
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([])
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0)
    expect(await statusWithin(request(server, `/api/${PARTNERS}`))).toBe(200)
    const final = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    const written = summaries.filter((_, index) => statuses[index] === 200)
    expect(written).toContain(final.summary)
  })
})
