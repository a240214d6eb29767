import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  contentFieldNames,
  contentInLocale,
  localizedLeaves,
  mixedAfterWrite,
  mixedFields,
  mixedInLocale,
  mixedSharedChanged,
  mixedTextChanged,
  mixedWithSource,
  translatableFieldNames,
  translationHashes,
  translationText,
  withLeaves,
  withLocaleText,
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
    expect(translatableFieldNames(fields)).toEqual([
      'title',
      'meta',
      'seo',
      'summary',
      'links',
      'layout',
    ])
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

  it('keeps the approved text of one locale in a mixed value and takes out the rest, so that readers get the source for it', () => {
    const layout = mixedFields(fields).get('layout')!
    const stored = [
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello', fr: 'Bonjour' } },
      { author: 'Bo', blockType: 'quote', id: 'b2', text: { en: 'Bye', fr: 'Salut (non relu)' } },
    ]
    expect(withLocaleText(layout, stored, 'fr', { 'b1.text': 'Bonjour' })).toEqual([
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello', fr: 'Bonjour' } },
      { author: 'Bo', blockType: 'quote', id: 'b2', text: { en: 'Bye' } },
    ])
    expect(withLocaleText(layout, stored, 'fr', {})).toEqual([
      { author: 'Ada', blockType: 'quote', id: 'b1', text: { en: 'Hello' } },
      { author: 'Bo', blockType: 'quote', id: 'b2', text: { en: 'Bye' } },
    ])
  })
})

describe('the text of a mixed field: its localized leaves, by path', () => {
  const [meta, links] = ['meta', 'links'].map((name) => mixedFields(fields).get(name)!)
  const english = {
    links: [
      { id: 'r1', label: 'Home', url: '/' },
      { id: 'r2', label: null, url: '/logo' },
    ],
    meta: { image: 'a.png', title: 'Title' },
    title: 'Post',
  }

  it('is the non-empty localized leaves, rows by id; the shared part is not text', () => {
    expect(localizedLeaves(links!, english.links)).toEqual({ 'r1.label': 'Home' })
    expect(localizedLeaves(meta!, english.meta)).toEqual({ title: 'Title' })
    expect(translationText(fields, english, ['title', 'meta', 'links', 'summary'])).toEqual({
      links: { 'r1.label': 'Home' },
      meta: { title: 'Title' },
      summary: null,
      title: 'Post',
    })
    expect(translationText(fields, { meta: { image: 'a.png', title: '' } }, ['meta'])).toEqual({
      meta: {},
    })
  })

  it('hashes only the text: a change of the shared part or of the rows order keeps the hash, a change of text does not', () => {
    const hash = (content: Record<string, unknown>) =>
      translationHashes(fields, content, ['meta', 'links'])
    const before = hash(english)
    expect(hash({ ...english, meta: { image: 'b.png', title: 'Title' } })).toEqual(before)
    expect(hash({ ...english, links: [...english.links].reverse() })).toEqual(before)
    expect(
      hash({ ...english, links: [...english.links, { id: 'r3', label: null, url: '/x' }] }),
    ).toEqual(before)
    expect(hash({ ...english, meta: { image: 'a.png', title: 'Retitled' } }).meta).not.toBe(
      before.meta,
    )
    expect(
      hash({ ...english, links: [...english.links, { id: 'r3', label: 'New', url: '/x' }] }).links,
    ).not.toBe(before.links)
  })

  it('reads a stored row (every locale) in one locale, mixed fields by projection', () => {
    const row = {
      links: [{ id: 'r1', label: { en: 'Home', fr: 'Accueil' }, url: '/' }],
      meta: { image: 'a.png', title: { en: 'Title', fr: 'Titre' } },
      title: { en: 'Post', fr: 'Article' },
    }
    expect(contentInLocale(fields, row, ['title', 'meta', 'links'], 'fr')).toEqual({
      links: [{ id: 'r1', label: 'Accueil', url: '/' }],
      meta: { image: 'a.png', title: 'Titre' },
      title: 'Article',
    })
  })

  it('tells a write that changes the text of a locale from one that changes only the shared part or leaves the field out', () => {
    const before = { image: 'a.png', title: 'Titre' }
    expect(mixedTextChanged(meta!, {}, before)).toBe(false)
    expect(mixedTextChanged(meta!, { image: 'b.png' }, before)).toBe(false)
    expect(mixedTextChanged(meta!, { image: 'a.png', title: 'Titre' }, before)).toBe(false)
    expect(mixedTextChanged(meta!, { title: 'Nouveau titre' }, before)).toBe(true)
    const rows = [{ id: 'r1', label: 'Accueil', url: '/' }]
    expect(mixedTextChanged(links!, [{ id: 'r1', label: 'Accueil', url: '/a' }], rows)).toBe(false)
    expect(mixedTextChanged(links!, [{ id: 'r1', label: 'Maison', url: '/' }], rows)).toBe(true)
    expect(
      mixedTextChanged(links!, [...rows, { id: 'r2', label: 'Nouvelles', url: '/n' }], rows),
    ).toBe(true)
  })

  it('merges a partial write in its own locale over what was stored (Payload hands a field left out as {})', () => {
    const before = { image: 'a.png', title: 'Title' }
    expect(mixedAfterWrite(meta!, {}, before)).toEqual(before)
    expect(mixedAfterWrite(meta!, undefined, before)).toEqual(before)
    expect(mixedAfterWrite(meta!, { title: 'New' }, before)).toEqual({
      image: 'a.png',
      title: 'New',
    })
  })

  it('sets the texts of one locale into its value, by path; the rest stays', () => {
    const french = [
      { id: 'r1', label: null, url: '/' },
      { id: 'r2', label: 'Logo', url: '/logo' },
    ]
    expect(withLeaves(links!, french, { 'r1.label': 'Accueil' })).toEqual([
      { id: 'r1', label: 'Accueil', url: '/' },
      { id: 'r2', label: 'Logo', url: '/logo' },
    ])
  })
})
