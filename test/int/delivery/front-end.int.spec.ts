import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { recordStatements } from '../../helpers/sqlStatements'
import { paragraph } from '../../helpers/lexical'
import { BRIEFING_NOTES, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/** Issue [4/6] item 2: what front ends need beyond Payload's reads, over real HTTP. */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let bilingual: number
let englishOnly: number
let draftOnly: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  bilingual = await draftStatement(payload, staff.editor, 'bilingual')
  await payload.update({
    collection: STATEMENTS,
    data: { body: paragraph('A long English body.') },
    draft: true,
    id: bilingual,
    overrideAccess: false,
    user: staff.editor,
  })
  await payload.update({
    collection: STATEMENTS,
    data: { title: 'Énoncé bilingue' },
    draft: true,
    id: bilingual,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })
  await transitionAs(payload, staff.translator, STATEMENTS, bilingual, 'submit_translation')
  await transitionAs(payload, staff.reviewer2, STATEMENTS, bilingual, 'approve_translation')
  await publishViaWorkflow(payload, staff, STATEMENTS, bilingual)
  englishOnly = await draftStatement(payload, staff.editor, 'english-only')
  await publishViaWorkflow(payload, staff, STATEMENTS, englishOnly)
  draftOnly = await draftStatement(payload, staff.editor, 'never-published')
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const json = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { body: (await response.json()) as Record<string, any>, status: response.status }
}

