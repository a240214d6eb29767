import type { SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { planDelivery, sourceHashesOf } from '../../src/operations/planDelivery'
import { sanitizeOptions } from '../../src/types'
import { decideDelivery } from '../../src/workflow/delivery'

const NAMES = ['title', 'summary', 'body']
const SOURCE = { body: 'b1', summary: 's1', title: 't1' }

describe('decideDelivery', () => {
  const ENGLISH = { body: 'Body', summary: 'Summary', title: 'Title' }
  const decide = (
    candidate: Parameters<typeof decideDelivery>[0]['candidate'],
    everApproved = true,
    source: Record<string, unknown> = ENGLISH,
  ) => decideDelivery({ candidate, everApproved, names: NAMES, source, sourceHashes: SOURCE })

  it('approved: every field with English content has approved French made from exactly that English', () => {
    const values = { body: 'Corps', summary: 'Résumé', title: 'Titre' }
    expect(decide({ hashes: SOURCE, values })).toEqual({
      delivery: 'approved',
      fallbackFields: [],
      progress: { approved: 3, missing: 0, outdated: 0, total: 3 },
      values,
    })
  })

  it('partial: approved French with a gap names the fields a French read serves in English', () => {
    const values = { body: null, summary: 'Résumé', title: 'Titre' }
    expect(decide({ hashes: SOURCE, values })).toEqual({
      delivery: 'partial',
      fallbackFields: ['body'],
      progress: { approved: 2, missing: 1, outdated: 0, total: 3 },
      values: { summary: 'Résumé', title: 'Titre' },
    })
  })

  it('a field with no English content is nothing to translate: the rest translated is approved', () => {
    expect(
      decide({ hashes: SOURCE, values: { summary: 'Résumé', title: 'Titre' } }, true, {
        ...ENGLISH,
        body: '',
      }).delivery,
    ).toBe('approved')
  })

  it('outdated, field by field: a field whose English changed is served in English, the others keep their French', () => {
    const values = { body: 'Corps', summary: 'Résumé', title: 'Titre' }
    expect(decide({ hashes: { ...SOURCE, summary: 's0' }, values })).toEqual({
      delivery: 'outdated',
      fallbackFields: ['summary'],
      progress: { approved: 2, missing: 0, outdated: 1, total: 3 },
      values: { body: 'Corps', title: 'Titre' },
    })
  })

  it('an English change in a field never translated does not outdate the French', () => {
    const decision = decide({
      hashes: { ...SOURCE, body: 'b0' },
      values: { summary: 'Résumé', title: 'Titre' },
    })
    expect([decision.delivery, decision.fallbackFields]).toEqual(['partial', ['body']])
  })

  it('approved French that is empty: coming_soon', () => {
    expect(decide({ hashes: SOURCE, values: {} }, false).delivery).toBe('coming_soon')
  })

  it('with no approved text: coming_soon, or outdated when a translation was approved before; all fields in English', () => {
    const none = { approved: 0, missing: 3, outdated: 0, total: 3 }
    expect(decide(null, false)).toEqual({
      delivery: 'coming_soon',
      fallbackFields: NAMES,
      progress: none,
      values: {},
    })
    expect(decide(null, true)).toEqual({
      delivery: 'outdated',
      fallbackFields: NAMES,
      progress: none,
      values: {},
    })
  })
})

describe('planDelivery: what a publish stores in the row, from the document Payload is about to write', () => {
  const fields = [
    { name: 'title', type: 'text', localized: true },
    { name: 'slug', type: 'text', localized: true },
    { name: 'topic', type: 'text' },
  ]
  // Top-level fields only: flattened, they are the same.
  const collection = {
    fields,
    flattenedFields: fields,
    slug: 'fixtures',
  } as unknown as SanitizedCollectionConfig
  const plan = { collection, options: sanitizeOptions({ collections: ['fixtures' as never] }) }
  const english = { slug: { en: 'housing' }, title: { en: 'Housing' }, topic: 'rights' }
  const withFrench = {
    slug: { en: 'housing', fr: 'logement' },
    title: { en: 'Housing', fr: 'Logement' },
    topic: 'rights',
  }
  const translation = (
    status: string,
    hashes: Record<string, string>,
    approvedBy: null | number = null,
  ) => ({
    translationWorkflow: {
      fr: { approvedBy, approvedHashes: hashes, sourceHashes: hashes, status },
    },
  })

  it('an unapproved French draft is taken out of the row, every translatable field, with coming_soon', () => {
    const row = { ...withFrench, ...translation('in_review', {}) }
    expect(planDelivery(plan, { before: null, draft: row, row })).toEqual({
      markers: {
        alternates: { en: 'housing', fr: null },
        previousSlugs: { en: [], fr: [] },
        translation: { fallbackFields: { fr: ['title', 'slug'] }, fr: 'coming_soon' },
        translationProgress: { fr: { approved: 0, missing: 2, outdated: 0, total: 2 } },
      },
      text: { slug: { en: 'housing' }, title: { en: 'Housing' } },
    })
  })

  it('French approved for exactly this English stays, and nothing is written when the markers already say so', () => {
    const row = { ...withFrench, ...translation('approved', sourceHashesOf(plan, withFrench), 7) }
    const markers = {
      alternates: { en: 'housing', fr: 'logement' },
      previousSlugs: { en: [], fr: [] },
      translation: { fallbackFields: { fr: [] }, fr: 'approved' },
      translationProgress: { fr: { approved: 2, missing: 0, outdated: 0, total: 2 } },
    }
    expect(planDelivery(plan, { before: null, draft: row, row })).toEqual({ markers, text: null })
    expect(planDelivery(plan, { before: null, draft: row, row: { ...row, ...markers } })).toBeNull()
  })

  it('a reopened translation: readers keep the French they had approved, not the draft', () => {
    const row = {
      ...withFrench,
      title: { en: 'Housing', fr: 'Logement (brouillon)' },
      ...translation('in_progress', {}, 7),
    }
    const before = {
      row: { ...withFrench, translation: { fr: 'approved' } },
      sourceHashes: sourceHashesOf(plan, english),
    }
    const changes = planDelivery(plan, { before, draft: row, row })
    expect([changes?.text, changes?.markers.translation]).toEqual([
      { slug: withFrench.slug, title: withFrench.title },
      { fallbackFields: { fr: [] }, fr: 'approved' },
    ])
  })

  it('changed English republished: the French slug readers knew keeps answering, the changed title is served in English', () => {
    const revised = {
      ...withFrench,
      title: { en: 'Housing now', fr: 'Logement' },
      ...translation('outdated', sourceHashesOf(plan, withFrench), 7),
    }
    const before = {
      row: {
        ...withFrench,
        alternates: { en: 'housing', fr: 'logement' },
        translation: { fr: 'approved' },
      },
      sourceHashes: sourceHashesOf(plan, withFrench),
    }
    const changes = planDelivery(plan, { before, draft: revised, row: revised })
    expect(changes?.text).toEqual({
      slug: { en: 'housing', fr: 'logement' },
      title: { en: 'Housing now' },
    })
    expect(changes?.markers).toMatchObject({
      alternates: { en: 'housing', fr: 'logement' },
      translation: { fallbackFields: { fr: ['title'] }, fr: 'outdated' },
    })
  })

  it('a new slug approved: the one readers had goes to previousSlugs, once, and leaves it when served again', () => {
    const renamed = { ...withFrench, slug: { en: 'housing-rights', fr: 'droit-au-logement' } }
    const row = { ...renamed, ...translation('approved', sourceHashesOf(plan, renamed), 7) }
    const before = {
      row: {
        ...withFrench,
        alternates: { en: 'housing', fr: 'logement' },
        previousSlugs: { en: ['homes'], fr: [] },
        translation: { fr: 'approved' },
      },
      sourceHashes: sourceHashesOf(plan, withFrench),
    }
    expect(planDelivery(plan, { before, draft: row, row })?.markers.previousSlugs).toEqual({
      en: ['homes', 'housing'],
      fr: ['logement'],
    })
    const back = { ...before, row: { ...before.row, alternates: { en: 'homes', fr: 'logement' } } }
    expect(
      planDelivery(plan, {
        before: back,
        draft: { ...row, slug: { en: 'housing', fr: 'logement' } },
        row: { ...row, slug: { en: 'housing', fr: 'logement' } },
      })?.markers.previousSlugs,
    ).toEqual({ en: ['homes'], fr: [] })
  })
})
