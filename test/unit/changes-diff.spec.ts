import { describe, expect, it } from 'vitest'

import {
  baselineRow,
  compareVersions,
  contentFields,
  contentVersions,
} from '../../src/operations/changes/compare'
import { plainText } from '../../src/operations/changes/plainText'
import { wordDiff } from '../../src/operations/changes/wordDiff'
import { paragraph } from '../helpers/lexical'

const FIELDS = [
  { label: { en: 'Title', fr: 'Titre' }, localized: true, name: 'title' },
  { label: 'Topic', localized: false, name: 'topic' },
  { label: 'Body', localized: true, name: 'body' },
]
const doc = (overrides: Record<string, unknown> = {}) => ({
  body: { en: paragraph('Status for all.'), fr: paragraph('Statut pour tous.') },
  title: { en: 'Regularization', fr: 'Régularisation' },
  topic: 'regularization',
  workflow: { contentHash: 'a', state: 'draft' },
  ...overrides,
})

describe('wordDiff', () => {
  it('marks the words removed and added, the rest kept, and gives both texts back', () => {
    const parts = wordDiff('Status for all residents.', 'Status for every resident.')
    expect(parts).toEqual([
      { kind: 'same', text: 'Status for ' },
      { kind: 'removed', text: 'all residents.' },
      { kind: 'added', text: 'every resident.' },
    ])
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('')
    expect(text(['same', 'removed'])).toBe('Status for all residents.')
    expect(text(['same', 'added'])).toBe('Status for every resident.')
  })
  it('keeps unchanged words between two changes', () => {
    expect(wordDiff('one two three', 'uno two tres')).toEqual([
      { kind: 'removed', text: 'one' },
      { kind: 'added', text: 'uno' },
      { kind: 'same', text: ' two ' },
      { kind: 'removed', text: 'three' },
      { kind: 'added', text: 'tres' },
    ])
  })
  it('same text: one unchanged part; empty before: all added', () => {
    expect(wordDiff('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }])
    expect(wordDiff('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }])
  })
})

describe('plainText', () => {
  it('reads rich text by its text nodes, one line per paragraph', () => {
    const two = {
      root: {
        ...paragraph('x').root,
        children: [...paragraph('First.').root.children, ...paragraph('Second.').root.children],
      },
    }
    expect(plainText(two)).toBe('First.\nSecond.')
    expect(
      plainText([
        { id: 'r1', text: 'Row one' },
        { id: 'r2', text: 'Row two' },
      ]),
    ).toBe('Row one\nRow two')
  })
})

describe('compareVersions', () => {
  it('lists exactly the changed fields per language, rich text as text, never workflow fields', () => {
    const after = doc({
      body: { en: paragraph('Status for every resident.'), fr: paragraph('Statut pour tous.') },
      title: { en: 'Regularization', fr: 'Régularisation des sans-papiers' },
      workflow: { contentHash: 'b', state: 'in_review' },
    })
    const changes = compareVersions(FIELDS, doc(), after, ['en', 'fr'])
    expect(changes.map((change) => `${change.field}:${change.locale}`)).toEqual([
      'title:fr',
      'body:en',
    ])
    expect(changes[1]).toMatchObject({
      after: 'Status for every resident.',
      before: 'Status for all.',
    })
    expect(changes[0]!.parts).toEqual([
      { kind: 'same', text: 'Régularisation' },
      { kind: 'added', text: ' des sans-papiers' },
    ])
  })
  it('ignores key order and generated row ids (canonical comparison)', () => {
    const reordered = doc({ title: { fr: 'Régularisation', en: 'Regularization' } })
    expect(compareVersions(FIELDS, doc(), reordered, ['en', 'fr'])).toEqual([])
  })
})

describe('contentFields', () => {
  it('leaves out the plugin bookkeeping, Payload system fields and joins', () => {
    const flattened = [
      { name: 'title', type: 'text', localized: true },
      { name: 'workflow', type: 'group', fields: [] },
      { name: 'translationWorkflow', type: 'group', fields: [] },
      { name: 'translation', type: 'group', fields: [] },
      { name: 'translationProgress', type: 'group', fields: [] },
      { name: 'alternates', type: 'group', fields: [] },
      { name: '_status', type: 'select', options: [] },
      { name: 'notes', type: 'join', collection: 'x', on: 'y' },
      { name: 'body', type: 'richText', localized: true },
    ]
    expect(contentFields(flattened as never).map((field) => field.name)).toEqual(['title', 'body'])
  })
})

describe('contentVersions', () => {
  it('drops versions that changed only the workflow and says which languages each changed', () => {
    const rows = [
      { id: 1, updatedAt: '2026-12-07T10:00:00.000Z', version: doc() },
      {
        id: 2,
        updatedAt: '2026-12-07T10:05:00.000Z',
        version: doc({ workflow: { state: 'in_review' } }),
      },
      {
        id: 3,
        updatedAt: '2026-12-07T10:10:00.000Z',
        version: doc({ title: { en: 'Regularisation', fr: 'Régularisation' } }),
      },
      {
        id: 4,
        updatedAt: '2026-12-07T10:15:00.000Z',
        version: doc({
          title: { en: 'Regularisation', fr: 'Régularisation' },
          workflow: { state: 'approved' },
        }),
      },
      {
        id: 5,
        updatedAt: '2026-12-07T10:20:00.000Z',
        version: doc({ title: { en: 'Regularisation', fr: 'La régularisation' } }),
      },
    ]
    expect(
      contentVersions(FIELDS, rows.reverse(), ['en', 'fr']).map((row) => [row.id, row.locales]),
    ).toEqual([
      [1, ['en', 'fr']],
      [3, ['en']],
      [5, ['fr']],
    ])
  })
})

describe('admin registration', () => {
  it("hides exactly the plugin's bookkeeping groups from Payload's version diff", async () => {
    const { withoutBookkeepingDiff } = await import('../../src/admin/changes/view')
    const fields = [
      'workflow',
      'translationWorkflow',
      'translation',
      'translationProgress',
      'alternates',
      'title',
    ].map((name) => ({ name, type: 'group', fields: [] }))
    expect(
      fields.map(
        (field) =>
          (withoutBookkeepingDiff(field as never) as { admin?: { components?: { Diff?: string } } })
            .admin?.components?.Diff ?? null,
      ),
    ).toEqual([...Array(5).fill('bilingual-editorial-cms/rsc#NoDiff'), null])
  })
  it('adds the Changes tab at <document>/changes, keeping the views an app set', async () => {
    const { withChangesView } = await import('../../src/admin/changes/view')
    const { changesHref } = await import('../../src/admin/changes/href')
    const views = withChangesView({ api: { Component: '/app#Api' } }) as Record<
      string,
      { Component?: string; path?: string; tab?: { href?: string } }
    >
    expect(views.api).toEqual({ Component: '/app#Api' })
    expect([
      views.reviewChanges!.Component,
      views.reviewChanges!.path,
      views.reviewChanges!.tab!.href,
    ]).toEqual(['bilingual-editorial-cms/rsc#ChangesView', '/changes', '/changes'])
    expect(changesHref('/admin/', 'policy-statements', 7)).toBe(
      '/admin/collections/policy-statements/7/changes',
    )
  })
})

describe('baselineRow', () => {
  const rows = [
    { id: 4, updatedAt: '2026-12-07T10:30:00.000Z', version: { _status: 'draft' } },
    { id: 3, updatedAt: '2026-12-07T10:20:00.000Z', version: { _status: 'draft' } },
    { id: 2, updatedAt: '2026-12-07T10:10:00.000Z', version: { _status: 'published' } },
    { id: 1, updatedAt: '2026-12-07T10:00:00.000Z', version: { _status: 'draft' } },
  ]
  it('is the version written with the last review event (at or just before it)', () => {
    expect(baselineRow(rows, '2026-12-07T10:20:00.004Z')).toEqual({ kind: 'review', row: rows[1] })
    expect(baselineRow(rows, '2026-12-07T10:20:00.000Z')).toEqual({ kind: 'review', row: rows[1] })
  })
  it('without a review, the latest published version; without either, none', () => {
    expect(baselineRow(rows)).toEqual({ kind: 'published', row: rows[2] })
    expect(baselineRow(rows.filter((row) => row.id !== 2))).toBeNull()
  })
})
