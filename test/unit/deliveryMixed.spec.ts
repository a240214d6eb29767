import type { Field, SanitizedCollectionConfig } from 'payload'
import { flattenAllFields } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { planDelivery, sourceHashesOf } from '../../src/operations/planDelivery'
import { sanitizeOptions } from '../../src/types'

/**
 * Localized fields inside shared fields (a group, an array): each shared field is translated as one
 * unit, its text being its localized leaves; readers get the approved French leaves, the shared
 * part as published, and the English of any leaf no approval covers.
 */
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  {
    name: 'meta',
    type: 'group',
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'image', type: 'text' },
    ],
  },
  {
    name: 'links',
    type: 'array',
    fields: [
      { name: 'label', type: 'text', localized: true },
      { name: 'url', type: 'text' },
    ],
  },
]
const collection = {
  fields,
  flattenedFields: flattenAllFields({ fields }),
  slug: 'fixtures',
} as unknown as SanitizedCollectionConfig
const plan = { collection, options: sanitizeOptions({ collections: ['fixtures' as never] }) }

type Row = Record<string, unknown>
const withFrench: Row = {
  links: [
    { id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' },
    { id: 'r2', label: { en: 'News', fr: 'Actualités' }, url: '/news' },
  ],
  meta: { image: 'a.png', title: { en: 'SEO title', fr: 'Titre SEO' } },
  title: { en: 'Post', fr: 'Article' },
}
const translation = (status: string, hashes: Record<string, string>, approvedBy = 7) => ({
  translationWorkflow: { fr: { approvedBy, approvedHashes: hashes, sourceHashes: hashes, status } },
})
const approvedRow = (row: Row, approvedFrom: Row = row) => ({
  ...row,
  ...translation('approved', sourceHashesOf(plan, approvedFrom)),
})
const deliver = (
  row: Row,
  before: null | { row: Row; sourceHashes: Record<string, string> } = null,
) => planDelivery(plan, { before, draft: row, row })

describe('planDelivery: localized fields inside a shared group and an array', () => {
  it('approved: the French leaves stay, each shared part as it is, and the shared fields count in the progress', () => {
    const changes = deliver(approvedRow(withFrench))
    expect(changes?.text).toBeNull()
    expect(changes?.markers).toMatchObject({
      translation: { fallbackFields: { fr: [] }, fr: 'approved' },
      translationProgress: { fr: { approved: 3, missing: 0, outdated: 0, total: 3 } },
    })
  })

  it('not approved: every French leaf is taken out (readers get the English), the shared part kept', () => {
    const row = { ...withFrench, ...translation('in_progress', {}, 0) }
    const changes = deliver({ ...row, translationWorkflow: { fr: { status: 'in_progress' } } })
    expect(changes?.text).toMatchObject({
      links: [
        { id: 'r1', label: { en: 'Home' }, url: '/' },
        { id: 'r2', label: { en: 'News' }, url: '/news' },
      ],
      meta: { image: 'a.png', title: { en: 'SEO title' } },
    })
    expect(changes?.markers.translation).toEqual({
      fallbackFields: { fr: ['title', 'meta', 'links'] },
      fr: 'coming_soon',
    })
  })

  it('a shared part changed since approval (an image, a URL, the rows order): the French is still served', () => {
    const moved = {
      ...withFrench,
      links: [
        { id: 'r2', label: { en: 'News', fr: 'Actualités' }, url: '/actualites' },
        { id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' },
      ],
      meta: { image: 'b.png', title: { en: 'SEO title', fr: 'Titre SEO' } },
    }
    const changes = deliver(approvedRow(moved, withFrench))
    expect([changes?.text, changes?.markers.translation]).toEqual([
      null,
      { fallbackFields: { fr: [] }, fr: 'approved' },
    ])
  })

  it('a row added since approval with no English text: the field keeps its approved French, the new row (found by id) has none', () => {
    // A French edit reopened the translation (in_progress): readers keep the French they had.
    const added = {
      ...withFrench,
      links: [
        ...(withFrench.links as Row[]),
        { id: 'r3', label: { en: null, fr: 'Non relu' }, url: '/logo' },
      ],
      ...translation('in_progress', sourceHashesOf(plan, withFrench)),
    }
    const before = {
      row: { ...withFrench, translation: { fr: 'approved' } },
      sourceHashes: sourceHashesOf(plan, withFrench),
    }
    const changes = deliver(added, before)
    expect(changes?.text?.links).toEqual([
      ...(withFrench.links as Row[]),
      { id: 'r3', label: { en: null }, url: '/logo' },
    ])
    expect(changes?.markers.translation).toEqual({ fallbackFields: { fr: [] }, fr: 'approved' })
  })

  it('a row with English text added since approval: the array is outdated and served in English, the rest keeps its French', () => {
    const added = {
      ...withFrench,
      links: [
        ...(withFrench.links as Row[]),
        { id: 'r3', label: { en: 'Contact', fr: 'Contact (non relu)' }, url: '/contact' },
      ],
    }
    const outdated = {
      ...added,
      ...translation('outdated', sourceHashesOf(plan, withFrench)),
    }
    const changes = deliver(outdated)
    expect(changes?.text?.links).toEqual([
      { id: 'r1', label: { en: 'Home' }, url: '/' },
      { id: 'r2', label: { en: 'News' }, url: '/news' },
      { id: 'r3', label: { en: 'Contact' }, url: '/contact' },
    ])
    expect(changes?.text?.meta).toEqual(withFrench.meta)
    expect(changes?.markers).toMatchObject({
      translation: { fallbackFields: { fr: ['links'] }, fr: 'outdated' },
      translationProgress: { fr: { approved: 2, missing: 0, outdated: 1, total: 3 } },
    })
  })

  it('a reopened translation: readers keep the French leaves they had, not the draft, matched by row id', () => {
    const draft = {
      ...withFrench,
      links: [
        { id: 'r2', label: { en: 'News', fr: 'Nouvelles (brouillon)' }, url: '/news' },
        { id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' },
      ],
      meta: { image: 'a.png', title: { en: 'SEO title', fr: 'Titre (brouillon)' } },
      ...translation('in_progress', {}),
    }
    const before = {
      row: { ...withFrench, translation: { fr: 'approved' } },
      sourceHashes: sourceHashesOf(plan, withFrench),
    }
    const changes = deliver(draft, before)
    expect([changes?.text?.links, changes?.text?.meta]).toEqual([
      [
        { id: 'r2', label: { en: 'News', fr: 'Actualités' }, url: '/news' },
        { id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' },
      ],
      withFrench.meta,
    ])
  })

  it('an approval recorded before shared fields were tracked (no hash for them): their French is not served', () => {
    const { links: _links, meta: _meta, ...titleOnly } = sourceHashesOf(plan, withFrench)
    const changes = deliver({ ...withFrench, ...translation('approved', titleOnly) })
    expect(changes?.text?.meta).toEqual({ image: 'a.png', title: { en: 'SEO title' } })
    expect(changes?.markers.translation).toEqual({
      fallbackFields: { fr: ['meta', 'links'] },
      fr: 'partial',
    })
  })
})
