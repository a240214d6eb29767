import { describe, expect, it } from 'vitest'

import { translationProgress } from '../../src/workflow/progress'

const NAMES = ['title', 'summary', 'body', 'recommendations']

describe('translationProgress', () => {
  it('counts approved fields and lists missing ones', () => {
    expect(translationProgress(NAMES, { body: null, recommendations: [], summary: 'Résumé', title: 'Titre' }, 'approved', [])).toEqual({
      approved: 2,
      missing: ['body', 'recommendations'],
      outdated: [],
      total: 4,
    })
  })
  it('lists outdated fields only when the translation is outdated, and approves nothing then', () => {
    const french = { body: 'x', recommendations: [{ text: 'y' }], summary: '  ', title: 'Titre' }
    expect(translationProgress(NAMES, french, 'outdated', ['title', 'summary'])).toEqual({ approved: 0, missing: ['summary'], outdated: ['title'], total: 4 })
    expect(translationProgress(NAMES, french, 'in_progress', ['title'])).toEqual({ approved: 0, missing: ['summary'], outdated: [], total: 4 })
  })
})
