import { describe, expect, it } from 'vitest'

import { sourceText } from '../../src/admin/sourceText'

describe('source text beside a translation', () => {
  it('reads rich text, arrays and plain values as text', () => {
    const lexical = {
      root: {
        children: [
          { children: [{ text: 'Open ' }, { text: 'permits' }], type: 'paragraph' },
          { children: [{ text: 'now' }], type: 'paragraph' },
        ],
        type: 'root',
      },
    }
    expect(sourceText(lexical)).toBe('Open permits\nnow')
    expect(
      sourceText([
        { id: 'a', text: 'First' },
        { id: 'b', text: 'Second' },
      ]),
    ).toBe('First\nSecond')
    expect(sourceText(null)).toBe('')
  })
})
