import { describe, expect, it } from 'vitest'

import { progressCountsAsNumbers } from '../../src/delivery/progressWhere'

describe('progressCountsAsNumbers', () => {
  it('makes digits on translationProgress paths numbers, lists and nested and/or included', () => {
    expect(
      progressCountsAsNumbers({
        and: [
          { 'translationProgress.fr.missing': { equals: '0' } },
          { or: [{ 'translationProgress.fr.total': { in: '3,12' } }] },
        ],
        'translationProgress.fr.outdated': { not_in: ['1', 2] },
      }),
    ).toEqual({
      and: [
        { 'translationProgress.fr.missing': { equals: 0 } },
        { or: [{ 'translationProgress.fr.total': { in: [3, 12] } }] },
      ],
      'translationProgress.fr.outdated': { not_in: [1, 2] },
    })
  })

  it('leaves every other path and non-digit value as sent', () => {
    const where = {
      'alternates.fr': { equals: '2024' },
      slug: { equals: '12' },
      'translationProgress.fr.missing': { exists: 'true' },
      translationProgressNote: { equals: '1' },
    }
    expect(progressCountsAsNumbers(where)).toEqual(where)
  })
})
