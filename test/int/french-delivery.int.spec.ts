import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { latestVersionOf } from '../../src/operations/latestVersion'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import {
  createStaff,
  publishViaWorkflow,
  saveDraft,
  type Staff,
  transitionAs,
} from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

/**
 * Anonymous readers get French field by field: a field's French only when it is approved for the
 * English of that field now published; otherwise that field in English (named in
 * `translation.fallbackFields.fr`), or null with `fallback-locale=none`. `translation.fr` sums it up:
 * approved | partial | coming_soon | outdated. Each scenario is read through every read path at once
 * (see readerView).
 */
let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
})
afterAll(async () => ctx?.cleanup())

const french = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.translator, 'fr', id, data)
const english = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.editor, 'en', id, data)
const approveFrench = async (id: number) => {
  await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
    locale: 'fr',
  })
  await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation', {
    locale: 'fr',
  })
}
/** A published English statement (no French yet). */
const published = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await publishViaWorkflow(payload, staff, STATEMENTS, id)
  return id
}

const json = async (path: string) => (await api.get(path)).json() as Promise<Record<string, any>>
const graphql = async (query: string) =>
  ((await (await api.graphql(query)).json()) as { data: Record<string, any>; errors?: unknown })
    .data

/** What an anonymous reader gets for one document through each read path, in French. */
const readerView = async (id: number, frenchTitle: string) => {
  const list = await json(`/api/policy-statements?locale=fr&where[id][equals]=${id}`)
  const byId = await json(`/api/policy-statements/${id}?locale=fr`)
  const noFallback = await json(`/api/policy-statements/${id}?locale=fr&fallback-locale=none`)
  const draft = await json(`/api/policy-statements/${id}?locale=fr&draft=true`)
  const all = await json(`/api/policy-statements/${id}?locale=all`)
  const star = await json(`/api/policy-statements/${id}?locale=*`)
  const byFrenchTitle = await json(
    `/api/policy-statements?locale=fr&where[title][equals]=${encodeURIComponent(frenchTitle)}`,
  )
  // Apart: Payload's GraphQL resolvers set the fallback locale on the request all of a query's fields share.
  const { one } = await graphql(
    `{ one: PolicyStatement(id: ${id}, locale: fr, fallbackLocale: none) { title summary translation { fr } } }`,
  )
  const gql = await graphql(`{
    many: PolicyStatements(locale: fr, where: { id: { equals: ${id} } }) { docs { title translation { fr } } }
    drafts: PolicyStatements(locale: fr, draft: true, where: { id: { equals: ${id} } }) { docs { title } }
    found: PolicyStatements(locale: fr, where: { title: { equals: ${JSON.stringify(frenchTitle)} } }) { totalDocs }
  }`)
  return {
    all: all.title,
    byFrenchTitle: byFrenchTitle.totalDocs,
    byId: [byId.title, byId.summary, byId.translation],
    draft: draft.title,
    graphql: [
      one.title,
      one.summary,
      one.translation.fr,
      gql.many.docs[0].title,
      gql.drafts.docs[0].title,
      gql.found.totalDocs,
    ],
    list: [list.docs[0].title, list.docs[0].translation],
    noFallback: [noFallback.title, noFallback.summary],
    progress: byId.translationProgress.fr,
    star: star.title,
  }
}