describe('front-end conveniences (real HTTP)', () => {
  it('fetches by slug in each locale, with the other language’s slug and the marker on the document', async () => {
    const fr = await json('/api/policy-statements?locale=fr&where[slug][equals]=enonce-bilingue')
    const en = await json(
      '/api/policy-statements?locale=en&where[slug][equals]=statement-bilingual',
    )
    expect(
      fr.body.docs.map((doc: any) => [doc.id, doc.title, doc.alternates, doc.translation]),
    ).toEqual([
      [
        bilingual,
        'Énoncé bilingue',
        { en: 'statement-bilingual', fr: 'enonce-bilingue' },
        { fallbackFields: { fr: ['summary', 'body'] }, fr: 'partial' },
      ],
    ])
    expect(en.body.docs.map((doc: any) => [doc.id, doc.title, doc.alternates])).toEqual([
      [bilingual, 'Statement bilingual', { en: 'statement-bilingual', fr: 'enonce-bilingue' }],
    ])
  })

  it('a document without approved French has no French slug: front ends link to the English page', async () => {
    const doc = await json(`/api/policy-statements/${englishOnly}?locale=fr`)
    expect([doc.body.title, doc.body.alternates, doc.body.translation]).toEqual([
      'Statement english-only',
      { en: 'statement-english-only', fr: null },
      { fallbackFields: { fr: ['title', 'slug', 'summary'] }, fr: 'coming_soon' },
    ])
    const byEnglishSlugInFrench = await json(
      '/api/policy-statements?locale=fr&where[slug][equals]=statement-english-only',
    )
    expect(byEnglishSlugInFrench.body.totalDocs).toBe(0)
  })

  it('a select returns the id and the fields it names, down into a group, and nothing else; the id stays when a select leaves it out (REST and Local API)', async () => {
    const expected = [
      { id: bilingual, slug: 'statement-bilingual', translation: { fr: 'partial' } },
      { id: englishOnly, slug: 'statement-english-only', translation: { fr: 'coming_soon' } },
    ]
    const rest = await json(
      '/api/policy-statements?locale=en&select[slug]=true&select[translation][fr]=true&sort=createdAt',
    )
    const local = await payload.find({
      collection: STATEMENTS,
      locale: 'en',
      overrideAccess: false,
      select: { slug: true, translation: { fr: true } },
      sort: 'createdAt',
    })
    expect([rest.status, rest.body.docs, local.docs]).toEqual([200, expected, expected])
    // Payload never drops a document's id, even when a select leaves it out.
    const withoutId = await json(
      '/api/policy-statements?locale=en&select[id]=false&where[slug][equals]=statement-bilingual',
    )
    expect(withoutId.body.docs.map((doc: any) => [doc.id, doc.slug])).toEqual([
      [bilingual, 'statement-bilingual'],
    ])
  })

  it('filters on the marker and the counts: REST where and GraphQL get the same documents', async () => {
    const ids = async (where: string) =>
      (await json(`/api/policy-statements?locale=fr&sort=id&${where}`)).body.docs.map(
        (doc: any) => doc.id,
      )
    // French title and slug approved; the English summary and body have no French.
    expect(await ids('where[translation.fr][equals]=partial')).toEqual([bilingual])
    expect(await ids('where[translation.fr][in]=approved,coming_soon')).toEqual([englishOnly])
    // Six translatable fields; the approved French has a title and a slug.
    const progress = (await json(`/api/policy-statements/${bilingual}?locale=fr`)).body
      .translationProgress
    expect(progress).toEqual({ fr: { approved: 2, missing: 4, outdated: 0, total: 6 } })
    expect(await ids('where[translationProgress.fr.missing][equals]=4')).toEqual([bilingual])
    expect(await ids('where[translationProgress.fr.approved][not_equals]=0')).toEqual([bilingual])
    expect(
      await ids('where[or][0][translationProgress.fr.missing][in]=5,6&where[or][1][id][equals]=0'),
    ).toEqual([englishOnly])
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query:
          '{ PolicyStatements(locale: fr, sort: "id") { docs { id alternates translation { fr } translationProgress } } }',
      }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { data } = (await response.json()) as {
      data: { PolicyStatements: { docs: Record<string, unknown>[] } }
    }
    expect(data.PolicyStatements.docs).toEqual([
      {
        alternates: { en: 'statement-bilingual', fr: 'enonce-bilingue' },
        id: bilingual,
        translation: { fr: 'partial' },
        translationProgress: progress,
      },
      expect.objectContaining({
        alternates: { en: 'statement-english-only', fr: null },
        id: englishOnly,
        translation: { fr: 'coming_soon' },
      }),
    ])
  })

  it('GraphQL reads the reader fields only when the query names them, fragments and aliases included (real HTTP)', async () => {
    const { statements, stop } = recordStatements(payload)
    const graphql = async (body: string) => {
      const response = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query: body }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return ((await response.json()) as { data: Record<string, any> }).data
    }
    const readerColumns = /"translation_fr"|"alternates"|"translation_progress"/
    try {
      const plain = await graphql(
        `{ PolicyStatements(locale: fr, sort: "id") { docs { id title } } PolicyStatement(id: ${bilingual}, locale: fr) { slug } }`,
      )
      expect([plain.PolicyStatements.docs, plain.PolicyStatement]).toEqual([
        [
          { id: bilingual, title: 'Énoncé bilingue' },
          { id: englishOnly, title: 'Statement english-only' },
        ],
        { slug: 'enonce-bilingue' },
      ])
      expect(
        statements.filter((sql) => sql.includes('"policy_statements"') && readerColumns.test(sql)),
      ).toEqual([])
      // Filtering and sorting on a reader field it does not name still work.
      const filtered = await graphql(
        '{ PolicyStatements(locale: fr, where: { translation__fr: { equals: partial } }) { docs { id } } }',
      )
      const sorted = await graphql(
        '{ PolicyStatements(locale: fr, sort: "translation.fr") { docs { id } } }',
      )
      expect([filtered.PolicyStatements.docs, sorted.PolicyStatements.docs]).toEqual([
        [{ id: bilingual }],
        [{ id: bilingual }, { id: englishOnly }],
      ])
      statements.length = 0
      // Named through a fragment by one alias, not by the other: each read gets what it names.
      const mixed =
        await graphql(`fragment Link on PolicyStatement { alternates translation { fr } }
        { named: PolicyStatements(locale: fr, sort: "id") { docs { id ...Link } } bare: PolicyStatements(locale: fr, sort: "id") { docs { id } }
          one: PolicyStatement(id: ${bilingual}, locale: fr) { ... on PolicyStatement { translationProgress } } }`)
      expect(
        mixed.named.docs.map((doc: any) => [doc.id, doc.alternates.fr, doc.translation.fr]),
      ).toEqual([
        [bilingual, 'enonce-bilingue', 'partial'],
        [englishOnly, null, 'coming_soon'],
      ])
      expect([mixed.bare.docs, mixed.one.translationProgress.fr.total]).toEqual([
        [{ id: bilingual }, { id: englishOnly }],
        6,
      ])
      expect(statements.filter((sql) => readerColumns.test(sql))).toHaveLength(2)
    } finally {
      stop()
    }
  })

  it('a comparison the counts do not support is a 400 unsupported_operator, not a 500', async () => {
    const refused = await json(
      '/api/policy-statements?locale=fr&where[translationProgress.fr.missing][greater_than]=0',
    )
    expect([refused.status, refused.body.errors[0].data.code]).toEqual([
      400,
      'unsupported_operator',
    ])
  })

  it('GET /api/sitemap lists published slugs in both locales, one statement per collection, never the bodies', async () => {
    const { statements, stop } = recordStatements(payload)
    const sitemap = await json('/api/sitemap').finally(stop)
    expect(sitemap.status).toBe(200)
    const statementsEntries = sitemap.body.docs.filter((doc: any) => doc.collection === STATEMENTS)
    const marker = async (id: number) =>
      (await json(`/api/policy-statements/${id}?locale=fr`)).body.translation.fr
    expect(
      statementsEntries.map((doc: any) => [
        doc.id,
        doc.slugs,
        doc.translation,
        typeof doc.updatedAt,
      ]),
    ).toEqual([
      [
        bilingual,
        { en: 'statement-bilingual', fr: 'enonce-bilingue' },
        { fr: await marker(bilingual) },
        'string',
      ],
      [englishOnly, { en: 'statement-english-only', fr: null }, { fr: 'coming_soon' }, 'string'],
    ])
    expect(
      sitemap.body.docs.some((doc: any) => doc.id === draftOnly && doc.collection === STATEMENTS),
    ).toBe(false)
    // A count per collection with slugs (five), then one read of the only collection with published rows, reading only the public columns.
    expect(statements.filter((sql) => /select count\(\*\)/.test(sql))).toHaveLength(5)
    expect(statements.filter((sql) => !/select count\(\*\)/.test(sql))).toHaveLength(1)
    expect(statements.filter((sql) => /"body"|"summary"|_locales|workflow/.test(sql))).toEqual([])
  })

  it("the sitemap keeps a collection's read access: a narrower rule goes through find, a refusal leaves the collection out", async () => {
    const access = payload.collections[STATEMENTS].config.access
    const read = access.read
    try {
      access.read = () => ({ id: { equals: englishOnly } })
      const narrowed = await json(`/api/sitemap?collection=${STATEMENTS}`)
      access.read = () => false
      const refused = await json(`/api/sitemap?collection=${STATEMENTS}`)
      expect([
        narrowed.status,
        narrowed.body.docs.map((doc: any) => [doc.id, doc.slugs, doc.translation]),
      ]).toEqual([
        200,
        [[englishOnly, { en: 'statement-english-only', fr: null }, { fr: 'coming_soon' }]],
      ])
      expect([refused.status, refused.body.docs, refused.body.totalDocs]).toEqual([200, [], 0])
    } finally {
      access.read = read
    }
  })

  it('the sitemap takes one collection, and refuses an unknown one or parameter with 400', async () => {
    const one = await json('/api/sitemap?collection=briefing-notes')
    const unknown = await json('/api/sitemap?collection=users')
    const extra = await json('/api/sitemap?size=5')
    expect([one.status, one.body.docs]).toEqual([200, []])
    // Paging, locale and every refusal: test/int/delivery/sitemap.int.spec.ts.
    expect([
      unknown.status,
      unknown.body.errors[0].data.code,
      unknown.body.errors[0].message,
    ]).toEqual([
      400,
      'unknown_collection',
      'No sitemap for "users": use one of policy-statements, briefing-notes, infographics, conference-recordings, conferences, or leave collection out.',
    ])
    expect([extra.status, extra.body.errors[0].data.code, extra.body.errors[0].message]).toEqual([
      400,
      'unknown_parameter',
      'Unknown query parameter size: the sitemap takes only collection, limit, locale, page.',
    ])
  })

  it('a populated document carries what a link needs, the marker, and the page-only fields only when asked (REST, Local API, GraphQL)', async () => {
    const { id: note } = await payload.create({
      collection: BRIEFING_NOTES,
      data: { slug: 'note-linked', statement: bilingual, title: 'Note linked' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, BRIEFING_NOTES, note)
    const link = (doc: any) => [
      doc.id,
      doc.slug,
      doc.title,
      doc.translation,
      'alternates' in doc,
      'translationProgress' in doc,
    ]
    // REST: the statement's join at depth 1; the statement itself keeps every reader field.
    const statement = (await json(`/api/policy-statements/${bilingual}?locale=fr&depth=1`)).body
    expect([statement.alternates, statement.translationProgress.fr.total]).toEqual([
      { en: 'statement-bilingual', fr: 'enonce-bilingue' },
      6,
    ])
    expect(statement.briefingNotes.docs.map(link)).toEqual([
      [
        note,
        'note-linked',
        'Note linked',
        { fallbackFields: { fr: ['title', 'slug'] }, fr: 'coming_soon' },
        false,
        false,
      ],
    ])
    // Local API, as a reader: the note's relationship to its statement.
    const { docs } = await payload.find({
      collection: BRIEFING_NOTES,
      depth: 1,
      locale: 'fr',
      overrideAccess: false,
      where: { id: { equals: note } },
    })
    expect(link(docs[0]!.statement)).toEqual([
      bilingual,
      'enonce-bilingue',
      'Énoncé bilingue',
      { fallbackFields: { fr: ['summary', 'body'] }, fr: 'partial' },
      false,
      false,
    ])
    // Asked for: Payload's populate parameter.
    const asked = (
      await json(
        `/api/policy-statements/${bilingual}?locale=fr&depth=1&populate[briefing-notes][slug]=true&populate[briefing-notes][alternates]=true`,
      )
    ).body
    expect(asked.briefingNotes.docs).toEqual([
      { alternates: { en: 'note-linked', fr: null }, id: note, slug: 'note-linked' },
    ])
    // GraphQL returns the fields a query names.
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query: `{ PolicyStatement(id: ${bilingual}, locale: fr) { briefingNotes { docs { slug alternates translation { fr } } } } }`,
      }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { data } = (await response.json()) as {
      data: { PolicyStatement: { briefingNotes: { docs: unknown[] } } }
    }
    expect(data.PolicyStatement.briefingNotes.docs).toEqual([
      {
        alternates: { en: 'note-linked', fr: null },
        slug: 'note-linked',
        translation: { fr: 'coming_soon' },
      },
    ])
  })
})
