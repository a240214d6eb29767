import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { jsonInit, restHandlers, tokensFor } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import {
  createStaff,
  PASSWORD,
  publishViaWorkflow,
  type Staff,
  transitionAs,
} from '../helpers/workflow'
import { draftStatement, snapshot } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
let tokens: Record<keyof Staff, string>

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  tokens = await tokensFor(api, staff, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const message = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
const code = async (response: Response) =>
  ((await response.json()) as { errors: { data?: { code?: string } }[] }).errors[0]!.data?.code
type GraphqlErrors = {
  errors?: { extensions?: { data?: { code?: string }; statusCode?: number }; message: string }[]
}
const transitionOverRest = (id: number, name: string, who?: keyof Staff, body?: unknown) =>
  api.post(
    `/api/policy-statements/${id}/workflow/${name}`,
    jsonInit(who ? tokens[who] : undefined, body),
  )

describe('REST writes (route handlers)', () => {
  it('refuses publishing without approval, workflow field writes, and bulk publishing', async () => {
    const id = await draftStatement(payload, staff.editor, 'rest-1')
    const publish = await api.patch(
      `/api/policy-statements/${id}`,
      jsonInit(tokens.editor, { _status: 'published' }),
    )
    expect([publish.status, await code(publish)]).toEqual([403, 'publish_through_workflow'])
    const fields = await api.patch(
      `/api/policy-statements/${id}?draft=true`,
      jsonInit(tokens.reviewer, { workflow: { state: 'approved' } }),
    )
    expect([fields.status, await code(fields)]).toEqual([403, 'fields_through_transitions'])
    // Governed collections take no bulk edits over the API (each document goes through its own workflow).
    const bulk = await api.patch(
      `/api/policy-statements?where[id][equals]=${id}`,
      jsonInit(tokens.admin, { _status: 'published' }),
    )
    expect([bulk.status, await message(bulk)]).toEqual([
      403,
      'Collection policy-statements has disabled bulk edit',
    ])
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('a non-draft save of a live document cannot take it offline', async () => {
    const id = await draftStatement(payload, staff.editor, 'rest-2')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const response = await api.patch(
      `/api/policy-statements/${id}`,
      jsonInit(tokens.editor, { _status: 'draft', summary: 'Rewritten' }),
    )
    expect([response.status, await code(response)]).toEqual([403, 'unpublish_through_workflow'])
    expect(await snapshot(payload, id)).toMatchObject({
      live: true,
      liveSummary: 'Approved text rest-2',
      state: 'published',
    })
  })
})

describe('REST workflow endpoints', () => {
  it('answers 401, 400, 403 and 409 with what to do, and changes nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'endpoint-1')
    expect((await transitionOverRest(id, 'submit')).status).toBe(401)
    const unknown = await transitionOverRest(id, 'teleport', 'editor')
    expect([unknown.status, await code(unknown)]).toEqual([400, 'unknown_transition'])
    const extra = await transitionOverRest(id, 'submit', 'editor', { state: 'approved' })
    expect([extra.status, await code(extra)]).toEqual([400, 'bad_body'])
    const badJson = await transitionOverRest(id, 'submit', 'editor', '{not json')
    expect([badJson.status, await code(badJson)]).toEqual([400, 'bad_json'])
    const role = await transitionOverRest(id, 'approve', 'editor')
    expect([role.status, await code(role)]).toEqual([403, 'role'])
    const state = await transitionOverRest(id, 'publish', 'reviewer')
    expect([state.status, await code(state)]).toEqual([409, 'wrong_state'])
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('runs submit → request changes → submit → approve → schedule/publish with 200 { doc, event }', async () => {
    const id = await draftStatement(payload, staff.editor, 'endpoint-2')
    const submitted = await transitionOverRest(id, 'submit', 'editor')
    expect(submitted.status).toBe(200)
    const body = (await submitted.json()) as {
      doc: { workflow: { state: string } }
      event: { from: string; to: string; transition: string }
    }
    expect([
      body.doc.workflow.state,
      body.event.transition,
      body.event.from,
      body.event.to,
    ]).toEqual(['in_review', 'submit', 'draft', 'in_review'])
    const noComment = await transitionOverRest(id, 'request_changes', 'reviewer', {})
    expect([noComment.status, await code(noComment)]).toEqual([400, 'comment_required'])
    expect(
      (await transitionOverRest(id, 'request_changes', 'reviewer', { comment: 'Shorter summary.' }))
        .status,
    ).toBe(200)
    expect((await transitionOverRest(id, 'submit', 'editor')).status).toBe(200)
    const badDate = await transitionOverRest(id, 'approve', 'reviewer', { publishAt: 'tomorrow' })
    expect(badDate.status).toBe(400)
    expect((await transitionOverRest(id, 'approve', 'reviewer')).status).toBe(200)
    const published = await transitionOverRest(id, 'publish', 'reviewer2')
    expect(published.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'request_changes', 'submit', 'approve', 'publish'],
      live: true,
      state: 'published',
    })
  })

  it('GET /workflow gives the state, what the caller may do (and why not), and the history', async () => {
    const id = await draftStatement(payload, staff.editor, 'endpoint-3')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const anonymous = await api.get(`/api/policy-statements/${id}/workflow`)
    expect(anonymous.status).toBe(401)
    const response = await api.get(
      `/api/policy-statements/${id}/workflow`,
      jsonInit(tokens.reviewer),
    )
    const status = (await response.json()) as {
      history: { transition: string }[]
      live: boolean
      state: string
      transitions: { allowed: boolean; name: string; reason?: string }[]
    }
    expect([status.state, status.live, status.history.map((event) => event.transition)]).toEqual([
      'in_review',
      false,
      ['submit'],
    ])
    expect(
      status.transitions.filter((option) => option.allowed).map((option) => option.name),
    ).toEqual(['request_changes', 'approve', 'announce'])
    expect(status.transitions.find((option) => option.name === 'publish')).toMatchObject({
      code: 'wrong_state',
      reason:
        'Only an approved document can be published: this one is “In review”. Submit it for review and have it approved first.',
    })
  })
})

describe('REST translation transitions', () => {
  it('submit and approve the French translation, and GET /workflow reports it', async () => {
    const id = await draftStatement(payload, staff.editor, 'endpoint-fr')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé REST' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    const wrongLocale = await transitionOverRest(id, 'submit_translation', 'translator', {
      locale: 'de',
    })
    expect([wrongLocale.status, await code(wrongLocale)]).toEqual([400, 'not_translation_locale'])
    expect(
      (await transitionOverRest(id, 'submit_translation', 'translator', { locale: 'fr' })).status,
    ).toBe(200)
    const approved = await transitionOverRest(id, 'approve_translation', 'reviewer', {
      locale: 'fr',
    })
    const body = (await approved.json()) as {
      event: { from: string; locale: string; to: string; transition: string }
    }
    expect(body.event).toMatchObject({
      from: 'in_review',
      locale: 'fr',
      to: 'approved',
      transition: 'approve_translation',
    })
    const status = (await (
      await api.get(`/api/policy-statements/${id}/workflow`, jsonInit(tokens.reviewer))
    ).json()) as {
      state: string
      translations: { fr: { changedFields: string[]; status: string } }
    }
    expect([
      status.state,
      status.translations.fr.status,
      status.translations.fr.changedFields,
    ]).toEqual(['draft', 'approved', []])
  })
})

