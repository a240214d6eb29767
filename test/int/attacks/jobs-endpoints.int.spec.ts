import { Forbidden, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadJob } from '../../../payload-types'
import { findFreePort } from '../../../src/app/db/port'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import {
  createStaff,
  PASSWORD,
  publishViaWorkflow,
  reqAs,
  type Staff,
} from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'
import { type Receiver, webhookReceiver } from '../../helpers/webhookReceiver'

/**
 * Issue [4/6] item 4: Payload's jobs queue (`payload-jobs`: scheduled publishes and webhook
 * deliveries) is admin-only. Anonymous callers and non-admin staff are refused on every REST path
 * (list, by id, count, create, update, delete, the run and handle-schedules endpoints) and on
 * GraphQL, over real HTTP; the pending delivery is not run, and no job, event or document changes.
 */
const TASK = 'deliverWebhook'
let ctx: TestContext
let payload: Payload
let server: ApiServer
let receiver: Receiver
let staff: Staff
let job: PayloadJob
const tokens: Record<string, string | undefined> = { anonymous: undefined }
let docId: number

type Call = { body?: object; method?: string; token?: string }
const request = (path: string, { body, method = 'GET', token }: Call = {}) =>
  fetch(`${server.url}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
const login = async (email: string) =>
  (
    (await (
      await request('/api/users/login', { body: { email, password: PASSWORD }, method: 'POST' })
    ).json()) as { token: string }
  ).token

/** Everything these endpoints could touch: every job (with its log), the workflow events, the document. */
const state = async () => ({
  document: await payload.findByID({ collection: STATEMENTS, depth: 0, id: docId }),
  events: (await payload.count({ collection: 'workflow-events' })).totalDocs,
  jobs: (
    await payload.find({ collection: 'payload-jobs', depth: 0, pagination: false, sort: 'id' })
  ).docs,
})
beforeAll(async () => {
  const port = await findFreePort()
  receiver = await webhookReceiver(port)
  ctx = await initPayload({
    WEBHOOK_SECRET: 'attack-test-webhook-secret-7c1d9e2f4a6b8c0d',
    WEBHOOK_URLS: `http://127.0.0.1:${port}/hook`,
  })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  for (const role of ['editor', 'translator', 'reviewer', 'admin'] as const)
    tokens[role] = await login(staff[role].email)
  docId = await draftStatement(payload, staff.editor, 'jobs')
  await publishViaWorkflow(payload, staff, STATEMENTS, docId)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    where: { taskSlug: { equals: TASK } },
  })
  job = docs[0]!
})
afterAll(async () => {
  await server?.close()
  await receiver?.stop()
  await ctx?.cleanup()
})

const attacks = (id: number | string): [string, string, object | undefined][] => [
  ['GET', '/api/payload-jobs', undefined],
  ['GET', `/api/payload-jobs?where[taskSlug][equals]=${TASK}&depth=0`, undefined],
  ['GET', `/api/payload-jobs/${id}`, undefined],
  ['GET', '/api/payload-jobs/count', undefined],
  [
    'POST',
    '/api/payload-jobs',
    { input: { event: { id: 'forged' }, url: 'http://127.0.0.1:9/steal' }, taskSlug: TASK },
  ],
  [
    'PATCH',
    `/api/payload-jobs/${id}`,
    { input: { url: 'http://127.0.0.1:9/steal' }, waitUntil: null },
  ],
  ['PATCH', '/api/payload-jobs?where[id][exists]=true', { hasError: true }],
  ['DELETE', `/api/payload-jobs/${id}`, undefined],
  ['DELETE', '/api/payload-jobs?where[id][exists]=true', undefined],
]
const runners = [
  '/api/payload-jobs/run',
  '/api/payload-jobs/run?allQueues=true&limit=100',
  '/api/payload-jobs/handle-schedules',
]

describe('the jobs queue refuses everyone but admins (real HTTP)', () => {
  it.each(['anonymous', 'editor', 'translator', 'reviewer'])(
    '%s: every REST path is refused, nothing runs, nothing changes',
    async (caller) => {
      const before = await state()
      const token = tokens[caller]
      for (const [method, path, body] of attacks(job.id)) {
        const response = await request(path, { body, method, token })
        expect([method, path, response.status]).toEqual([method, path, 403])
        expect(await response.text()).not.toContain('/hook')
      }
      for (const path of runners) {
        const response = await request(path, { token })
        expect([path, response.status]).toEqual([path, 401])
      }
      const graphql = await request('/api/graphql', {
        body: { query: `{ PayloadJobs { docs { id input log { output } } } }` },
        method: 'POST',
        token,
      })
      const answer = (await graphql.json()) as {
        data?: { PayloadJobs: unknown }
        errors?: { message: string }[]
      }
      expect([answer.data?.PayloadJobs ?? null, answer.errors?.[0]?.message]).toEqual([
        null,
        'You are not allowed to perform this action.',
      ])
      expect(await state()).toEqual(before)
      const stored = await payload.findByID({ collection: 'payload-jobs', depth: 0, id: job.id })
      expect(stored).toMatchObject({
        completedAt: null,
        hasError: false,
        input: job.input,
        processing: false,
        totalTried: 0,
      })
      expect(receiver.deliveries).toEqual([])
    },
  )

  it('non-admin staff cannot queue, run or cancel jobs through the Local API with access control either', async () => {
    for (const user of [staff.editor, staff.reviewer]) {
      const req = await reqAs(payload, user)
      await expect(
        payload.jobs.queue({
          input: { event: {}, url: 'http://127.0.0.1:9/x' } as never,
          overrideAccess: false,
          req,
          task: TASK as never,
        }),
      ).rejects.toThrow(Forbidden)
      await expect(payload.jobs.run({ overrideAccess: false, req })).rejects.toThrow(Forbidden)
      await expect(
        payload.jobs.cancelByID({ id: job.id, overrideAccess: false, req }),
      ).rejects.toThrow(Forbidden)
    }
    expect(
      await payload.findByID({ collection: 'payload-jobs', depth: 0, id: job.id }),
    ).toMatchObject({ hasError: false, totalTried: 0 })
  })

  it('an admin lists the jobs and runs the queue, which delivers the pending webhook', async () => {
    const list = await request(`/api/payload-jobs?where[taskSlug][equals]=${TASK}`, {
      token: tokens.admin,
    })
    expect([list.status, ((await list.json()) as { totalDocs: number }).totalDocs]).toEqual([
      200, 1,
    ])
    const run = await request('/api/payload-jobs/run', { token: tokens.admin })
    expect(run.status).toBe(200)
    expect(receiver.deliveries.map(({ event, status }) => [event.kind, status])).toEqual([
      ['publish', 200],
    ])
    const created = await request('/api/payload-jobs', {
      body: { input: {}, taskSlug: TASK },
      method: 'POST',
      token: tokens.admin,
    })
    expect(created.status).toBe(403)
  })
})
