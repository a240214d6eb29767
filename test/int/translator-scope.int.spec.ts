import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { expectRefusal, restRefusal } from '../helpers/refusals'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import { createStaff, PASSWORD, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
let token: string
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  token = await api.token(staff.translator.email, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const stored = async (id: number) => {
  const all = await payload.findByID({
    collection: STATEMENTS,
    depth: 0,
    draft: true,
    id,
    locale: 'all',
  })
  return { title: all.title as unknown as Record<string, string | undefined>, topic: all.topic }
}

const refused = (call: Promise<unknown>, code: string) => expectRefusal(call, code, 403)

describe('translator scope: Local API with a user', () => {
  it('writes French, and is refused English and shared fields', async () => {
    const id = await draftStatement(payload, staff.editor, 'tr-local')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé traduit' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await refused(
      payload.update({
        collection: STATEMENTS,
        data: { title: 'Changed English' },
        draft: true,
        id,
        locale: 'en',
        overrideAccess: false,
        user: staff.translator,
      }),
      'translator_locale',
    )
    const shared = await refused(
      payload.update({
        collection: STATEMENTS,
        data: { topic: 'employment-rights' },
        draft: true,
        id,
        locale: 'fr',
        overrideAccess: false,
        user: staff.translator,
      }),
      'translator_shared',
    )
    // Names the shared field by its label, so the translator knows which one to leave alone.
    expect(shared).toContain('Topic')
    await refused(
      payload.update({
        collection: STATEMENTS,
        data: { workflow: { state: 'approved' } },
        draft: true,
        id,
        locale: 'fr',
        overrideAccess: false,
        user: staff.translator,
      }),
      'fields_through_transitions',
    )
    expect(await stored(id)).toEqual({
      title: { en: 'Statement tr-local', fr: 'Énoncé traduit' },
      topic: 'regularization',
    })
  })

  it('bulk updates by a user are refused outright (disableBulkEdit), and change nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'tr-bulk')
    await expect(
      payload.update({
        collection: STATEMENTS,
        data: { title: 'Bulk English' },
        draft: true,
        locale: 'en',
        overrideAccess: false,
        user: staff.translator,
        where: { id: { equals: id } },
      }),
    ).rejects.toThrow('Collection policy-statements has disabled bulk edit')
    expect((await stored(id)).title.en).toBe('Statement tr-bulk')
  })
})

describe('translator scope: REST (route handlers, as the admin form saves)', () => {
  const patch = (id: number, query: string, body: unknown) =>
    api.patch(`/api/policy-statements/${id}?${query}`, {
      body: JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    })

  it('accepts French, refuses English and shared fields with 403, and bulk too', async () => {
    const id = await draftStatement(payload, staff.editor, 'tr-rest')
    expect((await patch(id, 'draft=true&locale=fr', { title: 'Titre REST' })).status).toBe(200)
    const english = await patch(id, 'draft=true&locale=en', { title: 'English REST' })
    expect(await restRefusal(english)).toMatchObject({ code: 'translator_locale', status: 403 })
    const shared = await patch(id, 'draft=true&locale=fr', { topic: 'employment-rights' })
    const sharedBody = (await shared.json()) as {
      errors: { data: { code: string; fields: string[] } }[]
    }
    // The refusal names the shared fields to leave alone, for programs as for people.
    expect([shared.status, sharedBody.errors[0]!.data]).toEqual([
      403,
      { code: 'translator_shared', fields: ['topic'] },
    ])
    const bulk = await api.patch(
      `/api/policy-statements?draft=true&locale=en&where[id][equals]=${id}`,
      {
        body: JSON.stringify({ title: 'Bulk REST' }),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      },
    )
    // Governed collections take no bulk edits over the API at all.
    expect([bulk.status, JSON.stringify(await bulk.json())]).toEqual([
      403,
      expect.stringContaining('has disabled bulk edit'),
    ])
    expect(await stored(id)).toEqual({
      title: { en: 'Statement tr-rest', fr: 'Titre REST' },
      topic: 'regularization',
    })
  })
})

describe('translator scope: GraphQL (route handler)', () => {
  it('refuses an English mutation', async () => {
    const id = await draftStatement(payload, staff.editor, 'tr-graphql')
    const response = await api.graphql(
      `mutation { updatePolicyStatement(id: ${id}, draft: true, locale: en, data: { title: "GraphQL English" }) { id } }`,
      { authorization: `JWT ${token}` },
    )
    const body = (await response.json()) as {
      errors?: { extensions?: { data?: { code?: string } } }[]
    }
    expect(body.errors?.[0]?.extensions?.data?.code).toBe('translator_locale')
    const french = await api.graphql(
      `mutation { updatePolicyStatement(id: ${id}, draft: true, locale: fr, data: { title: "Titre GraphQL" }) { title } }`,
      { authorization: `JWT ${token}` },
    )
    expect(
      ((await french.json()) as { data: { updatePolicyStatement: { title: string } } }).data
        .updatePolicyStatement.title,
    ).toBe('Titre GraphQL')
    expect((await stored(id)).title).toEqual({ en: 'Statement tr-graphql', fr: 'Titre GraphQL' })
  })
})