describe('French delivery to anonymous readers, on every read path (REST route handlers and GraphQL)', () => {
  it('coming_soon: an unapproved French draft, even submitted, never reaches readers', async () => {
    const id = await published('soon')
    await french(id, { summary: 'Résumé brouillon', title: 'Titre brouillon' })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation', {
      locale: 'fr',
    })
    // An English republication copies the French draft in Payload; the plugin takes it back out.
    await english(id, { summary: 'Approved text soon, revised' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const english_ = ['Statement soon', 'Approved text soon, revised']
    const marker = { fallbackFields: { fr: ['title', 'slug', 'summary'] }, fr: 'coming_soon' }
    expect(await readerView(id, 'Titre brouillon')).toEqual({
      all: { en: 'Statement soon' },
      byFrenchTitle: 0,
      byId: [...english_, marker],
      draft: 'Statement soon',
      graphql: [null, null, 'coming_soon', 'Statement soon', 'Statement soon', 0],
      list: ['Statement soon', marker],
      noFallback: [null, null],
      progress: { approved: 0, missing: 6, outdated: 0, total: 6 },
      star: { en: 'Statement soon' },
    })
  })

  it('approved: approving French on a live document serves it at once; shared fields stay as published', async () => {
    const id = await published('approved')
    await french(id, { summary: 'Résumé approuvé', title: 'Titre approuvé' })
    // A pending edit of a shared (non-localized) field must not go live with the French.
    await english(id, { topic: 'employment-rights' })
    await approveFrench(id)
    const french_ = ['Titre approuvé', 'Résumé approuvé']
    expect(await readerView(id, 'Titre approuvé')).toEqual({
      all: { en: 'Statement approved', fr: 'Titre approuvé' },
      byFrenchTitle: 1,
      byId: [...french_, { fallbackFields: { fr: [] }, fr: 'approved' }],
      draft: 'Titre approuvé',
      graphql: [...french_, 'approved', 'Titre approuvé', 'Titre approuvé', 1],
      list: ['Titre approuvé', { fallbackFields: { fr: [] }, fr: 'approved' }],
      noFallback: french_,
      // title, slug (filled from the French title) and summary; body, recommendations, PDF have no French.
      progress: { approved: 3, missing: 3, outdated: 0, total: 6 },
      star: { en: 'Statement approved', fr: 'Titre approuvé' },
    })
    const shared = await json(`/api/policy-statements/${id}?locale=en`)
    expect([shared.topic, shared.summary]).toEqual(['regularization', 'Approved text approved'])
  })

  it('outdated: a changed English field republished is served in English; unchanged fields keep their approved French', async () => {
    const id = await published('stale')
    await french(id, { summary: 'Résumé périmé', title: 'Titre périmé' })
    await approveFrench(id)
    await english(id, { summary: 'New English summary' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const marker = { fallbackFields: { fr: ['summary'] }, fr: 'outdated' }
    expect(await readerView(id, 'Titre périmé')).toEqual({
      all: { en: 'Statement stale', fr: 'Titre périmé' },
      byFrenchTitle: 1,
      byId: ['Titre périmé', 'New English summary', marker],
      draft: 'Titre périmé',
      graphql: ['Titre périmé', null, 'outdated', 'Titre périmé', 'Titre périmé', 1],
      list: ['Titre périmé', marker],
      noFallback: ['Titre périmé', null],
      progress: { approved: 2, missing: 3, outdated: 1, total: 6 },
      star: { en: 'Statement stale', fr: 'Titre périmé' },
    })
  })

  it('partial: approved French with gaps says which fields a French read serves in English', async () => {
    const id = await published('gaps')
    await english(id, { recommendations: [{ text: 'Recommendation one' }] })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await french(id, { title: 'Titre sans corps' })
    await approveFrench(id)
    const doc = await json(`/api/policy-statements/${id}?locale=fr`)
    const none = await json(`/api/policy-statements/${id}?locale=fr&fallback-locale=none`)
    expect([doc.title, doc.summary, doc.translation]).toEqual([
      'Titre sans corps',
      'Approved text gaps',
      { fallbackFields: { fr: ['summary', 'recommendations'] }, fr: 'partial' },
    ])
    expect([none.title, none.summary, none.recommendations ?? null]).toEqual([
      'Titre sans corps',
      null,
      null,
    ])
    const partial = await json(
      `/api/policy-statements?locale=fr&where[translation.fr][equals]=partial&where[id][equals]=${id}`,
    )
    const gql = await graphql(
      `{ PolicyStatements(locale: fr, where: { translation__fr: { equals: partial }, id: { equals: ${id} } }) { docs { title translation { fr fallbackFields } } } }`,
    )
    expect([partial.totalDocs, gql.PolicyStatements.docs]).toEqual([
      1,
      [
        {
          title: 'Titre sans corps',
          translation: { fallbackFields: { fr: ['summary', 'recommendations'] }, fr: 'partial' },
        },
      ],
    ])
  })
})

describe('No French URL breaks', () => {
  const bySlug = async (slug: string) =>
    (await json(`/api/policy-statements?locale=fr&where[slug][equals]=${slug}`)).docs.map(
      (doc: Record<string, any>) => [doc.title, doc.translation.fr],
    )

  it('an English title and slug change republished: the French slug keeps answering (English title, outdated) until a new French slug is approved; the old one is then listed in previousSlugs', async () => {
    const id = await published('address')
    await french(id, { slug: 'adresse', summary: 'Résumé', title: 'Adresse' })
    await approveFrench(id)
    await english(id, { slug: 'address-renamed', title: 'Address renamed' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await bySlug('adresse')).toEqual([['Address renamed', 'outdated']])
    const after = await json(`/api/policy-statements/${id}?locale=fr`)
    expect([
      after.slug,
      after.summary,
      after.alternates,
      after.previousSlugs,
      after.translation.fallbackFields,
    ]).toEqual([
      'adresse',
      'Résumé',
      { en: 'address-renamed', fr: 'adresse' },
      { en: ['statement-address'], fr: [] },
      { fr: ['title'] },
    ])
    await french(id, { slug: 'adresse-renommee', title: 'Adresse renommée' })
    await approveFrench(id)
    expect(await bySlug('adresse')).toEqual([])
    expect(await bySlug('adresse-renommee')).toEqual([['Adresse renommée', 'approved']])
    const renamed = await json(`/api/policy-statements/${id}?locale=fr`)
    expect([renamed.alternates, renamed.previousSlugs]).toEqual([
      { en: 'address-renamed', fr: 'adresse-renommee' },
      { en: ['statement-address'], fr: ['adresse'] },
    ])
    const gql = await graphql(
      `{ PolicyStatement(id: ${id}, locale: fr) { previousSlugs alternates } }`,
    )
    expect(gql.PolicyStatement).toEqual({
      alternates: renamed.alternates,
      previousSlugs: renamed.previousSlugs,
    })
  })
})

/** The French title and marker readers get, by id over REST. */
const served = async (id: number) => {
  const doc = await json(`/api/policy-statements/${id}?locale=fr&fallback-locale=none`)
  return [doc.title, doc.translation.fr]
}

describe('French delivery across write paths (Local API transitions, scheduled-publish job)', () => {
  it('a translation reopened after approval: readers keep the approved French through English republications', async () => {
    const id = await published('reopened')
    await french(id, { title: 'Titre approuvé (rouvert)' })
    await approveFrench(id)
    await french(id, { title: 'Titre en cours' })
    await english(id, { topic: 'employment-rights' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    // The English summary has no French: partial.
    expect(await served(id)).toEqual(['Titre approuvé (rouvert)', 'partial'])
    expect(
      (await json(`/api/policy-statements?locale=fr&where[title][equals]=Titre%20en%20cours`))
        .totalDocs,
    ).toBe(0)
  })

  it('French approved for an English draft waits for that English to be published', async () => {
    const id = await published('ahead')
    await english(id, { summary: 'Next English summary' })
    await french(id, { summary: 'Prochain résumé', title: 'Titre en avance' })
    await approveFrench(id)
    // The title's French was made from the English title readers have; the summary's from an English not yet published.
    expect(await served(id)).toEqual(['Titre en avance', 'outdated'])
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await served(id)).toEqual(['Titre en avance', 'approved'])
  })

  it("Payload's scheduled-publish job publishes the approved French with the English", async () => {
    const id = await draftStatement(payload, staff.editor, 'scheduled-fr')
    await french(id, { title: 'Titre programmé' })
    await approveFrench(id)
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1000),
    })
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await payload.jobs.run({ queue: 'default' })
    expect(await served(id)).toEqual(['Titre programmé', 'partial'])
  })

  it('a publish keeps the French draft in its new version, out of readers’ sight (publish transition, then scheduled-publish job)', async () => {
    const id = await published('kept-draft')
    await french(id, { summary: 'Résumé en cours', title: 'Titre en cours de traduction' })
    // What staff work on next (the latest version), and what is stored in the published row.
    const kept = async () => {
      const { docs } = await payload.findVersions({
        ...latestVersionOf(id),
        collection: STATEMENTS,
        locale: 'all',
      })
      const row = await payload.findByID({ collection: STATEMENTS, depth: 0, id, locale: 'all' })
      const version = docs[0]!.version as unknown as Record<string, Record<string, string>>
      return {
        row: [row.title, row.summary, row.translation?.fr],
        version: [version._status, version.title!.fr, version.summary!.fr],
      }
    }
    await english(id, { summary: 'English, first republication' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    // The published version, then a draft version after it with the same text: draft reads serve the French in progress.
    expect(await kept()).toEqual({
      row: [{ en: 'Statement kept-draft' }, { en: 'English, first republication' }, 'coming_soon'],
      version: ['draft', 'Titre en cours de traduction', 'Résumé en cours'],
    })
    expect(
      (
        await payload.findByID({
          collection: STATEMENTS,
          depth: 0,
          draft: true,
          fallbackLocale: false,
          id,
          locale: 'fr',
        })
      ).title,
    ).toBe('Titre en cours de traduction')
    await english(id, { summary: 'English, scheduled republication' })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1000),
    })
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await payload.jobs.run({ queue: 'default' })
    expect(await kept()).toEqual({
      row: [
        { en: 'Statement kept-draft' },
        { en: 'English, scheduled republication' },
        'coming_soon',
      ],
      version: ['draft', 'Titre en cours de traduction', 'Résumé en cours'],
    })
    expect(
      (
        await payload.findByID({
          collection: STATEMENTS,
          depth: 0,
          draft: true,
          fallbackLocale: false,
          id,
          locale: 'fr',
        })
      ).title,
    ).toBe('Titre en cours de traduction')
  })

  it('staff read the published document as readers do, and drafts with draft=true', async () => {
    const id = await published('staff-view')
    await french(id, { title: 'Titre non approuvé' })
    const asStaff = {
      depth: 0,
      fallbackLocale: false as const,
      id,
      locale: 'fr' as const,
      overrideAccess: false,
      user: staff.reviewer,
    }
    const live = await payload.findByID({ collection: STATEMENTS, ...asStaff })
    const draft = await payload.findByID({ collection: STATEMENTS, ...asStaff, draft: true })
    expect([live.title ?? null, live.translation?.fr, draft.title]).toEqual([
      null,
      'coming_soon',
      'Titre non approuvé',
    ])
  })

  it('a marker sent by a client is dropped: only publication and approval set what readers get', async () => {
    const id = await published('forged-marker')
    await english(id, {
      alternates: { en: 'x', fr: 'y' },
      summary: 'Edited',
      translation: { fr: 'approved' },
      translationProgress: { fr: { approved: 9 } },
    })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const doc = await json(`/api/policy-statements/${id}?locale=fr`)
    expect([
      doc.translation,
      doc.alternates,
      doc.translationProgress.fr.approved,
      doc.summary,
    ]).toEqual([
      { fallbackFields: { fr: ['title', 'slug', 'summary'] }, fr: 'coming_soon' },
      { en: 'statement-forged-marker', fr: null },
      0,
      'Edited',
    ])
  })
})
