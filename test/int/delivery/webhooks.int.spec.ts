import { createHmac } from 'node:crypto'
import { initTransaction, killTransaction, type Payload } from 'payload'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadJob } from '../../../payload-types'
import { findFreePort } from '../../../src/app/db/port'
import { transitionDocument } from '../../../src/index'
import type { WebhookEvent } from '../../../src/webhooks/event'
import { verifyWebhook } from '../../../src/webhooks/sign'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { type AppProcess, startAppProcess } from '../../helpers/processApp'
import { STATEMENTS, USERS } from '../../helpers/slugs'
import {
  createStaff,
  PASSWORD,
  publishViaWorkflow,
  reqAs,
  type Staff,
  transitionAs,
} from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'
import { type Delivery, type Receiver, webhookReceiver } from '../../helpers/webhookReceiver'

/**
 * Issue [4/6] item 4: on publish, unpublish and French approval, a signed JSON event goes to each
 * WEBHOOK_URLS receiver through Payload's jobs queue, retried with backoff, surviving a restart;
 * admins (only) see each delivery and its attempts. The receiver here is a real HTTP server.
 */
const SECRET = 'test-webhook-secret-3f6a0c2e9b7d41a8b5c3'
const BACKOFF_MS = 300
const TASK = 'deliverWebhook'
let ctx: TestContext
let payload: Payload
let receiver: Receiver
let hookUrl: string
let server: ApiServer
let staff: Staff
let adminToken: string
let editorToken: string
beforeAll(async () => {
  const port = await findFreePort()
  hookUrl = `http://127.0.0.1:${port}/hooks/cms`
  receiver = await webhookReceiver(port)
  ctx = await initPayload({
    WEBHOOK_BACKOFF_MS: String(BACKOFF_MS),
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_URLS: hookUrl,
  })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  adminToken = await login(staff.admin.email)
  editorToken = await login(staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await receiver?.stop()
  await ctx?.cleanup()
})

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
const login = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email, password: PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return ((await response.json()) as { token: string }).token
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const deliveriesOf = (docId: number, kind?: WebhookEvent['kind']) =>
  receiver.deliveries.filter(({ event }) => event.docId === docId && (!kind || event.kind === kind))
const accepted = (docId: number, kind: WebhookEvent['kind']) =>
  deliveriesOf(docId, kind).some(({ status }) => status === 200)

/** Runs the queue as the app's cron would, waiting out the backoffs, until `done`. */
const runQueueUntil = async (done: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline)
      throw new Error(
        `Queue did not deliver in ${timeoutMs} ms; received: ${JSON.stringify(receiver.deliveries.map(({ event, status }) => [event.docId, event.kind, status]))}`,
      )
    await payload.jobs.run({ silent: true })
    if (!done()) await sleep(100)
  }
}

const webhookJobs = async (docId?: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { taskSlug: { equals: TASK } },
  })
  return docs.filter(
    (job) => docId === undefined || (job.input as { event: WebhookEvent }).event.docId === docId,
  )
}

/** The signature checked twice: with the plugin's verify helper, and by an HMAC computed here. */
const expectSigned = (delivery: Delivery) => {
  const timestamp = String(delivery.headers['x-webhook-timestamp'])
  const inline = createHmac('sha256', SECRET).update(`${timestamp}.${delivery.body}`).digest('hex')
  expect(
    verifyWebhook({
      body: delivery.body,
      headers: delivery.headers as Record<string, string>,
      secret: SECRET,
    }),
  ).toEqual({ ok: true })
  expect(delivery.headers['x-webhook-signature']).toBe(`sha256=${inline}`)
  expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60)
  expect([
    delivery.method,
    delivery.path,
    delivery.headers['content-type'],
    delivery.headers['x-webhook-id'],
  ]).toEqual(['POST', '/hooks/cms', 'application/json', delivery.event.id])
}

