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
  in_review: { approve: 'approved', request_changes: 'changes_requested' },
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
        else expect(outcome).toMatchObject({ code: name === 'unpublish' ? 'not_live' : 'wrong_state', ok: false })
      })
    }
  }
})

describe('unpublish depends on a live version, not on the state', () => {
  it.each(APPROVAL_STATES)('from %s while live', (state) => {
    expect(transition(state, 'unpublish', ctx({ live: true }))).toEqual({ ok: true, to: 'unpublished' })
  })
  it('explains when nothing is live', () => {
    expect(transition('published', 'unpublish', ctx())).toEqual({ code: 'not_live', message: 'Cannot unpublish: nothing of this document is published.', ok: false })
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
        const outcome = transition(firstState(name), name, ctx({ live: true, roles: [role] }))
        if (allowed) expect(outcome.ok).toBe(true)
        else expect(outcome).toMatchObject({ code: 'role', message: expect.stringMatching(/^Only .+ users may /), ok: false })
      })
    }
  }
})

describe('guards', () => {
  it('four eyes: the submitter cannot approve, admins included', () => {
    expect(transition('in_review', 'approve', ctx({ roles: ['admin', 'reviewer'], submittedBy: 1 }))).toEqual({
      code: 'four_eyes',
      message: 'You submitted this version: another reviewer must approve it.',
      ok: false,
    })
  })
  it('four eyes: nobody who edited since the last approval can approve', () => {
    expect(transition('in_review', 'approve', ctx({ editors: [5, '1'] }))).toMatchObject({ code: 'four_eyes', message: 'You edited this version: another reviewer must approve it.' })
    expect(transition('in_review', 'approve', ctx({ editors: [5] }))).toEqual({ ok: true, to: 'approved' })
  })
  it('request_changes needs a comment', () => {
    expect(transition('in_review', 'request_changes', ctx({ comment: '  ' }))).toMatchObject({ code: 'comment_required', ok: false })
  })
  it('schedule needs a future publishAt', () => {
    expect(transition('approved', 'schedule', ctx({ publishAt: undefined }))).toMatchObject({ code: 'publish_at_invalid' })
    expect(transition('approved', 'schedule', ctx({ publishAt: new Date('2025-12-31T00:00:00Z') }))).toMatchObject({ code: 'publish_at_invalid' })
  })
  it('publish and schedule need the approval to match the content', () => {
    for (const name of ['publish', 'schedule'] as const) {
      expect(transition('approved', name, ctx({ approvalIsCurrent: false }))).toEqual({
        code: 'stale_approval',
        message: 'The content changed after it was approved: submit it again for a new approval.',
        ok: false,
      })
    }
  })
})

describe('transitionsFor', () => {
  it('lists what an editor may do on a draft, and why the rest is closed', () => {
    const options = transitionsFor('draft', ctx({ roles: ['editor'] }))
    expect(options.filter((option) => option.allowed).map((option) => option.name)).toEqual(['submit', 'archive'])
    expect(options.find((option) => option.name === 'approve')).toEqual({ allowed: false, code: 'role', name: 'approve', reason: 'Only reviewer users may approve; ask one of them.' })
  })
  it('does not hide request_changes or schedule for want of a comment or date', () => {
    const names = transitionsFor('in_review', ctx({ comment: undefined, roles: ['reviewer'] })).filter((o) => o.allowed).map((o) => o.name)
    expect(names).toEqual(['request_changes', 'approve'])
  })
})
