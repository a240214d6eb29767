import { describe, expect, it } from 'vitest'

import { eventLabel, refusalMessage } from '../../src/operations/refusalMessage'
import {
  APPROVAL_STATES,
  transition,
  TRANSITION_NAMES,
  type TransitionContext,
} from '../../src/workflow/approval'
import {
  TRANSLATION_STATES,
  TRANSLATION_TRANSITIONS,
  translationTransition,
} from '../../src/workflow/translation'
import { tFor } from '../helpers/translate'

const en = tFor('en')
const fr = tFor('fr')

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  approvalIsCurrent: true,
  comment: 'x',
  draftChanges: true,
  editors: [],
  live: false,
  now: new Date('2026-01-01T10:00:00Z'),
  publishAt: new Date('2026-01-02T10:00:00Z'),
  roles: ['admin', 'editor', 'reviewer'],
  submittedBy: 99,
  userId: 1,
  ...over,
})

const refusal = (
  outcome: ReturnType<typeof transition> | ReturnType<typeof translationTransition>,
) => {
  if (outcome.ok) throw new Error('expected a refusal')
  return outcome
}

// Words a refusal must never show: state, transition and locale codes.
const RAW =
  /\b(in_review|changes_requested|not_started|in_progress|request_changes|submit_translation|approve_translation|request_translation_changes)\b/

describe('refusals in plain words', () => {
  it("says that changes were already requested, in English and in French (the issue's example)", () => {
    const outcome = refusal(transition('changes_requested', 'request_changes', ctx()))
    expect(refusalMessage(en, outcome)).toBe(
      'Changes were already requested on this document: the editor must submit it again before it can be reviewed.',
    )
    expect(refusalMessage(fr, outcome)).toBe(
      'Des modifications ont déjà été demandées sur ce document : le rédacteur doit le soumettre de nouveau avant une nouvelle relecture.',
    )
  })

  it('names the language and the translation status, never their codes', () => {
    const notStarted = refusal(
      translationTransition('not_started', 'submit_translation', {
        editors: [],
        locale: 'fr',
        roles: ['translator'],
        userId: 1,
      }),
    )
    expect(refusalMessage(en, notStarted)).toBe(
      'There is no French translation to submit yet: translate at least one field first.',
    )
    expect(refusalMessage(fr, notStarted)).toBe(
      "Il n'y a pas encore de traduction en français à soumettre : traduisez d'abord au moins un champ.",
    )
    const notWaiting = refusal(
      translationTransition('in_progress', 'approve_translation', {
        editors: [],
        locale: 'fr',
        roles: ['reviewer'],
        userId: 1,
      }),
    )
    expect(refusalMessage(en, notWaiting)).toBe(
      'No French translation is waiting for review: it is “In progress”.',
    )
  })

  it('names roles and transitions', () => {
    const role = refusal(transition('approved', 'publish', ctx({ roles: ['editor'] })))
    expect(refusalMessage(en, role)).toBe(
      '“Publish” is for reviewers or admins only: ask one of them.',
    )
    expect(refusalMessage(fr, role)).toBe(
      "« Publier » est réservé aux relecteurs ou administrateurs : demandez à l'un d'eux.",
    )
  })

  it('falls back to a sentence with state names for the other wrong states', () => {
    const archive = refusal(transition('in_review', 'archive', ctx()))
    expect(refusalMessage(en, archive)).toBe(
      '“Archive” is not possible now: this document is “In review”; it must be “Draft”, “Changes requested” or “Unpublished”.',
    )
    expect(refusalMessage(fr, archive)).toBe(
      "« Archiver » n'est pas possible maintenant : ce document est à l'état « En relecture » ; il doit être “Brouillon”, “Modifications demandées” ou “Dépublié”.",
    )
  })

  it('every refusal of every cell reads without a code, in both languages', () => {
    const contexts = [
      ctx(),
      ctx({ live: true }),
      ctx({ live: true, draftChanges: false }),
      ctx({ roles: ['translator'] }),
      ctx({ submittedBy: 1 }),
      ctx({ approvalIsCurrent: false }),
    ]
    for (const c of contexts) {
      for (const state of APPROVAL_STATES) {
        for (const name of TRANSITION_NAMES) {
          const outcome = transition(state, name, c)
          if (outcome.ok) continue
          for (const t of [en, fr]) {
            const text = refusalMessage(t, outcome)
            expect(text, `${state} ${name} ${outcome.code}`).not.toMatch(RAW)
            expect(text).not.toMatch(/workflow:/)
            if (t === en) expect(text).not.toMatch(/\b(fr|en)\b/)
          }
        }
      }
    }
    for (const state of TRANSLATION_STATES) {
      for (const name of TRANSLATION_TRANSITIONS) {
        for (const roles of [['translator'], ['reviewer'], ['editor']]) {
          const outcome = translationTransition(state, name, {
            comment: '',
            editors: [],
            locale: 'fr',
            roles,
            submittedBy: 1,
            userId: 1,
          })
          if (outcome.ok) continue
          for (const t of [en, fr])
            expect(refusalMessage(t, outcome), `${state} ${name} ${outcome.code}`).not.toMatch(RAW)
          expect(refusalMessage(en, outcome)).not.toMatch(/\b(fr|en)\b/)
        }
      }
    }
  })
})

describe('event names', () => {
  it('says what an edit voided: an approval or a publication', () => {
    expect(eventLabel(en, { from: 'approved', transition: 'edit' })).toBe('Edited after approval')
    expect(eventLabel(en, { from: 'published', transition: 'edit' })).toBe(
      'Edited after publication',
    )
    expect(eventLabel(fr, { from: 'published', transition: 'edit' })).toBe(
      'Modifié après publication',
    )
    expect(eventLabel(en, { from: 'in_review', transition: 'withdraw' })).toBe(
      'Withdraw from review',
    )
    expect(eventLabel(en, { from: 'in_review', transition: 'suggest' })).toBe('Edits suggested')
    expect(eventLabel(fr, { from: 'draft', transition: 'discard' })).toBe('Abandonner le brouillon')
  })
})
