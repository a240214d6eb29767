import { describe, expect, it } from 'vitest'

import { populatedFields } from '../../src/fields/populatedFields'

describe('populatedFields: what a governed document carries when another one populates it', () => {
  it('leaves the page-only reader fields out of a collection without its own choice', () => {
    expect(populatedFields({})).toEqual({ alternates: false, translationProgress: false })
  })

  it('adds them to the fields a collection already leaves out', () => {
    expect(populatedFields({ defaultPopulate: { body: false } })).toEqual({ alternates: false, body: false, translationProgress: false })
  })

  it("keeps a collection's own list of fields to populate, which names exactly what a link gets", () => {
    expect(populatedFields({ defaultPopulate: { slug: true, title: true, translation: true } })).toEqual({ slug: true, title: true, translation: true })
  })
})
