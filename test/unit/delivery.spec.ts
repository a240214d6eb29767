import type { SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { planDelivery, sourceHashesOf } from '../../src/operations/planDelivery'
import { sanitizeOptions } from '../../src/types'
import { decideDelivery } from '../../src/workflow/delivery'

const NAMES = ['title', 'summary', 'body']
const SOURCE = { body: 'b1', summary: 's1', title: 't1' }

describe('decideDelivery', () => {
  it('delivers approved text made from exactly the published source, counting empty fields as missing', () => {
    const values = { body: null, summary: 'Résumé', title: 'Titre' }
    expect(decideDelivery({ candidate: { hashes: SOURCE, values }, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({
      delivery: 'approved',
      progress: { approved: 2, missing: 1, outdated: 0, total: 3 },
      values,
    })
  })

  it('withholds text made from another source, naming the changed fields in the counts', () => {
    const values = { body: 'Corps', summary: 'Résumé', title: 'Titre' }
    expect(decideDelivery({ candidate: { hashes: { ...SOURCE, summary: 's0' }, values }, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({
      delivery: 'outdated',
      progress: { approved: 2, missing: 0, outdated: 1, total: 3 },
      values: null,
    })
  })

  it('a source field added since the translation counts as changed', () => {
    const { body: _body, ...older } = SOURCE
    expect(decideDelivery({ candidate: { hashes: older, values: { title: 'Titre' } }, everApproved: true, names: NAMES, sourceHashes: SOURCE }).delivery).toBe('outdated')
  })

  it('with no approved text: coming_soon, or outdated when a translation was approved before', () => {
    const none = { approved: 0, missing: 3, outdated: 0, total: 3 }
    expect(decideDelivery({ candidate: null, everApproved: false, names: NAMES, sourceHashes: SOURCE })).toEqual({ delivery: 'coming_soon', progress: none, values: null })
    expect(decideDelivery({ candidate: null, everApproved: true, names: NAMES, sourceHashes: SOURCE })).toEqual({ delivery: 'outdated', progress: none, values: null })
  })
})

describe('planDelivery: what a publish stores in the row, from the document Payload is about to write', () => {
  const collection = {
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'slug', type: 'text', localized: true },
      { name: 'topic', type: 'text' },
    ],
    flattenedFields: [],
    slug: 'fixtures',
  } as unknown as SanitizedCollectionConfig
  const plan = { collection, options: sanitizeOptions({ collections: ['fixtures' as never] }) }
  const english = { slug: { en: 'housing' }, title: { en: 'Housing' }, topic: 'rights' }
  const withFrench = { slug: { en: 'housing', fr: 'logement' }, title: { en: 'Housing', fr: 'Logement' }, topic: 'rights' }
  const translation = (status: string, hashes: Record<string, string>, approvedBy: null | number = null) => ({ translationWorkflow: { fr: { approvedBy, approvedHashes: hashes, sourceHashes: hashes, status } } })

  it('an unapproved French draft is taken out of the row, every translatable field, with coming_soon', () => {
    const row = { ...withFrench, ...translation('in_review', {}) }
    expect(planDelivery(plan, { before: null, draft: row, row })).toEqual({
      markers: {
        alternates: { en: 'housing', fr: null },
        translation: { fr: 'coming_soon' },
        translationProgress: { fr: { approved: 0, missing: 2, outdated: 0, total: 2 } },
      },
      text: { slug: { en: 'housing' }, title: { en: 'Housing' } },
    })
  })

  it('French approved for exactly this English stays, and nothing is written when the markers already say so', () => {
    const row = { ...withFrench, ...translation('approved', sourceHashesOf(plan, withFrench), 7) }
    const markers = { alternates: { en: 'housing', fr: 'logement' }, translation: { fr: 'approved' }, translationProgress: { fr: { approved: 2, missing: 0, outdated: 0, total: 2 } } }
    expect(planDelivery(plan, { before: null, draft: row, row })).toEqual({ markers, text: null })
    expect(planDelivery(plan, { before: null, draft: row, row: { ...row, ...markers } })).toBeNull()
  })

  it('a reopened translation: readers keep the French they had approved, not the draft', () => {
    const row = { ...withFrench, title: { en: 'Housing', fr: 'Logement (brouillon)' }, ...translation('in_progress', {}, 7) }
    const before = { row: { ...withFrench, translation: { fr: 'approved' } }, sourceHashes: sourceHashesOf(plan, english) }
    const changes = planDelivery(plan, { before, draft: row, row })
    expect([changes?.text, changes?.markers.translation]).toEqual([{ slug: withFrench.slug, title: withFrench.title }, { fr: 'approved' }])
  })
})
