import type { SanitizedCollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { stubContent } from '../../src/operations/announceStub'
import type { SanitizedWorkflowOptions } from '../../src/types'

const options = { sourceLocale: 'en', targetLocales: ['fr'] } as SanitizedWorkflowOptions

// Flattened fields as Payload hands them over: localized text, a select, rich text, arrays, a hasMany
// relationship, a group with a localized leaf, a join, and the plugin's own fields.
const collection = {
  flattenedFields: [
    { localized: true, name: 'title', type: 'text' },
    { name: 'topic', type: 'select' },
    { localized: true, name: 'summary', type: 'textarea' },
    { localized: true, name: 'body', type: 'richText' },
    {
      fields: [],
      flattenedFields: [{ name: 'text', type: 'text' }],
      localized: true,
      name: 'recommendations',
      type: 'array',
    },
    { hasMany: true, name: 'related', relationTo: 'pages', type: 'relationship' },
    {
      fields: [
        { localized: true, name: 'caption', type: 'text' },
        { name: 'credit', type: 'text' },
      ],
      flattenedFields: [
        { localized: true, name: 'caption', type: 'text' },
        { name: 'credit', type: 'text' },
      ],
      name: 'meta',
      type: 'group',
    },
    { collection: 'notes', name: 'notes', on: 'statement', type: 'join' },
    { fields: [], flattenedFields: [], name: 'workflow', type: 'group' },
    { name: 'status', type: 'select' },
  ],
  slug: 'statements',
} as unknown as SanitizedCollectionConfig

const draft = {
  body: { en: { root: {} }, fr: { root: {} } },
  meta: { caption: { en: 'A caption', fr: 'Une légende' }, credit: 'Someone' },
  recommendations: { en: [{ text: 'One' }], fr: [{ text: 'Un' }] },
  related: [3, 4],
  summary: { en: 'Summary', fr: 'Résumé' },
  title: { en: 'Title', fr: 'Titre' },
  topic: 'rights',
}

describe('stubContent: what readers get of an announced document', () => {
  it('the stub fields in the source locale only; every other content field and locale empty; joins and plugin fields left alone', () => {
    expect(stubContent({ collection, options }, draft, ['title', 'topic', 'summary'])).toEqual({
      body: { en: null, fr: null },
      meta: { caption: { en: null, fr: null }, credit: null },
      recommendations: { en: [], fr: [] },
      related: [],
      summary: { en: 'Summary', fr: null },
      title: { en: 'Title', fr: null },
      topic: 'rights',
    })
  })
  it('a stub field missing from the draft is empty, not undefined', () => {
    expect(
      stubContent({ collection, options }, { topic: 'rights' }, ['title', 'topic']),
    ).toMatchObject({ title: { en: null, fr: null }, topic: 'rights' })
  })
})
