import { describe, expect, it } from 'vitest'

import {
  APPROVAL_STATES,
  APPROVAL_TABLE,
  transition,
  TRANSITION_NAMES,
  transitionsFor,
  type ApprovalState,
  type TransitionContext,
  type TransitionName,
} from '../../src/workflow/approval'

const now = new Date('2026-01-01T10:00:00Z')
const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  approvalIsCurrent: true,
  comment: 'Please cite the source.',
  draftChanges: true,
  editors: [],
  live: false,
  now,
  publishAt: new Date('2026-01-02T10:00:00Z'),
  roles: ['admin', 'editor', 'reviewer'],
  submittedBy: 99,
  userId: 1,
  ...over,
})

// The expected table, written out by hand: state → transition → next state (absent = refused).
const EXPECTED: Record<ApprovalState, Partial<Record<TransitionName, ApprovalState>>> = {
  approved: { publish: 'published', schedule: 'approved' },
  archived: {},
  changes_requested: { archive: 'archived', submit: 'in_review' },
  draft: { archive: 'archived', submit: 'in_review' },
  in_review: { approve: 'approved', request_changes: 'changes_requested', withdraw: 'draft' },
  published: {},
  unpublished: { archive: 'archived' },
}

describe('every cell of the table (not live)', () => {
  for (const state of APPROVAL_STATES) {
    for (const name of TRANSITION_NAMES) {
      const expected = EXPECTED[state][name]
      it(`${state} --${name}--> ${expected ?? 'refused'}`, () => {
        const outcome = transition(state, name, ctx())
        if (expected) expect(outcome).toEqual({ ok: true, to: expected })
        else
          expect(outcome).toMatchObject({
            code:
              name === 'unpublish' || name === 'discard'
                ? 'not_live'
                : name === 'announce'
                  ? 'not_announceable'
                  : 'wrong_state',
            ok: false,
            params: { state, transition: name },
          })
      })
    }
  }
})

describe('unpublish depends on a live version, not on the state', () => {
  it.each(APPROVAL_STATES)('from %s while live', (state) => {
    expect(transition(state, 'unpublish', ctx({ live: true }))).toEqual({
      ok: true,
      to: 'unpublished',
    })
  })
  it('is refused with not_live when nothing is live', () => {
    expect(transition('published', 'unpublish', ctx())).toEqual({
      code: 'not_live',
      ok: false,
      params: { state: 'published', transition: 'unpublish' },
    })
  })
})

describe('discard goes back to the published version, from any state, while live', () => {
  it.each(APPROVAL_STATES)('from %s with changes in the working copy', (state) => {
    expect(transition(state, 'discard', ctx({ live: true }))).toEqual({ ok: true, to: 'published' })
  })
  it.each(APPROVAL_STATES)(
    'from %s, nothing to discard when the working copy is the published one',
    (state) => {
      expect(transition(state, 'discard', ctx({ draftChanges: false, live: true }))).toEqual({
        code: 'nothing_to_discard',
        ok: false,
        params: { state, transition: 'discard' },
      })
    },
  )
  it('not_live when nothing is published', () => {
    expect(transition('draft', 'discard', ctx({ draftChanges: false }))).toMatchObject({
      code: 'not_live',
    })
  })
})

describe('who may make each transition', () => {
  const firstState = (name: TransitionName): ApprovalState => {
    const from = APPROVAL_TABLE[name].from
    return from === 'live' ? 'published' : from[0]!
  }
  for (const name of TRANSITION_NAMES) {
    for (const role of ['admin', 'editor', 'reviewer', 'translator'] as const) {
      const allowed = (APPROVAL_TABLE[name].roles as readonly string[]).includes(role)
      it(`${role} ${allowed ? 'may' : 'may not'} ${name}`, () => {
        // announce is made while nothing is live, on a collection with announceFields.
        const outcome = transition(
          firstState(name),
          name,
          ctx({ announceable: true, live: name !== 'announce', roles: [role] }),
        )
        if (allowed) expect(outcome.ok).toBe(true)
        else
          expect(outcome).toEqual({
            code: 'role',
            ok: false,
            params: {
              roles: APPROVAL_TABLE[name].roles,
              state: firstState(name),
              transition: name,
            },
          })
      })
    }
  }
})

