import { describe, expect, it } from 'vitest'

import { panelModel, type WorkflowStatus } from '../../src/admin/panelModel'
import { refusalMessage } from '../../src/operations/refusalMessage'
import {
  APPROVAL_STATES,
  transition,
  transitionsFor,
  type ApprovalState,
  type TransitionContext,
} from '../../src/workflow/approval'
import { tFor } from '../helpers/translate'

const en = tFor('en')
const fr = tFor('fr')

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  announceable: true,
  announced: false,
  approvalIsCurrent: false,
  editors: [],
  live: false,
  now: new Date('2026-01-01T10:00:00Z'),
  roles: ['reviewer'],
  stubEmpty: false,
  submittedBy: 99,
  userId: 1,
  ...over,
})

const FROM: readonly ApprovalState[] = ['draft', 'in_review', 'changes_requested', 'approved']

describe('announce: every state, nothing live', () => {
  for (const state of APPROVAL_STATES) {
    const allowed = FROM.includes(state)
    it(`${state} --announce--> ${allowed ? `${state} (the state stays)` : 'wrong_state'}`, () => {
      const outcome = transition(state, 'announce', ctx())
      if (allowed) expect(outcome).toEqual({ ok: true, to: state })
      else
        expect(outcome).toEqual({
          code: 'wrong_state',
          ok: false,
          params: { allowed: FROM, state, transition: 'announce' },
        })
    })
  }
  it('again while a stub is announced (a newer stub replaces it)', () => {
    expect(transition('in_review', 'announce', ctx({ announced: true }))).toEqual({
      ok: true,
      to: 'in_review',
    })
  })
})

describe('announce: guards', () => {
  it('reviewers only (editors, translators, admins without the reviewer role: role)', () => {
    for (const roles of [['editor'], ['translator'], ['admin']]) {
      expect(transition('draft', 'announce', ctx({ roles }))).toEqual({
        code: 'role',
        ok: false,
        params: { roles: ['reviewer'], state: 'draft', transition: 'announce' },
      })
    }
  })
  it('not while the full text is live, whatever the state (already_live)', () => {
    for (const state of APPROVAL_STATES)
      expect(transition(state, 'announce', ctx({ live: true }))).toMatchObject({
        code: 'already_live',
        ok: false,
      })
  })
  it('not on a collection without announceFields (not_announceable)', () => {
    expect(transition('draft', 'announce', ctx({ announceable: false }))).toMatchObject({
      code: 'not_announceable',
      ok: false,
    })
  })
  it('four eyes as approve: not the submitter, not anyone who edited', () => {
    expect(transition('in_review', 'announce', ctx({ submittedBy: 1 }))).toMatchObject({
      code: 'four_eyes',
      params: { because: 'submitted' },
    })
    expect(transition('draft', 'announce', ctx({ editors: [5, '1'] }))).toMatchObject({
      code: 'four_eyes',
      params: { because: 'edited' },
    })
    expect(transition('draft', 'announce', ctx({ editors: [5] }))).toEqual({
      ok: true,
      to: 'draft',
    })
  })
  it('not an empty stub (empty_stub)', () => {
    expect(transition('draft', 'announce', ctx({ stubEmpty: true }))).toMatchObject({
      code: 'empty_stub',
      ok: false,
    })
  })
})

describe('unpublish and discard while only a stub is live', () => {
  it.each(APPROVAL_STATES)('unpublish from %s withdraws the stub and keeps the state', (state) => {
    expect(transition(state, 'unpublish', ctx({ announced: true }))).toEqual({
      ok: true,
      to: state,
    })
  })
  it('unpublish of published text still goes to unpublished', () => {
    expect(transition('published', 'unpublish', ctx({ live: true }))).toEqual({
      ok: true,
      to: 'unpublished',
    })
  })
  it.each(APPROVAL_STATES)(
    'discard from %s is refused (announced_only): the stub is not a version to go back to',
    (state) => {
      expect(
        transition(
          state,
          'discard',
          ctx({ announced: true, draftChanges: true, roles: ['editor'] }),
        ),
      ).toEqual({ code: 'announced_only', ok: false, params: { state, transition: 'discard' } })
    },
  )
})

describe('transitionsFor and the words', () => {
  it('offers a reviewer announce on a draft of an announceable collection, not on others', () => {
    expect(transitionsFor('draft', ctx()).find((o) => o.name === 'announce')).toEqual({
      allowed: true,
      name: 'announce',
    })
    expect(
      transitionsFor('draft', ctx({ announceable: false })).find((o) => o.name === 'announce'),
    ).toMatchObject({ allowed: false, code: 'not_announceable' })
  })
  it('every announce refusal reads in both languages, without codes', () => {
    for (const over of [
      { live: true },
      { announceable: false },
      { stubEmpty: true },
      { submittedBy: 1 },
      { roles: ['editor'] },
    ]) {
      const outcome = transition('draft', 'announce', ctx(over))
      if (outcome.ok) throw new Error('expected a refusal')
      for (const t of [en, fr])
        expect(refusalMessage(t, outcome)).not.toMatch(/[a-z]+_[a-z]+|workflow:|\{\{/)
    }
    const discard = transition('draft', 'discard', ctx({ announced: true, roles: ['editor'] }))
    if (discard.ok) throw new Error('expected a refusal')
    expect(refusalMessage(en, discard)).toMatch(/announced/)
    expect(refusalMessage(fr, discard)).toMatch(/annonce/)
  })
})

describe('the panel offers announce with a confirmation, and never explains why it is closed', () => {
  const status = (transitions: { allowed: boolean; code?: string; name: string }[]) =>
    ({ history: [], state: 'draft', transitions, translations: {} }) as unknown as WorkflowStatus
  it('a secondary button that asks first', () => {
    const model = panelModel(status([{ allowed: true, name: 'announce' }]), { roles: ['reviewer'] })
    expect(model.actions).toEqual([
      {
        confirm: 'announce',
        name: 'announce',
        needsComment: false,
        needsPublishAt: false,
        style: 'secondary',
      },
    ])
  })
  it('four eyes on announce is no "cannot" line: announcing is a choice, not the next step', () => {
    const model = panelModel(status([{ allowed: false, code: 'four_eyes', name: 'announce' }]), {
      roles: ['reviewer'],
    })
    expect([model.actions, model.blocked]).toEqual([[], []])
  })
})
