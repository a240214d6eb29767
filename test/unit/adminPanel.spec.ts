import { describe, expect, it } from 'vitest'

import { englishT } from '../../src/admin/labels'
import { sourceText } from '../../src/admin/sourceText'
import { notificationFor } from '../../src/notifications/messages'

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

describe('notification messages', () => {
  const ctx = { actor: 'Emma', link: 'https://cms.example.org/admin/collections/policy-statements/7', title: 'Decent work' }
  it('names who is told and links the document', () => {
    expect(notificationFor({ locale: 'en', to: 'in_review', transition: 'submit' }, ctx, englishT)).toMatchObject({
      audience: 'reviewers',
      subject: 'Review requested: Decent work',
    })
    expect(notificationFor({ comment: 'Cite it.', locale: 'en', to: 'changes_requested', transition: 'request_changes' }, ctx, englishT)?.text).toContain(
      'Cite it.',
    )
    expect(notificationFor({ locale: 'fr', to: 'outdated', transition: 'source_changed' }, ctx, englishT)).toMatchObject({
      audience: 'translators',
      subject: 'French outdated: Decent work',
    })
  })
  it('stays silent for the other moves', () => {
    expect(notificationFor({ locale: 'en', to: 'approved', transition: 'approve' }, ctx, englishT)).toBeNull()
    expect(notificationFor({ locale: 'fr', to: 'in_progress', transition: 'source_changed' }, ctx, englishT)).toBeNull()
  })
})