describe('guards', () => {
  it('four eyes: the submitter cannot approve, admins included', () => {
    expect(
      transition('in_review', 'approve', ctx({ roles: ['admin', 'reviewer'], submittedBy: 1 })),
    ).toEqual({
      code: 'four_eyes',
      ok: false,
      params: { because: 'submitted', state: 'in_review', transition: 'approve' },
    })
  })
  it('four eyes: nobody who edited since the last approval can approve', () => {
    expect(transition('in_review', 'approve', ctx({ editors: [5, '1'] }))).toMatchObject({
      code: 'four_eyes',
      params: { because: 'edited' },
    })
    expect(transition('in_review', 'approve', ctx({ editors: [5] }))).toEqual({
      ok: true,
      to: 'approved',
    })
  })
  it('request_changes needs a comment', () => {
    expect(transition('in_review', 'request_changes', ctx({ comment: '  ' }))).toMatchObject({
      code: 'comment_required',
      ok: false,
    })
  })
  it('schedule needs a future publishAt', () => {
    expect(transition('approved', 'schedule', ctx({ publishAt: undefined }))).toMatchObject({
      code: 'publish_at_invalid',
    })
    expect(
      transition('approved', 'schedule', ctx({ publishAt: new Date('2025-12-31T00:00:00Z') })),
    ).toMatchObject({ code: 'publish_at_invalid' })
  })
  it('publish and schedule need the approval to match the content', () => {
    for (const name of ['publish', 'schedule'] as const) {
      expect(transition('approved', name, ctx({ approvalIsCurrent: false }))).toEqual({
        code: 'stale_approval',
        ok: false,
        params: { state: 'approved', transition: name },
      })
    }
  })
})

describe('transitionsFor', () => {
  it('lists what an editor may do on a draft, and why the rest is closed', () => {
    const options = transitionsFor('draft', ctx({ roles: ['editor'] }))
    expect(options.filter((option) => option.allowed).map((option) => option.name)).toEqual([
      'submit',
      'archive',
    ])
    expect(options.find((option) => option.name === 'approve')).toEqual({
      allowed: false,
      code: 'role',
      name: 'approve',
      params: { roles: ['reviewer'], state: 'draft', transition: 'approve' },
    })
  })
  it('does not hide request_changes or schedule for want of a comment or date', () => {
    const names = transitionsFor('in_review', ctx({ comment: undefined, roles: ['reviewer'] }))
      .filter((o) => o.allowed)
      .map((o) => o.name)
    expect(names).toEqual(['request_changes', 'approve'])
  })
  it('offers an editor withdraw on a submission in review, and discard on a live document with a changed working copy', () => {
    expect(
      transitionsFor('in_review', ctx({ roles: ['editor'] }))
        .filter((o) => o.allowed)
        .map((o) => o.name),
    ).toEqual(['withdraw'])
    expect(
      transitionsFor('draft', ctx({ live: true, roles: ['editor'] }))
        .filter((o) => o.allowed)
        .map((o) => o.name),
    ).toEqual(['submit', 'discard', 'archive'])
  })
})

describe('withdraw and discard, every role in every state', () => {
  const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
  for (const role of ROLES) {
    for (const state of APPROVAL_STATES) {
      it(`${role} withdraws from ${state}: ${role === 'admin' || role === 'editor' ? (state === 'in_review' ? 'draft' : 'wrong_state') : 'role'}`, () => {
        const outcome = transition(state, 'withdraw', ctx({ roles: [role] }))
        if (role === 'reviewer' || role === 'translator')
          expect(outcome).toMatchObject({ code: 'role', ok: false })
        else if (state === 'in_review') expect(outcome).toEqual({ ok: true, to: 'draft' })
        else
          expect(outcome).toEqual({
            code: 'wrong_state',
            ok: false,
            params: { allowed: ['in_review'], state, transition: 'withdraw' },
          })
      })
      it(`${role} discards from ${state} while live: ${role === 'admin' || role === 'editor' ? 'published' : 'role'}`, () => {
        const outcome = transition(state, 'discard', ctx({ live: true, roles: [role] }))
        if (role === 'reviewer' || role === 'translator')
          expect(outcome).toMatchObject({ code: 'role', ok: false })
        else expect(outcome).toEqual({ ok: true, to: 'published' })
      })
    }
  }
})