const french = (id: number, suffix: string) =>
  payload.update({
    collection: STATEMENTS,
    data: {
      slug: `declaration-${suffix}`,
      summary: `Résumé ${suffix}`,
      title: `Déclaration ${suffix}`,
    },
    draft: true,
    id,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })

describe('webhooks on publish, unpublish and French approval (real receiver over HTTP)', () => {
  it('publish: a signed event, answered 500 twice then 200, delivered on the third attempt with backoff', async () => {
    const id = await draftStatement(payload, staff.editor, 'hooked')
    receiver.failNext(2)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect((await webhookJobs(id)).map((job) => [job.input, job.totalTried])).toEqual([
      [{ event: expect.objectContaining({ kind: 'publish' }), url: hookUrl }, 0],
    ])
    expect(deliveriesOf(id)).toEqual([])

    const started = Date.now()
    await runQueueUntil(() => accepted(id, 'publish'))
    const attempts = deliveriesOf(id)
    expect(attempts.map(({ status }) => status)).toEqual([500, 500, 200])
    // Backoff: 300 ms before the second attempt, 600 ms before the third.
    expect(Date.now() - started).toBeGreaterThanOrEqual(BACKOFF_MS * 3)
    attempts.forEach(expectSigned)
    const [event] = [attempts[2]!.event]
    expect(JSON.parse(attempts[2]!.body)).toEqual({
      collection: STATEMENTS,
      docId: id,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'publish',
      locales: ['en'],
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      previousSlugs: { en: [], fr: [] },
      slugs: { en: 'statement-hooked', fr: null },
    })
    expect(new Set(attempts.map(({ event: { id: eventId } }) => eventId))).toEqual(
      new Set([event!.id]),
    )
    expect(new Set(attempts.map(({ body }) => body)).size).toBe(1)
  })

  it('admins see the delivery, its three attempts and completedAt over REST; anonymous callers and editors do not', async () => {
    const [job] = (await webhookJobs()).filter(
      (candidate) =>
        (candidate.input as { event: WebhookEvent }).event.slugs.en === 'statement-hooked',
    )
    const list = await get(`/api/payload-jobs?where[taskSlug][equals]=${TASK}&depth=0`, adminToken)
    expect(list.status).toBe(200)
    const listed = ((await list.json()) as { docs: PayloadJob[] }).docs.find(
      (doc) => doc.id === job!.id,
    )!
    expect(listed).toMatchObject({
      completedAt: expect.any(String),
      hasError: false,
      taskSlug: TASK,
      totalTried: 3,
    })
    const log = listed.log!
    expect(log.map(({ state }) => state)).toEqual(['failed', 'failed', 'succeeded'])
    expect(log.slice(0, 2).map(({ error }) => (error as { message: string }).message)).toEqual([
      `Webhook ${hookUrl} answered 500 Internal Server Error.`,
      `Webhook ${hookUrl} answered 500 Internal Server Error.`,
    ])
    expect(log[2]!.output).toEqual({ status: 200 })
    expect(JSON.stringify(listed)).not.toContain(SECRET)
    const byId = await get(`/api/payload-jobs/${job!.id}`, adminToken)
    expect([byId.status, ((await byId.json()) as PayloadJob).totalTried]).toEqual([200, 3])

    for (const token of [undefined, editorToken]) {
      const refusedList = await get('/api/payload-jobs', token)
      const refusedById = await get(`/api/payload-jobs/${job!.id}`, token)
      expect([refusedList.status, refusedById.status]).toEqual([403, 403])
      expect(await refusedById.text()).not.toContain('statement-hooked')
    }
  })

  it('translation approval and unpublish send their kinds, with the locales and slugs readers get (or had)', async () => {
    const id = await draftStatement(payload, staff.editor, 'kinds')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await french(id, 'kinds')
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish')
    await runQueueUntil(
      () =>
        accepted(id, 'unpublish') &&
        accepted(id, 'translation_approved') &&
        accepted(id, 'publish'),
    )
    const events = deliveriesOf(id).map(({ event }) => event)
    expect(events.map(({ kind, locales, slugs }) => ({ kind, locales, slugs }))).toEqual(
      expect.arrayContaining([
        { kind: 'publish', locales: ['en'], slugs: { en: 'statement-kinds', fr: null } },
        {
          kind: 'translation_approved',
          locales: ['fr'],
          slugs: { en: 'statement-kinds', fr: 'declaration-kinds' },
        },
        {
          kind: 'unpublish',
          locales: ['en', 'fr'],
          slugs: { en: 'statement-kinds', fr: 'declaration-kinds' },
        },
      ]),
    )
    expect(events).toHaveLength(3)
    expect(
      [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map(({ kind }) => kind),
    ).toEqual(['publish', 'translation_approved', 'unpublish'])
    expect(new Set(events.map(({ id: eventId }) => eventId)).size).toBe(3)
  })

  it('a republication under a new slug names the slugs readers followed before, to redirect and purge', async () => {
    const id = await draftStatement(payload, staff.editor, 'moved')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await payload.update({
      collection: STATEMENTS,
      data: { slug: 'statement-moved-here' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await runQueueUntil(
      () => deliveriesOf(id, 'publish').filter(({ status }) => status === 200).length === 2,
    )
    const events = deliveriesOf(id, 'publish')
      .map(({ event }) => event)
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    expect(events.map(({ previousSlugs, slugs }) => ({ previousSlugs, slugs }))).toEqual([
      { previousSlugs: { en: [], fr: [] }, slugs: { en: 'statement-moved', fr: null } },
      {
        previousSlugs: { en: ['statement-moved'], fr: [] },
        slugs: { en: 'statement-moved-here', fr: null },
      },
    ])
  })

  it("Payload's scheduled-publish job sends the publish event, French included when approved", async () => {
    const id = await draftStatement(payload, staff.editor, 'scheduled')
    await french(id, 'scheduled')
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1000),
    })
    await sleep(1200)
    await runQueueUntil(() => accepted(id, 'publish'))
    const published = deliveriesOf(id, 'publish')
    expect(published.map(({ event: { locales, slugs } }) => ({ locales, slugs }))).toEqual([
      { locales: ['en', 'fr'], slugs: { en: 'statement-scheduled', fr: 'declaration-scheduled' } },
    ])
    expectSigned(published[0]!)
    // The approval made before publication: readers had nothing yet.
    expect(
      deliveriesOf(id, 'translation_approved').map(({ event: { locales, slugs } }) => ({
        locales,
        slugs,
      })),
    ).toEqual([{ locales: ['fr'], slugs: { en: null, fr: null } }])
  })

  it('a refused transition queues nothing, nor does a publish whose transaction the caller rolls back', async () => {
    const before = (await webhookJobs()).length
    // Four eyes: who submitted the French may not approve it.
    const both = await payload.create({
      collection: USERS,
      data: {
        email: 'both@example.org',
        name: 'both',
        password: PASSWORD,
        roles: ['translator', 'reviewer'],
      },
    })
    const id = await draftStatement(payload, staff.editor, 'refused')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await runQueueUntil(() => accepted(id, 'publish'))
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Refusée' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: both,
    })
    await transitionAs(payload, both, STATEMENTS, id, 'submit_translation', { locale: 'fr' })
    await expect(
      transitionAs(payload, both, STATEMENTS, id, 'approve_translation', { locale: 'fr' }),
    ).rejects.toMatchObject({ status: 403 })

    const rolledBack = await draftStatement(payload, staff.editor, 'rolled-back')
    await transitionAs(payload, staff.editor, STATEMENTS, rolledBack, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, rolledBack, 'approve')
    const req = await reqAs(payload, staff.reviewer)
    await initTransaction(req)
    await transitionDocument(req, { collection: STATEMENTS, id: rolledBack, name: 'publish' })
    const inside = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      pagination: false,
      req,
      where: { taskSlug: { equals: TASK } },
    })
    expect(
      inside.docs.filter(
        (job) => (job.input as { event: WebhookEvent }).event.docId === rolledBack,
      ),
    ).toHaveLength(1)
    await killTransaction(req)

    expect((await webhookJobs()).length).toBe(before + 1)
    expect(await webhookJobs(rolledBack)).toEqual([])
    await payload.jobs.run({ silent: true })
    expect([deliveriesOf(id, 'translation_approved'), deliveriesOf(rolledBack)]).toEqual([[], []])
    expect(
      (await payload.findByID({ collection: STATEMENTS, depth: 0, id: rolledBack }))._status,
    ).toBe('draft')
  })

  it('a worker killed mid-delivery: its job, left marked running, is run again once JOBS_STUCK_AFTER_MS has passed, not before', async () => {
    const id = await draftStatement(payload, staff.editor, 'worker-killed')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const [job] = await webhookJobs(id)
    // What a worker SIGKILLed while sending leaves behind: the job taken (processing) and never finished.
    const markTaken = async (ago: string) => {
      const client = new pg.Client({ connectionString: ctx.databaseUri })
      await client.connect()
      await client.query(
        `update payload_jobs set processing = true, updated_at = now() - $2::interval where id = $1`,
        [job!.id, ago],
      )
      await client.end()
    }
    await markTaken('10 seconds')
    await payload.jobs.run({ silent: true })
    expect([deliveriesOf(id, 'publish'), (await webhookJobs(id))[0]?.processing]).toEqual([
      [],
      true,
    ])
    await markTaken('6 minutes')
    await payload.jobs.run({ silent: true })
    expect(deliveriesOf(id, 'publish').map(({ status }) => status)).toEqual([200])
    expect((await webhookJobs(id))[0]).toMatchObject({
      completedAt: expect.any(String),
      hasError: false,
      processing: false,
    })
  })

  it('two workers running the queue at the same moment send each event once', async () => {
    const ids: number[] = []
    for (const n of [1, 2, 3, 4]) {
      const id = await draftStatement(payload, staff.editor, `two-workers-${n}`)
      await publishViaWorkflow(payload, staff, STATEMENTS, id)
      ids.push(id)
    }
    await Promise.all([
      payload.jobs.run({ silent: true }),
      payload.jobs.run({ silent: true }),
      payload.jobs.run({ silent: true }),
    ])
    expect(ids.map((id) => deliveriesOf(id, 'publish').map(({ status }) => status))).toEqual([
      [200],
      [200],
      [200],
      [200],
    ])
  })

  it('survives a restart: queued while the receiver is down, delivered by a second app process', async () => {
    await receiver.stop()
    const id = await draftStatement(payload, staff.editor, 'restart')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await payload.jobs.run({ silent: true })
    const [failed] = await webhookJobs(id)
    expect(failed).toMatchObject({ completedAt: null, hasError: false, totalTried: 1 })
    // The job log names the receiver and the reason, for the operator.
    const logged = (failed!.log![0]!.error as { message: string }).message
    for (const named of [hookUrl, 'ECONNREFUSED']) expect(logged).toContain(named)

    await receiver.start()
    let second: AppProcess | undefined
    try {
      second = await startAppProcess(ctx.databaseUri)
      const deadline = Date.now() + 30_000
      while (!accepted(id, 'publish') && Date.now() < deadline) {
        const run = await fetch(`${second.url}/api/payload-jobs/run`, {
          headers: { authorization: `JWT ${adminToken}` },
        })
        expect(run.status).toBe(200)
        if (!accepted(id, 'publish')) await sleep(200)
      }
    } finally {
      await second?.stop()
    }
    const [delivery] = deliveriesOf(id, 'publish')
    expectSigned(delivery!)
    expect(delivery!.event).toMatchObject({
      id: (failed!.input as { event: WebhookEvent }).event.id,
      locales: ['en'],
      slugs: { en: 'statement-restart', fr: null },
    })
    expect((await webhookJobs(id))[0]).toMatchObject({
      completedAt: expect.any(String),
      hasError: false,
      totalTried: 2,
    })
  })
})
