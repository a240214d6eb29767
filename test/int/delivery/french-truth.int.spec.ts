import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { paragraph } from '../../helpers/lexical'
import { BRIEFING_NOTES, STATEMENTS } from '../../helpers/slugs'
import {
  createStaff,
  publishViaWorkflow,
  saveDraft,
  type Staff,
  transitionAs,
} from '../../helpers/workflow'

/**
 * The French marker tells the truth on every read path (real HTTP and GraphQL): four documents, one
 * per marker, read as lists, by id, by slug, filtered, in every locale, without fallback, through a
 * relation, and over GraphQL.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
const ids = { approved: 0, coming_soon: 0, outdated: 0, partial: 0 }
let note = 0

const english = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.editor, 'en', id, data)
const french = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.translator, 'fr', id, data)
const approveFrench = async (id: number) => {
  await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
    locale: 'fr',
  })
  await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation', {
    locale: 'fr',
  })
}
const statement = async (name: string) => {
  const { id } = await payload.create({
    collection: STATEMENTS,
    data: {
      body: paragraph(`The ${name} body.`),
      slug: `truth-${name}`,
      summary: `The ${name} summary.`,
      title: `Truth ${name}`,
      topic: 'regularization',
    },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, STATEMENTS, id)
  return id
}

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  ids.approved = await statement('approved')
  await french(ids.approved, {
    body: paragraph('Le corps approuvé.'),
    slug: 'verite-approuvee',
    summary: 'Le résumé approuvé.',
    title: 'Vérité approuvée',
  })
  await approveFrench(ids.approved)
  ids.partial = await statement('partial')
  await french(ids.partial, { slug: 'verite-partielle', title: 'Vérité partielle' })
  await approveFrench(ids.partial)
  ids.coming_soon = await statement('soon')
  ids.outdated = await statement('outdated')
  await french(ids.outdated, {
    body: paragraph('Le corps périmé.'),
    slug: 'verite-perimee',
    summary: 'Le résumé périmé.',
    title: 'Vérité périmée',
  })
  await approveFrench(ids.outdated)
  await english(ids.outdated, { summary: 'The outdated summary, revised.' })
  await publishViaWorkflow(payload, staff, STATEMENTS, ids.outdated)
  ;({ id: note } = await payload.create({
    collection: BRIEFING_NOTES,
    data: { slug: 'truth-note', statement: ids.partial, title: 'Truth note' },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  }))
  await publishViaWorkflow(payload, staff, BRIEFING_NOTES, note)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { body: (await response.json()) as Record<string, any>, status: response.status }
}
const graphql = async (query: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return (await response.json()) as { data: Record<string, any>; errors?: { message: string }[] }
}
const ours = () => `where[id][in]=${Object.values(ids).join(',')}`

/** What each document's French read gives: title, summary, marker, fallback fields. */
const EXPECTED = {
  approved: ['Vérité approuvée', 'Le résumé approuvé.', 'approved', []],
  coming_soon: [
    'Truth soon',
    'The soon summary.',
    'coming_soon',
    ['title', 'slug', 'summary', 'body'],
  ],
  outdated: ['Vérité périmée', 'The outdated summary, revised.', 'outdated', ['summary']],
  partial: ['Vérité partielle', 'The partial summary.', 'partial', ['summary', 'body']],
}
const view = (doc: Record<string, any>) => [
  doc.title,
  doc.summary,
  doc.translation.fr,
  doc.translation.fallbackFields.fr,
]

