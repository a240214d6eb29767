import { describe, expect, it } from 'vitest'

import {
  afterSourceChange,
  afterTargetEdit,
  TRANSLATION_STATES,
  TRANSLATION_TRANSITIONS,
  translationTransition,
  type TranslationContext,
  type TranslationState,
  type TranslationTransition,
} from '../../src/workflow/translation'

const ctx = (over: Partial<TranslationContext> = {}): TranslationContext => ({
  comment: 'Fix the accents.',
  editors: [],
  locale: 'fr',
  roles: ['admin', 'translator', 'reviewer'],
  submittedBy: 99,
  userId: 1,
  ...over,
})

const EXPECTED: Record<
  TranslationState,
  Partial<Record<TranslationTransition, TranslationState>>
> = {
  approved: {},
  in_progress: { submit_translation: 'in_review' },
  in_review: { approve_translation: 'approved', request_translation_changes: 'in_progress' },
  not_started: {},
  outdated: { submit_translation: 'in_review' },
}

describe('every cell of the translation table', () => {
  for (const state of TRANSLATION_STATES) {
    for (const name of TRANSLATION_TRANSITIONS) {
      const expected = EXPECTED[state][name]
      it(`${state} --${name}--> ${expected ?? 'refused'}`, () => {
        const outcome = translationTransition(state, name, ctx())
        if (expected) expect(outcome).toEqual({ ok: true, to: expected })
        else
          expect(outcome).toEqual({
            code: 'wrong_state',
            ok: false,
            params: { allowed: expect.any(Array), locale: 'fr', state, transition: name },
          })
      })
    }
  }
})

describe('who and guards', () => {
  it.each([
    ['submit_translation', 'editor'],
    ['approve_translation', 'translator'],
    ['request_translation_changes', 'translator'],
  ] as const)('%s is refused to a %s', (name, role) => {
    expect(
      translationTransition(
        name === 'submit_translation' ? 'in_progress' : 'in_review',
        name,
        ctx({ roles: [role] }),
      ),
    ).toMatchObject({ code: 'role', ok: false })
  })
  it('four eyes on translation approval', () => {
    expect(
      translationTransition('in_review', 'approve_translation', ctx({ submittedBy: 1 })),
    ).toEqual({
      code: 'four_eyes',
      ok: false,
      params: {
        because: 'submitted',
        locale: 'fr',
        state: 'in_review',
        transition: 'approve_translation',
      },
    })
    expect(
      translationTransition('in_review', 'approve_translation', ctx({ editors: ['1'] })),
    ).toMatchObject({ code: 'four_eyes' })
  })
  it('request changes needs a comment', () => {
    expect(
      translationTransition('in_review', 'request_translation_changes', ctx({ comment: '' })),
    ).toMatchObject({ code: 'comment_required' })
  })
})

describe('automatic moves', () => {
  it.each(TRANSLATION_STATES)('a French edit from %s puts the translation in progress', (state) => {
    expect(afterTargetEdit(state)).toBe('in_progress')
  })
  it('a source change outdates submitted and approved translations only, and only when fields changed', () => {
    expect(TRANSLATION_STATES.map((state) => afterSourceChange(state, ['summary']))).toEqual([
      'not_started',
      'in_progress',
      'outdated',
      'outdated',
      'outdated',
    ])
    expect(afterSourceChange('approved', [])).toBe('approved')
  })
})
