import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../payload-types'
import { contentHash } from '../../../src/workflow/contentHash'
import { pickContent } from '../../../src/workflow/sourceContent'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { paragraph } from '../../helpers/lexical'
import { expectRefusal } from '../../helpers/refusals'
import { CONFERENCES, STATEMENTS, USERS } from '../../helpers/slugs'
import {
  createStaff,
  PASSWORD,
  publishViaWorkflow,
  type Staff,
  transitionAs,
} from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue 34 item 5: a reviewer announces a statement; readers get a stub (title, slug, topic, summary)
 * with `status: 'coming_soon'` on every read path while the full text goes on through review. The
 * announce step has approve's four eyes and records the stub's hash.
 */
const SECRET = 'test-webhook-secret-announce-0123456789abcdef'
const STUB_FIELDS = ['title', 'slug', 'topic', 'summary']
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let tokens: Record<'editor' | 'reviewer' | 'reviewer2' | 'translator', string>
beforeAll(async () => {
  // Webhooks on (a receiver nobody listens at): the announce event is queued as a job, which the test reads.
  ctx = await initPayload({ WEBHOOK_SECRET: SECRET, WEBHOOK_URLS: 'http://127.0.0.1:9/hooks' })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  tokens = {
    editor: await login(staff.editor.email),
    reviewer: await login(staff.reviewer.email),
    reviewer2: await login(staff.reviewer2.email),
    translator: await login(staff.translator.email),
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const login = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email, password: PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return ((await response.json()) as { token: string }).token
}
const headers = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
})
const get = async (path: string, token?: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: headers(token) })
  return { body: (await response.json()) as Record<string, any>, status: response.status }
}
const transition = async (
  id: number,
  name: string,
  token: string,
  collection: string = STATEMENTS,
) => {
  const response = await fetch(`${server.url}/api/${collection}/${id}/workflow/${name}`, {
    headers: headers(token),
    method: 'POST',
  })
  const body = (await response.json()) as Record<string, any>
  return { body, code: body.errors?.[0]?.data?.code as string | undefined, status: response.status }
}
const graphql = async (query: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: headers(),
    method: 'POST',
  })
  return ((await response.json()) as { data: Record<string, any>; errors?: unknown }).data
}

/** A draft statement with the full text (body, recommendations) and a French title, as editors and translators leave it. */
const fullDraft = async (suffix: string, author: User = staff.editor) => {
  const id = await draftStatement(payload, author, suffix)
  await payload.update({
    collection: STATEMENTS,
    data: {
      body: paragraph(`The full body ${suffix}.`),
      recommendations: [{ text: `First ${suffix}` }, { text: `Second ${suffix}` }],
    },
    draft: true,
    id,
    overrideAccess: false,
    user: author,
  })
  await payload.update({
    collection: STATEMENTS,
    data: { title: `Énoncé ${suffix}` },
    draft: true,
    id,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })
  return id
}

/** What an anonymous reader gets of `id` through REST by id, by slug, in a coming_soon list, in French, and GraphQL. */
const readerView = async (id: number, slug: string) => {
  const byId = await get(`/api/${STATEMENTS}/${id}`)
  const bySlug = await get(`/api/${STATEMENTS}?where[slug][equals]=${slug}`)
  const soon = await get(`/api/${STATEMENTS}?where[status][equals]=coming_soon&limit=100`)
  const french = await get(`/api/${STATEMENTS}/${id}?locale=fr`)
  const gql = await graphql(`{
    one: PolicyStatement(id: ${id}) { title summary topic slug status body recommendations { text } }
    soon: PolicyStatements(where: { status: { equals: coming_soon } }, limit: 100) { docs { id } }
  }`)
  return {
    byId: {
      ...pickContent(byId.body, [
        'title',
        'slug',
        'topic',
        'summary',
        'status',
        'body',
        'translation',
      ]),
      recommendations: byId.body.recommendations?.length ?? 0,
      statusCode: byId.status,
    },
    bySlug: bySlug.body.docs.map((doc: any) => [doc.id, doc.status]),
    french: [french.body.title, french.body.status, french.body.translation?.fr],
    graphql: gql.one && { ...gql.one },
    graphqlSoon: gql.soon.docs.map((doc: any) => doc.id).includes(id),
    soon: soon.body.docs.map((doc: any) => doc.id).includes(id),
  }
}

