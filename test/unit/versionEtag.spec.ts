import { describe, expect, it } from 'vitest'

import { ifMatchAccepts, versionEtag, versionEtagOfBody } from '../../src/delivery/versionEtag'
import { addEditor } from '../../src/workflow/state'

const AT = '2026-12-07T14:03:05.123Z'

describe('version ETag', () => {
  it('is weak and built from updatedAt', () => {
    expect(versionEtag(AT)).toBe(`W/"${AT}"`)
    expect(versionEtag(new Date(AT))).toBe(`W/"${AT}"`)
  })
  it('If-Match accepts the tag weak or strong, in a list, or *; not another version', () => {
    expect(ifMatchAccepts(`W/"${AT}"`, versionEtag(AT))).toBe(true)
    expect(ifMatchAccepts(`"${AT}"`, versionEtag(AT))).toBe(true)
    expect(ifMatchAccepts(`"x", W/"${AT}"`, versionEtag(AT))).toBe(true)
    expect(ifMatchAccepts('*', versionEtag(AT))).toBe(true)
    expect(ifMatchAccepts('W/"2026-12-07T14:03:05.124Z"', versionEtag(AT))).toBe(false)
  })
  it('is read from a document body or a write answer', () => {
    expect(versionEtagOfBody({ id: 1, updatedAt: AT })).toBe(versionEtag(AT))
    expect(versionEtagOfBody({ doc: { updatedAt: AT }, message: 'Updated' })).toBe(versionEtag(AT))
    expect([
      versionEtagOfBody({ totalDocs: 3 }),
      versionEtagOfBody(null),
      versionEtagOfBody({ updatedAt: 'soon' }),
    ]).toEqual([null, null, null])
  })
})

describe('addEditor', () => {
  it('keeps each editor once, the most recent last', () => {
    expect(addEditor([1, 2, 3], 2)).toEqual([1, 3, 2])
    expect(addEditor([1, 2], '3')).toEqual([1, 2, '3'])
    expect(addEditor([1], undefined)).toEqual([1])
  })
})
