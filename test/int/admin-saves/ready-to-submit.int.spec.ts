import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../../helpers/initPayload'
import { jsonInit, restHandlers, tokensFor } from '../../helpers/rest'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'
import { snapshot } from '../../helpers/workflowState'

type Refusal = {
  errors: {
    data?: { code?: string; fields?: { label?: string; path: string }[] }
    message: string
  }[]
}

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

const submit = (id: number, language = 'en') =>
  api.post(`/api/${STATEMENTS}/${id}/workflow/submit`, jsonInit(tokens.editor, undefined, language))
const draft = async (data: Record<string, unknown>) =>
  (
    await payload.create({
      collection: STATEMENTS,
      data: data as never,
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id

describe('submit checks what publish will need', () => {
  it('refuses an untitled draft with 400 not_ready, naming the fields by their labels, and leaves it a draft', async () => {
    const id = await draft({})
    const response = await submit(id)
    expect(response.status).toBe(400)
    const body = (await response.json()) as Refusal
    expect(body.errors[0]!.data?.code).toBe('not_ready')
    const fields = body.errors[0]!.data?.fields ?? []
    expect(fields.map((field) => field.path).sort()).toEqual(['slug', 'title', 'topic'])
    // The editor reads the fields by their labels, not their names.
    const labels = fields.map((field) => field.label)
    expect(labels).toEqual(expect.arrayContaining(['Title', 'Topic']))
    for (const label of labels) expect(body.errors[0]!.message).toContain(label)
    expect(await snapshot(payload, id)).toMatchObject({ events: [], state: 'draft' })
  })

  it('refuses a slug another document already uses, then submits once it is fixed', async () => {
    await draft({ slug: 'taken-slug', title: 'First', topic: 'regularization' })
    const id = await draft({ slug: 'second-slug', title: 'Second', topic: 'regularization' })
    // A draft stored before saves checked slugs: written under the hooks, straight to the version row.
    const { docs } = await payload.findVersions({
      collection: STATEMENTS,
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(
      sql`update _policy_statements_v_locales set version_slug = 'taken-slug' where _parent_id = ${docs[0]!.id} and _locale = 'en'`,
    )
    const stored = await payload.findByID({ collection: STATEMENTS, draft: true, id, locale: 'en' })
    expect([stored.slug, stored.title]).toEqual(['taken-slug', 'Second'])
    const response = await submit(id)
    expect(response.status).toBe(400)
    const body = (await response.json()) as Refusal
    expect(body.errors[0]!.data?.code).toBe('not_ready')
    expect(body.errors[0]!.data?.fields?.map((field) => field.path)).toEqual(['slug'])
    await payload.update({
      collection: STATEMENTS,
      data: { slug: 'free-slug' },
      draft: true,
      id,
      locale: 'en',
    })
    const ok = await submit(id)
    expect(ok.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({ events: ['submit'], state: 'in_review' })
  })

  it('says it in French to a French admin', async () => {
    const id = await draft({ slug: 'sans-titre', topic: 'regularization' })
    const response = await submit(id, 'fr')
    expect(response.status).toBe(400)
    const body = (await response.json()) as Refusal
    expect(body.errors[0]!.data?.code).toBe('not_ready')
    expect(body.errors[0]!.message).toMatch(/^Pas prêt pour la relecture : /)
  })
})