describe('GraphQL writes (route handler)', () => {
  it('refuses publishing and workflow field writes through mutations', async () => {
    const id = await draftStatement(payload, staff.editor, 'graphql')
    const auth = { authorization: `JWT ${tokens.reviewer}` }
    const publish = await api.graphql(
      `mutation { updatePolicyStatement(id: ${id}, data: { _status: published }) { id } }`,
      auth,
    )
    const published = (await publish.json()) as GraphqlErrors
    expect(published.errors?.[0]?.extensions).toMatchObject({
      data: { code: 'publish_through_workflow' },
      statusCode: 403,
    })
    const fields = await api.graphql(
      `mutation { updatePolicyStatement(id: ${id}, draft: true, data: { workflow: { state: approved } }) { id } }`,
      auth,
    )
    expect(((await fields.json()) as GraphqlErrors).errors?.[0]?.extensions).toMatchObject({
      data: { code: 'fields_through_transitions' },
      statusCode: 403,
    })
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })
})

describe('REST restore and duplicate', () => {
  it('refuse to republish an old version; a duplicate of a live document starts as a draft', async () => {
    const id = await draftStatement(payload, staff.editor, 'rest-restore')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
    const restore = await api.post(
      `/api/policy-statements/versions/${versions.docs[0]!.id}`,
      jsonInit(tokens.admin),
    )
    expect([restore.status, await code(restore)]).toEqual([403, 'restore_published'])
    expect(await snapshot(payload, id)).toMatchObject({ live: true, state: 'published' })
    const duplicate = await api.post(
      `/api/policy-statements/${id}/duplicate?draft=true`,
      jsonInit(tokens.editor, { slug: 'statement-rest-copy' }),
    )
    expect(duplicate.status).toBe(200)
    const copy = ((await duplicate.json()) as { doc: { id: number } }).doc
    expect(await snapshot(payload, copy.id)).toMatchObject({
      events: [],
      live: false,
      state: 'draft',
    })
  })
})
