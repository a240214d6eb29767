/**
 * The approval machine for the source locale: a transition table and one pure function that
 * computes the next state or a refusal. No I/O: the transition operation gathers the context
 * (who asks, who submitted and edited, whether the approved hash still matches) and runs effects.
 */
export const APPROVAL_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'unpublished',
  'archived',
] as const
export type ApprovalState = (typeof APPROVAL_STATES)[number]

export const TRANSITION_NAMES = [
  'submit',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'archive',
] as const
export type TransitionName = (typeof TRANSITION_NAMES)[number]

type Role = 'admin' | 'editor' | 'reviewer' | 'translator'

type Rule = {
  /** States it may start from; `'live'` means "whenever the document is published". */
  from: readonly ApprovalState[] | 'live'
  /** The approver may not be the submitter nor anyone who edited since the last approval. */
  fourEyes?: boolean
  /** Requires the approval hash to match the content as it is now. */
  needsCurrentApproval?: boolean
  needsComment?: boolean
  needsPublishAt?: boolean
  roles: readonly Role[]
  to: ApprovalState
}

export const APPROVAL_TABLE = {
  approve: { fourEyes: true, from: ['in_review'], roles: ['reviewer'], to: 'approved' },
  archive: { from: ['draft', 'changes_requested', 'unpublished'], roles: ['editor', 'admin'], to: 'archived' },
  publish: { from: ['approved'], needsCurrentApproval: true, roles: ['reviewer', 'admin'], to: 'published' },
  request_changes: { from: ['in_review'], needsComment: true, roles: ['reviewer'], to: 'changes_requested' },
  schedule: { from: ['approved'], needsCurrentApproval: true, needsPublishAt: true, roles: ['reviewer'], to: 'approved' },
  submit: { from: ['draft', 'changes_requested'], roles: ['editor', 'admin'], to: 'in_review' },
  unpublish: { from: 'live', roles: ['reviewer', 'admin'], to: 'unpublished' },
} as const satisfies Record<TransitionName, Rule>

export type TransitionContext = {
  /** True when the approved hash equals the hash of the source content as it is now. */
  approvalIsCurrent: boolean
  comment?: string
  /** Users who changed the content since the last approval. */
  editors: readonly (number | string)[]
  /** Whether a published version is live. */
  live: boolean
  now: Date
  publishAt?: Date
  roles: readonly string[]
  submittedBy?: null | number | string
  userId: number | string
}

export type RefusalCode =
  | 'comment_required'
  | 'four_eyes'
  | 'not_live'
  | 'publish_at_invalid'
  | 'role'
  | 'stale_approval'
  | 'wrong_state'

export type Outcome =
  | { code: RefusalCode; message: string; ok: false }
  | { ok: true; to: ApprovalState }

const refuse = (code: RefusalCode, message: string): Outcome => ({ code, message, ok: false })

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

const label = (name: TransitionName) => name.replace('_', ' ')

/** The next state for `name` from `state`, or why not, with what to do about it. */
export const transition = (state: ApprovalState, name: TransitionName, ctx: TransitionContext): Outcome => {
  const rule: Rule = APPROVAL_TABLE[name]
  if (!rule.roles.some((role) => ctx.roles.includes(role))) {
    return refuse('role', `Only ${rule.roles.join(' or ')} users may ${label(name)}; ask one of them.`)
  }
  if (rule.from === 'live' ? !ctx.live : !rule.from.includes(state)) {
    return rule.from === 'live'
      ? refuse('not_live', `Cannot ${label(name)}: nothing of this document is published.`)
      : refuse('wrong_state', `Cannot ${label(name)} a document that is ${state}: it must be ${rule.from.join(' or ')}.`)
  }
  if (rule.fourEyes && (same(ctx.submittedBy, ctx.userId) || ctx.editors.some((id) => same(id, ctx.userId)))) {
    return refuse(
      'four_eyes',
      same(ctx.submittedBy, ctx.userId)
        ? 'You submitted this version: another reviewer must approve it.'
        : 'You edited this version: another reviewer must approve it.',
    )
  }
  if (rule.needsComment && !ctx.comment?.trim()) {
    return refuse('comment_required', 'Say what needs to change: a comment is required to request changes.')
  }
  if (rule.needsPublishAt && (!ctx.publishAt || ctx.publishAt.getTime() <= ctx.now.getTime())) {
    return refuse('publish_at_invalid', 'Give publishAt, a date and time in the future, to schedule publication.')
  }
  if (rule.needsCurrentApproval && !ctx.approvalIsCurrent) {
    return refuse('stale_approval', 'The content changed after it was approved: submit it again for a new approval.')
  }
  return { ok: true, to: rule.to }
}

export type TransitionOption = { allowed: boolean; code?: RefusalCode; name: TransitionName; reason?: string }

/** Every transition with whether this caller may make it now, and if not, why. */
export const transitionsFor = (state: ApprovalState, ctx: TransitionContext): TransitionOption[] =>
  TRANSITION_NAMES.map((name) => {
    // Inputs the caller has not typed yet do not hide a button.
    const outcome = transition(state, name, { ...ctx, comment: 'x', publishAt: new Date(ctx.now.getTime() + 60_000) })
    return outcome.ok ? { allowed: true, name } : { allowed: false, code: outcome.code, name, reason: outcome.message }
  })

export const isApprovalState = (value: unknown): value is ApprovalState =>
  typeof value === 'string' && (APPROVAL_STATES as readonly string[]).includes(value)
