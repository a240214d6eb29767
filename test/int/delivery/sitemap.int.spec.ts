import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { recordStatements } from '../../helpers/sqlStatements'
import { CONFERENCES, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue 34 items 4 and 6: `GET /api/sitemap` covers conferences, pages (`limit`, `page`, Payload's
 * list shape), answers per locale (`locale=fr`: the slug a French reader follows, the marker,
 * fallbackFields and previousSlugs), and refuses a bad value with a 400 naming the allowed ones.
 * Fixture (all through transitions): statements bilingual (French approved), renamed (English slug
 * changed after publishing), english-only, and a draft; conferences with French, English only, and a draft.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let bilingual: number
let renamed: number
let englishOnly: number
let draftOnly: number
let summit: number
let englishDay: number
let thirdDay: number
let draftConference: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  const french = async (collection: string, id: number, data: Record<string, unknown>) => {
    await payload.update({
      collection: collection as typeof STATEMENTS,
      data,
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, collection, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer2, collection, id, 'approve_translation')
  }
  bilingual = await draftStatement(payload, staff.editor, 'bilingual')
  await french(STATEMENTS, bilingual, {
    slug: 'enonce-bilingue',
    summary: 'Résumé bilingue',
    title: 'Énoncé bilingue',
  })
  await publishViaWorkflow(payload, staff, STATEMENTS, bilingual)
  renamed = await draftStatement(payload, staff.editor, 'first-name')
  await publishViaWorkflow(payload, staff, STATEMENTS, renamed)
  await payload.update({
    collection: STATEMENTS,
    data: { slug: 'statement-second-name' },
    draft: true,
    id: renamed,
    locale: 'en',
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, STATEMENTS, renamed)
  englishOnly = await draftStatement(payload, staff.editor, 'english-only')
  await publishViaWorkflow(payload, staff, STATEMENTS, englishOnly)
  draftOnly = await draftStatement(payload, staff.editor, 'never-published')
  const conference = async (slug: string, name: string) =>
    (
      await payload.create({
        collection: CONFERENCES,
        data: { name, place: 'Winnipeg', slug, startDate: '2026-06-01' },
        draft: true,
        overrideAccess: false,
        user: staff.editor,
      })
    ).id
  summit = await conference('summit', 'Summit')
  await french(CONFERENCES, summit, { name: 'Sommet', slug: 'sommet' })
  await publishViaWorkflow(payload, staff, CONFERENCES, summit)
  englishDay = await conference('english-day', 'English day')
  await publishViaWorkflow(payload, staff, CONFERENCES, englishDay)
  thirdDay = await conference('third-day', 'Third day')
  await publishViaWorkflow(payload, staff, CONFERENCES, thirdDay)
  draftConference = await conference('not-yet', 'Not yet')
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const json = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return { body: (await response.json()) as Record<string, any>, status: response.status }
}
const keysOf = (doc: Record<string, unknown>) => Object.keys(doc).sort()
const idsOf = (docs: { collection: string; id: number }[]) =>
  docs.map((doc) => [doc.collection, doc.id])

/** What a reader gets for the document itself, in `locale`: the sitemap must say the same. */
const readerView = async (collection: string, id: number, locale: string) =>
  (await json(`/api/${collection}/${id}?locale=${locale}`)).body

describe('GET /api/sitemap (real HTTP)', () => {
  it('lists published statements then conferences (config order, then id), in Payload’s list shape, never drafts', async () => {
    const { body, status } = await json('/api/sitemap')
    expect(status).toBe(200)
    expect({ ...body, docs: idsOf(body.docs) }).toEqual({
      docs: [
        [STATEMENTS, bilingual],
        [STATEMENTS, renamed],
        [STATEMENTS, englishOnly],
        [CONFERENCES, summit],
        [CONFERENCES, englishDay],
        [CONFERENCES, thirdDay],
      ],
      hasNextPage: false,
      hasPrevPage: false,
      limit: 100,
      nextPage: null,
      page: 1,
      prevPage: null,
      totalDocs: 6,
      totalPages: 1,
    })
    expect(
      body.docs.some((doc: any) => [draftOnly, draftConference].includes(doc.id) && doc.updatedAt),
    ).toBe(false)
    for (const doc of body.docs)
      expect(keysOf(doc)).toEqual([
        'collection',
        'fallbackFields',
        'id',
        'previousSlugs',
        'slugs',
        'status',
        'translation',
        'updatedAt',
      ])
    expect(new Set(body.docs.map((doc: any) => doc.status))).toEqual(new Set(['published']))
  })

  it('each entry carries what the document itself tells readers: slugs, marker, fallbackFields and previousSlugs in every locale', async () => {
    const { body } = await json('/api/sitemap')
    const byId = (collection: string, id: number) =>
      body.docs.find((doc: any) => doc.collection === collection && doc.id === id)
    expect(byId(STATEMENTS, bilingual).slugs).toEqual({
      en: 'statement-bilingual',
      fr: 'enonce-bilingue',
    })
    expect(byId(STATEMENTS, englishOnly)).toMatchObject({
      slugs: { en: 'statement-english-only', fr: null },
      translation: { fr: 'coming_soon' },
    })
    expect(byId(CONFERENCES, summit)).toMatchObject({ slugs: { en: 'summit', fr: 'sommet' } })
    expect(byId(CONFERENCES, englishDay)).toMatchObject({
      slugs: { en: 'english-day', fr: null },
      translation: { fr: 'coming_soon' },
    })
    // The English slug changed after publishing: the old one is kept for redirects.
    expect(byId(STATEMENTS, renamed)).toMatchObject({
      previousSlugs: { en: ['statement-first-name'], fr: [] },
      slugs: { en: 'statement-second-name', fr: null },
    })
    for (const entry of body.docs) {
      const doc = await readerView(entry.collection, entry.id, 'fr')
      expect([
        entry.id,
        entry.slugs,
        entry.translation,
        entry.fallbackFields,
        entry.previousSlugs,
      ]).toEqual([
        doc.id,
        doc.alternates,
        { fr: doc.translation.fr },
        doc.translation.fallbackFields,
        doc.previousSlugs,
      ])
      expect(Date.parse(entry.updatedAt)).toBe(Date.parse(doc.updatedAt))
    }
  })

  it('pages: limit=2 gives three pages that together are the whole list; a page across two collections; past the end is empty', async () => {
    const all = idsOf((await json('/api/sitemap')).body.docs)
    const pages = [1, 2, 3].map((page) => json(`/api/sitemap?limit=2&page=${page}`))
    const [one, two, three] = (await Promise.all(pages)).map((page) => page.body)
    expect([...idsOf(one!.docs), ...idsOf(two!.docs), ...idsOf(three!.docs)]).toEqual(all)
    expect(idsOf(two!.docs)).toEqual([
      [STATEMENTS, englishOnly],
      [CONFERENCES, summit],
    ])
    const paging = (page: any) => [
      page.page,
      page.totalPages,
      page.totalDocs,
      page.limit,
      page.hasPrevPage,
      page.hasNextPage,
      page.prevPage,
      page.nextPage,
    ]
    expect([one, two, three].map(paging)).toEqual([
      [1, 3, 6, 2, false, true, null, 2],
      [2, 3, 6, 2, true, true, 1, 3],
      [3, 3, 6, 2, true, false, 2, null],
    ])
    const past = (await json('/api/sitemap?limit=2&page=4')).body
    expect([past.docs, paging(past)]).toEqual([[], [4, 3, 6, 2, true, false, 3, null]])
    const one1000 = (await json('/api/sitemap?limit=1000')).body
    expect([one1000.limit, idsOf(one1000.docs)]).toEqual([1000, all])
  })

  it('reads columns only: a count per collection, then one statement per collection the page reaches (no bodies, no locale tables)', async () => {
    const { statements, stop } = recordStatements(payload)
    const page = await json('/api/sitemap?limit=2&page=2').finally(stop)
    expect(page.body.docs).toHaveLength(2)
    const reads = statements.filter((sql) => !/select count\(\*\)/.test(sql))
    expect(statements.filter((sql) => /select count\(\*\)/.test(sql))).toHaveLength(5)
    expect(reads.map((sql) => /from "(\w+)"/.exec(sql)?.[1])).toEqual([
      'policy_statements',
      'conferences',
    ])
    expect(statements.filter((sql) => /"body"|"summary"|_locales|workflow/.test(sql))).toEqual([])
  })

  it('collection= narrows to one; conferences are covered', async () => {
    const { body } = await json('/api/sitemap?collection=conferences&limit=1&page=2')
    expect([idsOf(body.docs), body.totalDocs, body.totalPages]).toEqual([
      [[CONFERENCES, englishDay]],
      3,
      3,
    ])
  })

  it('locale=fr: the slug a French reader follows (the English one where there is no French), the French marker, fallbackFields and previousSlugs', async () => {
    const { body } = await json('/api/sitemap?locale=fr')
    expect(body.totalDocs).toBe(6)
    for (const entry of body.docs) {
      expect(keysOf(entry)).toEqual([
        'collection',
        'fallbackFields',
        'id',
        'locale',
        'previousSlugs',
        'slug',
        'slugs',
        'status',
        'translation',
        'updatedAt',
      ])
      const doc = await readerView(entry.collection, entry.id, 'fr')
      expect([
        entry.id,
        entry.locale,
        entry.slug,
        entry.slugs,
        entry.translation,
        entry.fallbackFields,
        entry.previousSlugs,
      ]).toEqual([
        doc.id,
        'fr',
        doc.alternates.fr ?? doc.alternates.en,
        doc.alternates,
        doc.translation.fr,
        doc.translation.fallbackFields.fr,
        doc.previousSlugs.fr,
      ])
    }
    const slugs = body.docs.map((entry: any) => [entry.id, entry.slug])
    expect(slugs).toEqual([
      [bilingual, 'enonce-bilingue'],
      [renamed, 'statement-second-name'],
      [englishOnly, 'statement-english-only'],
      [summit, 'sommet'],
      [englishDay, 'english-day'],
      [thirdDay, 'third-day'],
    ])
    expect(
      body.docs.find((entry: any) => entry.id === englishDay && entry.collection === CONFERENCES)
        .translation,
    ).toBe('coming_soon')
  })

  it('locale=en: the English slug, its previous slugs, no marker (English is not a translation)', async () => {
    const { body } = await json('/api/sitemap?locale=en&collection=policy-statements')
    expect(
      body.docs.map((entry: any) => [
        entry.id,
        entry.slug,
        entry.translation,
        entry.fallbackFields,
        entry.previousSlugs,
      ]),
    ).toEqual([
      [bilingual, 'statement-bilingual', null, [], []],
      [renamed, 'statement-second-name', null, [], ['statement-first-name']],
      [englishOnly, 'statement-english-only', null, [], []],
    ])
  })

  it("keeps a collection's read access when paging: a narrower rule goes through find, across Payload's pages", async () => {
    const statementsAccess = payload.collections[STATEMENTS].config.access
    const conferencesAccess = payload.collections[CONFERENCES].config.access
    const [statementsRead, conferencesRead] = [statementsAccess.read, conferencesAccess.read]
    try {
      statementsAccess.read = () => ({ id: { not_equals: renamed } })
      const pages = await Promise.all(
        [1, 2].map((page) => json(`/api/sitemap?limit=2&page=${page}`)),
      )
      expect(pages.map(({ body }) => [idsOf(body.docs), body.totalDocs])).toEqual([
        [
          [
            [STATEMENTS, bilingual],
            [STATEMENTS, englishOnly],
          ],
          5,
        ],
        [
          [
            [CONFERENCES, summit],
            [CONFERENCES, englishDay],
          ],
          5,
        ],
      ])
      // Conferences through find: rows 1–2 of them lie across two of Payload's pages of 2.
      statementsAccess.read = statementsRead
      conferencesAccess.read = () => ({ _status: { equals: 'published' }, id: { greater_than: 0 } })
      const across = await json('/api/sitemap?limit=4&page=2&locale=fr')
      expect(
        across.body.docs.map((entry: any) => [
          entry.collection,
          entry.id,
          entry.slug,
          entry.translation,
        ]),
      ).toEqual([
        [CONFERENCES, englishDay, 'english-day', 'coming_soon'],
        [CONFERENCES, thirdDay, 'third-day', 'coming_soon'],
      ])
      statementsAccess.read = () => false
      expect((await json('/api/sitemap')).body.totalDocs).toBe(3)
    } finally {
      statementsAccess.read = statementsRead
      conferencesAccess.read = conferencesRead
    }
  })
})

describe('an announced statement (coming soon)', () => {
  it('is listed with status coming_soon, as readers get its stub; the others say published', async () => {
    const announced = await draftStatement(payload, staff.editor, 'announced')
    await transitionAs(payload, staff.reviewer, STATEMENTS, announced, 'announce')
    const { body } = await json(`/api/sitemap?collection=${STATEMENTS}&locale=fr`)
    const stub = await readerView(STATEMENTS, announced, 'fr')
    expect(body.docs.map((entry: any) => [entry.id, entry.status])).toEqual([
      [bilingual, 'published'],
      [renamed, 'published'],
      [englishOnly, 'published'],
      [announced, 'coming_soon'],
    ])
    expect([stub.status, body.docs[3].slug]).toEqual(['coming_soon', 'statement-announced'])
  })
})

describe('GET /api/sitemap refuses a bad value with a 400 naming the allowed ones', () => {
  const COLLECTIONS =
    'policy-statements, briefing-notes, infographics, conference-recordings, conferences'
  const cases: [string, string, string, unknown][] = [
    [
      'limit=0',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got "0"): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'limit=abc',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got "abc"): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'limit=5000',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got "5000"): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'limit=1.5',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got "1.5"): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'limit=-1',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got "-1"): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'limit=',
      'invalid_limit',
      'limit must be a whole number from 1 to 1000 (got ""): e.g. limit=100, then page=2 for the next ones.',
      { max: 1000, min: 1 },
    ],
    [
      'page=0',
      'invalid_page',
      'page must be a whole number from 1 (got "0"): page=1 is the first page.',
      { min: 1 },
    ],
    [
      'page=two',
      'invalid_page',
      'page must be a whole number from 1 (got "two"): page=1 is the first page.',
      { min: 1 },
    ],
    [
      'locale=xx',
      'unknown_locale',
      'locale "xx" is not one of en, fr: use locale=en, locale=fr, or leave locale out for every language.',
      ['en', 'fr'],
    ],
    [
      'locale=all',
      'unknown_locale',
      'locale "all" is not one of en, fr: use locale=en, locale=fr, or leave locale out for every language.',
      ['en', 'fr'],
    ],
    [
      'collection=users',
      'unknown_collection',
      `No sitemap for "users": use one of ${COLLECTIONS}, or leave collection out.`,
      COLLECTIONS.split(', '),
    ],
    // Partners are governed but have no slug: no page to list.
    [
      'collection=partners',
      'unknown_collection',
      `No sitemap for "partners": use one of ${COLLECTIONS}, or leave collection out.`,
      COLLECTIONS.split(', '),
    ],
    [
      'size=5&sort=id',
      'unknown_parameter',
      'Unknown query parameter size, sort: the sitemap takes only collection, limit, locale, page.',
      ['collection', 'limit', 'locale', 'page'],
    ],
  ]

  it.each(cases)('%s: 400 %s', async (query, code, message, allowed) => {
    const { body, status } = await json(`/api/sitemap?${query}`)
    expect([status, body.errors[0].data, body.errors[0].message]).toEqual([
      400,
      { allowed, code },
      message,
    ])
  })

  it('in the language the caller asks for', async () => {
    const { body, status } = await json('/api/sitemap?limit=0', { 'accept-language': 'fr' })
    expect([status, body.errors[0].data.code, body.errors[0].message]).toEqual([
      400,
      'invalid_limit',
      'limit doit être un nombre entier de 1 à 1000 (reçu « 0 ») : par exemple limit=100, puis page=2 pour les suivants.',
    ])
  })
})
