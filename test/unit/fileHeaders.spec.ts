import { describe, expect, it } from 'vitest'

import { attachmentDisposition } from '../../src/delivery/fileHeaders'

describe('attachmentDisposition', () => {
  it('quotes a plain name as it is', () => {
    expect(attachmentDisposition('statement.pdf')).toBe(
      `attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`,
    )
  })
  it('keeps quotes, backslashes and non-ASCII out of the quoted name, and the exact name in filename*', () => {
    expect(attachmentDisposition('déclaration "v2"\\.pdf')).toBe(
      `attachment; filename="d_claration _v2__.pdf"; filename*=UTF-8''d%C3%A9claration%20%22v2%22%5C.pdf`,
    )
  })
})