describe('announce (coming soon)', () => {
  it('a reviewer announces over REST: readers get the stub with status coming_soon on every read path; the draft keeps the full text', async () => {
    const id = await fullDraft('announced')
    const answer = await transition(id, 'announce', tokens.reviewer)
    expect([answer.status, answer.body.doc.workflow.state, answer.body.event.transition]).toEqual([
      200,
      'draft',
      'announce',
    ])

    const view = await readerView(id, 'statement-announced')
    // Dated as announced (the working draft the transition wrote has the same date).
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.updatedAt).toBe(answer.body.doc.updatedAt)
    expect(view.byId).toEqual({
      body: null,
      recommendations: 0,
      statusCode: 200,
      slug: 'statement-announced',
      status: 'coming_soon',
      summary: 'Approved text announced',
      title: 'Statement announced',
      topic: 'regularization',
      translation: expect.objectContaining({ fr: 'coming_soon' }),
    })
    expect(view.bySlug).toEqual([[id, 'coming_soon']])
    expect(view.soon).toBe(true)
    // No French text in the stub: French readers get the English stub.
    expect(view.french).toEqual(['Statement announced', 'coming_soon', 'coming_soon'])
    expect(view.graphql).toEqual({
      body: null,
      recommendations: null,
      slug: 'statement-announced',
      status: 'coming_soon',
      summary: 'Approved text announced',
      title: 'Statement announced',
      topic: 'regularization',
    })
    expect(view.graphqlSoon).toBe(true)

    // The Local API without overrideAccess (an anonymous caller) reads the same stub.
    const local = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      id,
      overrideAccess: false,
    })
    expect([local.status, local.title, local.body ?? null]).toEqual([
      'coming_soon',
      'Statement announced',
      null,
    ])
    const localList = await payload.find({
      collection: STATEMENTS,
      overrideAccess: false,
      where: { status: { equals: 'coming_soon' } },
    })
    expect(localList.docs.map((doc) => doc.id)).toContain(id)

    // Editors and translators go on with the full text: the latest version is the working draft.
    const draft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect([
      JSON.stringify(draft.body).includes('The full body announced.'),
      draft.recommendations?.length,
      draft.workflow?.state,
    ]).toEqual([true, 2, 'draft'])
    const frenchDraft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    expect(frenchDraft.title).toBe('Énoncé announced')
  })

  it('a stub carries no French, even when the French of the same text is approved', async () => {
    // No body nor recommendations: the stub is the whole English text, and its French is approved.
    const id = await draftStatement(payload, staff.editor, 'french-approved')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Résumé approuvé', title: 'Énoncé approuvé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation', {
      locale: 'fr',
    })
    expect(await transition(id, 'announce', tokens.reviewer)).toMatchObject({ status: 200 })
    const french = await get(`/api/${STATEMENTS}/${id}?locale=fr`)
    expect([
      french.body.title,
      french.body.summary,
      french.body.status,
      french.body.translation?.fr,
    ]).toEqual([
      'Statement french-approved',
      'Approved text french-approved',
      'coming_soon',
      'coming_soon',
    ])
    expect(
      (
        await get(
          `/api/${STATEMENTS}?locale=fr&where[title][equals]=${encodeURIComponent('Énoncé approuvé')}`,
        )
      ).body.totalDocs,
    ).toBe(0)
    // The translators' approved French stays in the draft, for the publication of the full text.
    const draft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    expect([draft.title, draft.translationWorkflow?.fr?.status]).toEqual([
      'Énoncé approuvé',
      'approved',
    ])
  })

  it('records an announce event with the hash of the stub fields, and who announced in the workflow group', async () => {
    const id = await fullDraft('hashed')
    await transition(id, 'announce', tokens.reviewer)
    const source = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    const expected = contentHash(
      pickContent(source as unknown as Record<string, unknown>, STUB_FIELDS),
    )
    const events = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      where: {
        and: [{ document: { equals: String(id) } }, { transition: { equals: 'announce' } }],
      },
    })
    expect(
      events.docs.map((event) => [event.contentHash, event.from, event.to, event.user]),
    ).toEqual([[expected, 'draft', 'draft', staff.reviewer.id]])
    const workflow = source.workflow as Record<string, unknown>
    expect([workflow.announcedHash, workflow.announcedBy, typeof workflow.announcedAt]).toEqual([
      expected,
      staff.reviewer.id,
      'string',
    ])
  })

  it('announced again after an edit, readers get the new stub; until then, the one announced', async () => {
    const id = await fullDraft('reannounced')
    await transition(id, 'announce', tokens.reviewer)
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'A better summary' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.summary).toBe('Approved text reannounced')
    expect(await transition(id, 'announce', tokens.reviewer2)).toMatchObject({ status: 200 })
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.summary).toBe('A better summary')
    const events = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      sort: 'createdAt',
      where: {
        and: [{ document: { equals: String(id) } }, { transition: { equals: 'announce' } }],
      },
    })
    expect(events.docs.map((event) => event.user)).toEqual([staff.reviewer.id, staff.reviewer2.id])
  })

  it('the status endpoint lists announce: allowed to a reviewer, refused to an editor', async () => {
    const id = await fullDraft('status')
    const asReviewer = await get(`/api/${STATEMENTS}/${id}/workflow`, tokens.reviewer)
    const asEditor = await get(`/api/${STATEMENTS}/${id}/workflow`, tokens.editor)
    const announce = (body: Record<string, any>) =>
      body.transitions.find((option: any) => option.name === 'announce')
    expect(announce(asReviewer.body)).toEqual({ allowed: true, name: 'announce' })
    expect(announce(asEditor.body)).toMatchObject({ allowed: false, code: 'role' })
    expect(asReviewer.body.announceFields).toEqual(STUB_FIELDS)
    await transition(id, 'announce', tokens.reviewer)
    const after = await get(`/api/${STATEMENTS}/${id}/workflow`, tokens.reviewer)
    expect([after.body.announcement?.fields, after.body.announcement?.by, after.body.live]).toEqual(
      [STUB_FIELDS, staff.reviewer.id, false],
    )
  })

  it('four eyes as approve: not the one who wrote it, nor a reviewer who edited it, nor the submitter (403 four_eyes)', async () => {
    const writer = await payload.create({
      collection: USERS,
      data: {
        email: 'writer-reviewer@example.org',
        name: 'Writer',
        password: PASSWORD,
        roles: ['editor', 'reviewer'],
      },
    })
    const writerToken = await login(writer.email)
    const written = await fullDraft('four-eyes-writer', writer)
    expect(await transition(written, 'announce', writerToken)).toMatchObject({
      code: 'four_eyes',
      status: 403,
    })

    const edited = await fullDraft('four-eyes-edited')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'A reviewer’s edit' },
      draft: true,
      id: edited,
      overrideAccess: false,
      user: staff.reviewer2,
    })
    expect(await transition(edited, 'announce', tokens.reviewer2)).toMatchObject({
      code: 'four_eyes',
      status: 403,
    })
    expect(await transition(edited, 'announce', tokens.reviewer)).toMatchObject({ status: 200 })

    const submitted = await fullDraft('four-eyes-submitted', writer)
    await transitionAs(payload, writer, STATEMENTS, submitted, 'submit')
    expect(await transition(submitted, 'announce', writerToken)).toMatchObject({
      code: 'four_eyes',
      status: 403,
    })
    // Nothing reached readers.
    expect((await get(`/api/${STATEMENTS}/${written}`)).status).toBe(404)
  })

  it('editors and translators may not announce (403 role); the Local API refuses the same', async () => {
    const id = await fullDraft('roles')
    expect(await transition(id, 'announce', tokens.editor)).toMatchObject({
      code: 'role',
      status: 403,
    })
    expect(await transition(id, 'announce', tokens.translator)).toMatchObject({
      code: 'role',
      status: 403,
    })
    await expectRefusal(
      transitionAs(payload, staff.editor, STATEMENTS, id, 'announce'),
      'role',
      403,
    )
    expect((await get(`/api/${STATEMENTS}/${id}`)).status).toBe(404)
  })

  it('not when the full text is live (409 already_live), not on a collection without announceFields, not without a title', async () => {
    const live = await draftStatement(payload, staff.editor, 'already-live')
    await publishViaWorkflow(payload, staff, STATEMENTS, live)
    expect(await transition(live, 'announce', tokens.reviewer2)).toMatchObject({
      code: 'already_live',
      status: 409,
    })
    // Edited after publication (a draft again): still live.
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Revised' },
      draft: true,
      id: live,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await transition(live, 'announce', tokens.reviewer2)).toMatchObject({
      code: 'already_live',
      status: 409,
    })

    const conference = await payload.create({
      collection: CONFERENCES,
      data: {
        endDate: '2024-03-22',
        name: 'A conference',
        place: 'Online',
        slug: 'a-conference',
        startDate: '2024-03-21',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await transition(conference.id, 'announce', tokens.reviewer, CONFERENCES)).toMatchObject(
      { code: 'not_announceable', status: 400 },
    )

    const untitled = await draftStatement(payload, staff.editor, 'untitled')
    await payload.update({
      collection: STATEMENTS,
      data: { title: '' },
      draft: true,
      id: untitled,
      overrideAccess: true,
    })
    expect(await transition(untitled, 'announce', tokens.reviewer)).toMatchObject({
      code: 'empty_stub',
      status: 409,
    })
  })

  it('the full text published later replaces the stub: status published, with the body', async () => {
    const id = await fullDraft('published-later')
    await transition(id, 'announce', tokens.reviewer)
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    expect(await transition(id, 'publish', tokens.reviewer)).toMatchObject({ status: 200 })
    const doc = await get(`/api/${STATEMENTS}/${id}`)
    expect([
      doc.body.status,
      JSON.stringify(doc.body.body).includes('The full body published-later.'),
      doc.body.recommendations.length,
    ]).toEqual(['published', true, 2])
    expect(
      (await get(`/api/${STATEMENTS}?where[status][equals]=coming_soon&where[id][equals]=${id}`))
        .body.totalDocs,
    ).toBe(0)
    expect(
      (await get(`/api/${STATEMENTS}?where[status][equals]=published&where[id][equals]=${id}`)).body
        .totalDocs,
    ).toBe(1)
    const status = await get(`/api/${STATEMENTS}/${id}/workflow`, tokens.reviewer)
    expect([status.body.live, status.body.announcement, status.body.state]).toEqual([
      true,
      null,
      'published',
    ])
    // Published text cannot be announced again.
    expect(await transition(id, 'announce', tokens.reviewer2)).toMatchObject({
      code: 'already_live',
      status: 409,
    })
  })

  it('a scheduled publication replaces the stub too, and ends the announcement', async () => {
    const id = await fullDraft('scheduled')
    await transition(id, 'announce', tokens.reviewer)
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1500),
    })
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.status).toBe('coming_soon')
    await new Promise((resolve) => setTimeout(resolve, 1700))
    // This job only: the queue also holds webhook deliveries (to a receiver nobody listens at).
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    const job = jobs.find(
      (candidate) =>
        String((candidate.input as { doc: { value: number | string } }).doc.value) === String(id),
    )!
    await payload.jobs.runByID({ id: job.id })
    const doc = await get(`/api/${STATEMENTS}/${id}`)
    expect([
      doc.body.status,
      JSON.stringify(doc.body.body).includes('The full body scheduled.'),
    ]).toEqual(['published', true])
    const draft = await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })
    expect([draft.workflow?.state, draft.workflow?.announcedHash ?? null]).toEqual([
      'published',
      null,
    ])
  })

  it('unpublish withdraws the announcement (readers 404) and keeps the state and the full text', async () => {
    const id = await fullDraft('withdrawn')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transition(id, 'announce', tokens.reviewer)
    expect((await get(`/api/${STATEMENTS}/${id}`)).status).toBe(200)
    const answer = await transition(id, 'unpublish', tokens.reviewer)
    expect([answer.status, answer.body.doc.workflow.state]).toEqual([200, 'in_review'])
    expect((await get(`/api/${STATEMENTS}/${id}`)).status).toBe(404)
    expect(
      (await get(`/api/${STATEMENTS}?where[slug][equals]=statement-withdrawn`)).body.totalDocs,
    ).toBe(0)
    const draft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect([
      JSON.stringify(draft.body).includes('The full body withdrawn.'),
      draft.workflow?.announcedHash ?? null,
    ]).toEqual([true, null])
    // The review goes on: approve and publish as usual.
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish')
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.status).toBe('published')
  })

  it('discard is refused while only a stub is live (409 announced_only), over the transition and "revert to published"', async () => {
    const id = await fullDraft('discard')
    await transition(id, 'announce', tokens.reviewer)
    expect(await transition(id, 'discard', tokens.editor)).toMatchObject({
      code: 'announced_only',
      status: 409,
    })
    const revert = await fetch(`${server.url}/api/${STATEMENTS}/${id}`, {
      body: JSON.stringify({ _status: 'published', title: 'Statement discard' }),
      headers: headers(tokens.editor),
      method: 'PATCH',
    })
    const body = (await revert.json()) as Record<string, any>
    expect([revert.status, body.errors?.[0]?.data?.code]).toEqual([409, 'announced_only'])
    const draft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(draft.recommendations?.length).toBe(2)
    expect((await get(`/api/${STATEMENTS}/${id}`)).body.status).toBe('coming_soon')
  })

  it('a client cannot write status: it is ignored on a draft save, and a save that would take the stub down is refused', async () => {
    const id = await fullDraft('client-status')
    const saved = await fetch(`${server.url}/api/${STATEMENTS}/${id}?draft=true`, {
      body: JSON.stringify({ status: 'coming_soon', summary: 'Changed' }),
      headers: headers(tokens.editor),
      method: 'PATCH',
    })
    expect(saved.status).toBe(200)
    expect(
      (await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })).status,
    ).toBe('published')
    expect(
      (await get(`/api/${STATEMENTS}?where[status][equals]=coming_soon&where[id][equals]=${id}`))
        .body.totalDocs,
    ).toBe(0)

    await transition(id, 'announce', tokens.reviewer)
    const takedown = await fetch(`${server.url}/api/${STATEMENTS}/${id}`, {
      body: JSON.stringify({ _status: 'draft', summary: 'Over the stub' }),
      headers: headers(tokens.editor),
      method: 'PATCH',
    })
    expect(takedown.status).toBe(403)
    const stub = await get(`/api/${STATEMENTS}/${id}`)
    expect([stub.body.status, stub.body.summary]).toEqual(['coming_soon', 'Changed'])
  })

  it('a filter on an unknown status is a 400 naming the values', async () => {
    const bad = await get(`/api/${STATEMENTS}?where[status][equals]=soon`)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/coming_soon/)
  })

  it('queues an announce webhook event with the English slug readers can follow', async () => {
    const id = await fullDraft('webhook')
    await transition(id, 'announce', tokens.reviewer)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 100,
      where: { taskSlug: { equals: 'deliverWebhook' } },
    })
    const events = jobs.docs
      .map((job) => (job.input as { event: Record<string, any> }).event)
      .filter((event) => event.docId === id)
    expect(events.map((event) => [event.kind, event.locales, event.slugs])).toEqual([
      ['announce', ['en'], { en: 'statement-webhook', fr: null }],
    ])
  })
})
