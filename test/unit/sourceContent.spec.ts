import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  contentFieldNames,
  mixedFields,
  mixedInLocale,
  mixedSharedChanged,
  mixedWithoutLocales,
  mixedWithSource,
  translatableFieldNames,
} from '../../src/workflow/sourceContent'

/** Every layout Payload offers: rows, collapsibles, unnamed and named tabs, groups, arrays, blocks. */
const fields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Content',
        fields: [
          { name: 'title', type: 'text', localized: true },
          { type: 'row', fields: [{ name: 'date', type: 'date' }] },
        ],
      },
      {
        name: 'meta',
        fields: [
          { name: 'title', type: 'text', localized: true },
          { name: 'image', type: 'text' },
        ],
      },
      { name: 'seo', localized: true, fields: [{ name: 'keywords', type: 'text' }] },
    ],
  },
  {
    type: 'collapsible',
    label: 'More',
    fields: [
      { name: 'summary', type: 'textarea', localized: true },
      { name: 'panel', type: 'ui', admin: { components: {} } },
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
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      {
        slug: 'quote',
        fields: [
          { name: 'text', type: 'text', localized: true },
          { name: 'author', type: 'text' },
        ],
      },
    ],
  },
  { name: 'address', type: 'group', fields: [{ name: 'city', type: 'text' }] },
  { name: 'workflow', type: 'group', fields: [{ name: 'state', type: 'text' }] },
]

describe('fields as Payload stores them', () => {
  it('lists the top-level data fields, wherever the form shows them; the localized ones are translatable', () => {
    expect(contentFieldNames(fields)).toEqual([
      'title',
      'date',
      'meta',
      'seo',
      'summary',
      'links',
      'layout',
      'address',
    ])
    expect(translatableFieldNames(fields)).toEqual(['title', 'seo', 'summary'])
  })

  it('knows the shared fields with localized fields inside', () => {
    expect([...mixedFields(fields).keys()]).toEqual(['meta', 'links', 'layout'])
  })

  it('reads a mixed value written with locale all in one locale', () => {
    const meta = mixedFields(fields).get('meta')!
    expect(
      mixedInLocale(meta, { image: 'a.png', title: { en: 'Title', fr: 'Titre' } }, 'en'),
    ).toEqual({ image: 'a.png', title: 'Title' })
    const links = mixedFields(fields).get('links')!
    expect(
      mixedInLocale(links, [{ id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' }], 'fr'),
    ).toEqual([{ id: 'r1', label: 'Accueil', url: '/' }])
  })

  it('keeps the source text of localized fields under a write in another locale, and the shared part written', () => {
    const [meta, links, layout] = ['meta', 'links', 'layout'].map((name) =>
      mixedFields(fields).get(name)!,
    )
    expect(mixedWithSource(meta!, { title: 'Titre' }, { image: 'a.png', title: 'Title' })).toEqual({
      image: 'a.png',
      title: 'Title',
    })
    expect(
      mixedWithSource(
        meta!,
        { image: 'b.png', title: 'Titre' },
        { image: 'a.png', title: 'Title' },
      ),
    ).toEqual({ image: 'b.png', title: 'Title' })
    const source = [
      { id: 'r1', label: 'Home', url: '/' },
      { id: 'r2', label: 'News', url: '/news' },
    ]
    expect(
      mixedWithSource(
        links!,
        [
          { id: 'r2', label: 'Actualités', url: '/news' },
          { id: 'r1', label: 'Accueil', url: '/' },
        ],
        source,
      ),
    ).toEqual([
      { id: 'r2', label: 'News', url: '/news' },
      { id: 'r1', label: 'Home', url: '/' },
    ])
    expect(
      mixedWithSource(
        layout!,
        [{ author: 'Ada', blockType: 'quote', id: 'b1', text: 'Bonjour' }],
        [{ author: 'Ada', blockType: 'quote', id: 'b1', text: 'Hello' }],
      ),
    ).toEqual([{ author: 'Ada', blockType: 'quote', id: 'b1', text: 'Hello' }])
  })

  it('tells a change of the shared part from a change of the localized fields only', () => {
    const [meta, links] = ['meta', 'links'].map((name) => mixedFields(fields).get(name)!)
    const before = { image: 'a.png', title: 'Title' }
    expect(mixedSharedChanged(meta!, { title: 'Titre' }, before)).toBe(false)
    expect(mixedSharedChanged(meta!, { image: 'a.png', title: 'Titre' }, before)).toBe(false)
    expect(mixedSharedChanged(meta!, { image: 'b.png', title: 'Titre' }, before)).toBe(true)
    const rows = [{ id: 'r1', label: 'Home', url: '/' }]
    expect(mixedSharedChanged(links!, [{ id: 'r1', label: 'Accueil', url: '/' }], rows)).toBe(false)
    expect(
      mixedSharedChanged(links!, [{ id: 'r1', label: 'Accueil', url: '/accueil' }], rows),
    ).toBe(true)
    expect(
      mixedSharedChanged(links!, [...rows, { id: 'r2', label: 'Nouvelles', url: '/news' }], rows),
    ).toBe(true)
  })

  it('takes the text of target locales out of a mixed value, so that readers get the source', () => {
    const layout = mixedFields(fields).get('layout')!
    const stored = [
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello', fr: 'Bonjour' } },
    ]
    expect(mixedWithoutLocales(layout, stored, ['fr'])).toEqual([
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello' } },
    ])
  })
})
