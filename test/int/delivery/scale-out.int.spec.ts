import type { Payload } from 'payload'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { type AppProcess, startAppProcess } from '../../helpers/processApp'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 6: read replicas switched on by DATABASE_READ_REPLICA_URIS alone, and two app
 * instances on one database: an unpublish on one is seen by the other at once (nothing is cached
 * in the process). The "replica" here is the same database under another application_name, which
 * shows where Payload sends each query.
 */
const REPLICA_APP = 'cms_read_replica'
let ctx: TestContext
let payload: Payload
let server: ApiServer
let second: AppProcess
let staff: Staff
beforeAll(async () => {
  ctx = await initPayload((uri) => {
    const replica = new URL(uri)
    replica.searchParams.set('application_name', REPLICA_APP)
    return { DATABASE_READ_REPLICA_URIS: replica.toString() }
  })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  second = await startAppProcess(ctx.databaseUri)
})
afterAll(async () => {
  await second?.stop()
  await server?.close()
  await ctx?.cleanup()
})

const replicaConnections = async () => {
  const client = new pg.Client({ connectionString: ctx.databaseUri })
  await client.connect()
  try {
    const database = new URL(ctx.databaseUri).pathname.slice(1)
    const { rows } = await client.query<{ count: string }>(
      'select count(*) from pg_stat_activity where application_name = $1 and datname = $2',
      [REPLICA_APP, database],
    )
    return Number(rows[0]!.count)
  } finally {
    await client.end()
  }
}

describe('scale-out (real HTTP, two processes)', () => {
  it('with DATABASE_READ_REPLICA_URIS set, anonymous reads are served from the replica pool', async () => {
    const id = await draftStatement(payload, staff.editor, 'replica')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const response = await fetch(`${server.url}/api/policy-statements/${id}`)
    expect([response.status, ((await response.json()) as { title: string }).title]).toEqual([
      200,
      'Statement replica',
    ])
    expect(await replicaConnections()).toBeGreaterThan(0)
  })

  it('after an unpublish on one instance, the other stops serving the document immediately', async () => {
    const id = await draftStatement(payload, staff.editor, 'two-instances')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const fromSecond = () =>
      fetch(`${second.url}/api/policy-statements/${id}`).then((response) => response.status)
    const listedBySecond = async () =>
      (
        (await (
          await fetch(`${second.url}/api/policy-statements?where[id][equals]=${id}`)
        ).json()) as { totalDocs: number }
      ).totalDocs
    expect([await fromSecond(), await listedBySecond()]).toEqual([200, 1])
    const token = await loginOverHttp(server, staff.reviewer.email)
    const unpublish = await fetch(`${server.url}/api/policy-statements/${id}/workflow/unpublish`, {
      headers: { authorization: `JWT ${token}` },
      method: 'POST',
    })
    expect(unpublish.status).toBe(200)
    expect([await fromSecond(), await listedBySecond()]).toEqual([404, 0])
  })
})
