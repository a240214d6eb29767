import { describe, expect, it } from 'vitest'

import { contentHash } from '../../src/workflow/contentHash'
import { changedFields, fieldHashes } from '../../src/workflow/sourceDiff'

const paragraph = (text: string, format = 0) => ({
  root: {
    children: [
      {
        children: [
          { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/** The same JSON with every object's keys in reverse order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([key, inner]) => [key, reversedKeys(inner)]),
        )
      : value

const NAMES = ['title', 'summary', 'body', 'recommendations'] as const
const base = {
  body: paragraph('Status for all.'),
  recommendations: [{ id: 'a1', text: 'Regularize.' }],
  summary: 'Short.',
  title: 'Regularization',
}

describe('contentHash', () => {
  it('ignores key order, empty values and generated array row ids', () => {
    expect(contentHash(reversedKeys(base) as Record<string, unknown>)).toBe(contentHash(base))
    expect(contentHash({ ...base, extra: null, list: [] })).toBe(contentHash(base))
    expect(contentHash({ ...base, recommendations: [{ id: 'b2', text: 'Regularize.' }] })).toBe(
      contentHash(base),
    )
  })
  it('changes with text or structure', () => {
    expect(contentHash({ ...base, body: paragraph('Status for everyone.') })).not.toBe(
      contentHash(base),
    )
    expect(contentHash({ ...base, body: paragraph('Status for all.', 1) })).not.toBe(
      contentHash(base),
    )
  })
})

describe('changedFields', () => {
  it('lists exactly the fields that changed', () => {
    const before = fieldHashes(base, NAMES)
    expect(
      changedFields(
        before,
        fieldHashes(reversedKeys(base) as Record<string, unknown>, NAMES),
        NAMES,
      ),
    ).toEqual([])
    expect(
      changedFields(before, fieldHashes({ ...base, summary: 'Longer.' }, NAMES), NAMES),
    ).toEqual(['summary'])
    expect(
      changedFields(
        before,
        fieldHashes(
          { ...base, body: paragraph('Status for all.', 2), title: 'Régularisation' },
          NAMES,
        ),
        NAMES,
      ),
    ).toEqual(['title', 'body'])
  })
  it('counts a field that appeared or disappeared', () => {
    expect(changedFields({ title: 'x' }, { summary: 'y', title: 'x' })).toEqual(['summary'])
    expect(changedFields({ summary: 'y', title: 'x' }, { title: 'x' })).toEqual(['summary'])
  })
})