describe('French markers on every read path (real HTTP)', () => {
  it('a list and a read by id give each document its marker and the fields served in English', async () => {
    const list = await get(`/api/policy-statements?locale=fr&sort=id&${ours()}`)
    expect(list.body.docs.map(view)).toEqual([
      EXPECTED.approved,
      EXPECTED.partial,
      EXPECTED.coming_soon,
      EXPECTED.outdated,
    ])
    for (const [marker, id] of Object.entries(ids))
      expect(view((await get(`/api/policy-statements/${id}?locale=fr`)).body)).toEqual(
        EXPECTED[marker as keyof typeof ids],
      )
  })

  it('by slug: every document with approved French answers at its French slug, the outdated one too; coming_soon at none', async () => {
    const bySlug = async (slug: string) =>
      (await get(`/api/policy-statements?locale=fr&where[slug][equals]=${slug}`)).body.docs.map(
        (doc: any) => doc.id,
      )
    expect(await bySlug('verite-approuvee')).toEqual([ids.approved])
    expect(await bySlug('verite-partielle')).toEqual([ids.partial])
    expect(await bySlug('verite-perimee')).toEqual([ids.outdated])
    expect(await bySlug('truth-soon')).toEqual([])
    expect(
      (await get(`/api/policy-statements/${ids.coming_soon}?locale=fr`)).body.alternates,
    ).toEqual({ en: 'truth-soon', fr: null })
  })

  it('filters on each of the four markers, and on several', async () => {
    for (const [marker, id] of Object.entries(ids)) {
      const { body } = await get(
        `/api/policy-statements?locale=fr&${ours()}&where[translation.fr][equals]=${marker}`,
      )
      expect([marker, body.docs.map((doc: any) => doc.id)]).toEqual([marker, [id]])
    }
    const { body } = await get(
      `/api/policy-statements?locale=fr&sort=id&${ours()}&where[translation.fr][in]=approved,partial`,
    )
    expect(body.docs.map((doc: any) => doc.id)).toEqual([ids.approved, ids.partial])
  })

  it('locale=all holds French only where it is approved for the English now published', async () => {
    const all = async (id: number) => (await get(`/api/policy-statements/${id}?locale=all`)).body
    expect((await all(ids.approved)).summary).toEqual({
      en: 'The approved summary.',
      fr: 'Le résumé approuvé.',
    })
    const fr = (doc: Record<string, any>, field: string) => doc[field].fr ?? null
    const partial = await all(ids.partial)
    expect([fr(partial, 'title'), fr(partial, 'summary'), partial.summary.en]).toEqual([
      'Vérité partielle',
      null,
      'The partial summary.',
    ])
    const outdated = await all(ids.outdated)
    expect([
      fr(outdated, 'title'),
      fr(outdated, 'summary'),
      outdated.summary.en,
      outdated.slug,
    ]).toEqual([
      'Vérité périmée',
      null,
      'The outdated summary, revised.',
      { en: 'truth-outdated', fr: 'verite-perimee' },
    ])
    expect((await all(ids.coming_soon)).title).toEqual({ en: 'Truth soon' })
  })

  it('fallback-locale=none: the fields served in English come back null, the others in French', async () => {
    const { body } = await get(
      `/api/policy-statements?locale=fr&fallback-locale=none&sort=id&${ours()}`,
    )
    expect(body.docs.map((doc: any) => [doc.title, doc.summary, doc.body === null])).toEqual([
      ['Vérité approuvée', 'Le résumé approuvé.', false],
      ['Vérité partielle', null, true],
      [null, null, true],
      ['Vérité périmée', null, false],
    ])
    const byId = (await get(`/api/policy-statements/${ids.partial}?locale=fr&fallback-locale=none`))
      .body
    expect([byId.title, byId.summary, byId.body]).toEqual(['Vérité partielle', null, null])
  })

  it('a populated relation carries its marker and fallback fields, with and without fallback', async () => {
    const linked = (await get(`/api/briefing-notes/${note}?locale=fr&depth=1`)).body.statement
    expect(view(linked)).toEqual(EXPECTED.partial)
    const none = (await get(`/api/briefing-notes/${note}?locale=fr&depth=1&fallback-locale=none`))
      .body.statement
    expect([none.title, none.summary]).toEqual(['Vérité partielle', null])
  })

  it('the sitemap in French: each document at the slug a French reader follows, with its marker and fallback fields', async () => {
    const { body } = await get('/api/sitemap?collection=policy-statements&locale=fr&limit=10')
    const entries = Object.fromEntries(
      body.docs.map((entry: any) => [
        entry.id,
        [entry.slug, entry.translation, entry.fallbackFields],
      ]),
    )
    expect(
      Object.fromEntries(Object.entries(ids).map(([marker, id]) => [marker, entries[id]])),
    ).toEqual({
      approved: ['verite-approuvee', 'approved', []],
      coming_soon: ['truth-soon', 'coming_soon', EXPECTED.coming_soon[3]],
      outdated: ['verite-perimee', 'outdated', ['summary']],
      partial: ['verite-partielle', 'partial', ['summary', 'body']],
    })
  })

  it('GraphQL: the same markers and fallback fields, null without fallback, a filter on partial', async () => {
    const { data, errors } = await graphql(`{
      PolicyStatements(locale: fr, fallbackLocale: none, sort: "id", where: { id: { greater_than_equal: ${ids.approved} } }) {
        docs { title summary translation { fr fallbackFields } }
      }
    }`)
    expect(errors).toBeUndefined()
    expect(data.PolicyStatements.docs).toEqual([
      {
        summary: 'Le résumé approuvé.',
        title: 'Vérité approuvée',
        translation: { fallbackFields: { fr: [] }, fr: 'approved' },
      },
      {
        summary: null,
        title: 'Vérité partielle',
        translation: { fallbackFields: { fr: ['summary', 'body'] }, fr: 'partial' },
      },
      {
        summary: null,
        title: null,
        translation: {
          fallbackFields: { fr: ['title', 'slug', 'summary', 'body'] },
          fr: 'coming_soon',
        },
      },
      {
        summary: null,
        title: 'Vérité périmée',
        translation: { fallbackFields: { fr: ['summary'] }, fr: 'outdated' },
      },
    ])
    const filtered = await graphql(
      `{ PolicyStatements(locale: fr, where: { translation__fr: { in: [partial, outdated] }, id: { greater_than_equal: ${ids.approved} } }, sort: "id") { docs { id } } }`,
    )
    expect(filtered.data.PolicyStatements.docs.map((doc: any) => doc.id)).toEqual([
      ids.partial,
      ids.outdated,
    ])
  })
})
