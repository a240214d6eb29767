import { describe, expect, it } from 'vitest'

import { translationProgress } from '../../src/workflow/progress'

const NAMES = ['title', 'summary', 'body', 'recommendations']

describe('translationProgress', () => {
  it('counts approved fields and lists missing ones', () => {
    expect(
      translationProgress(
        NAMES,
        { body: null, recommendations: [], summary: 'Résumé', title: 'Titre' },
        'approved',
        [],
      ),
    ).toEqual({
      approved: 2,
      missing: ['body', 'recommendations'],
      outdated: [],
      total: 4,
    })
  })
  it('lists outdated fields only when the translation is outdated, and approves nothing then', () => {
    const french = { body: 'x', recommendations: [{ text: 'y' }], summary: '  ', title: 'Titre' }
    expect(translationProgress(NAMES, french, 'outdated', ['title', 'summary'])).toEqual({
      approved: 0,
      missing: ['summary'],
      outdated: ['title'],
      total: 4,
    })
    expect(translationProgress(NAMES, french, 'in_progress', ['title'])).toEqual({
      approved: 0,
      missing: ['summary'],
      outdated: [],
      total: 4,
    })
  })
})

describe('translationProgress counts only what there is to translate', () => {
  const emptyRichText = { root: { children: [{ children: [], type: 'paragraph' }], type: 'root' } }
  const richText = {
    root: {
      children: [
        { children: [{ text: 'Why closed permits fail', type: 'text' }], type: 'paragraph' },
      ],
      type: 'root',
    },
  }
  it('leaves out fields that are empty in the source (text, arrays, an empty editor)', () => {
    const english = {
      body: emptyRichText,
      recommendations: [],
      summary: 'Open permits now.',
      title: 'Open permits',
    }
    expect(
      translationProgress(NAMES, { title: 'Permis ouverts' }, 'in_progress', [], english),
    ).toEqual({
      approved: 0,
      missing: ['summary'],
      outdated: [],
      total: 2,
    })
  })
  it('counts rich text with text in it, and an empty French editor as missing', () => {
    const english = { body: richText, recommendations: [], summary: '', title: 'Open permits' }
    expect(
      translationProgress(
        NAMES,
        { body: emptyRichText, title: 'Permis ouverts' },
        'approved',
        [],
        english,
      ),
    ).toEqual({
      approved: 1,
      missing: ['body'],
      outdated: [],
      total: 2,
    })
  })
})
