import { describe, expect, it } from 'vitest'

import { populatedFields } from '../../src/fields/populatedFields'
import { sanitizeOptions } from '../../src/types'

const options = sanitizeOptions({ collections: ['notes'] as never })
const withSlug = { fields: [{ name: 'slug', type: 'text' as const }] }

describe('populatedFields: what a governed document carries when another one populates it', () => {
  it('leaves the page-only reader fields out of a collection without its own choice', () => {
    expect(populatedFields(withSlug, options)).toEqual({
      alternates: false,
      previousSlugs: false,
      translationProgress: false,
    })
  })

  it('names only the fields the collection has: no slug, no alternates', () => {
    expect(populatedFields({ fields: [{ name: 'title', type: 'text' }] }, options)).toEqual({
      translationProgress: false,
    })
  })

  it('adds them to the fields a collection already leaves out', () => {
    expect(populatedFields({ ...withSlug, defaultPopulate: { body: false } }, options)).toEqual({
      alternates: false,
      body: false,
      previousSlugs: false,
      translationProgress: false,
    })
  })

  it("keeps a collection's own list of fields to populate, which names exactly what a link gets", () => {
    expect(
      populatedFields(
        { ...withSlug, defaultPopulate: { slug: true, title: true, translation: true } },
        options,
      ),
    ).toEqual({ slug: true, title: true, translation: true })
  })
})
