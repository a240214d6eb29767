import { fourEyesConflict } from './fourEyes'
import type { WorkflowRole } from './roles'

/**
 * The approval machine for the source locale: a transition table and one pure function that
 * computes the next state or a refusal (a code and its parameters, never prose: the caller renders
 * it in the reader's language). No I/O: the transition operation gathers the context (who asks, who
 * submitted and edited, whether the approved hash still matches) and runs effects.
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
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'discard',
  'archive',
  'announce',
] as const
export type TransitionName = (typeof TRANSITION_NAMES)[number]

type Rule = {
  /** A public stub of the document (collections with `announceFields` only): not while the full text is live. */
  announces?: boolean
  /** States it may start from; `'live'` means "whenever the document is published". */
  from: readonly ApprovalState[] | 'live'
  /** The approver may not be the submitter nor anyone who edited since the last approval. */
  fourEyes?: boolean
  /** Requires the approval hash to match the content as it is now. */
  needsCurrentApproval?: boolean
  needsComment?: boolean
  /** Requires a working copy that differs from the published version. */
  needsDraftChanges?: boolean
  needsPublishAt?: boolean
  roles: readonly WorkflowRole[]
  /** The published version's state for `discard`, which goes back to it; `'same'`: the state does not change. */
  to: ApprovalState | 'same'
}

export const APPROVAL_TABLE = {
  // Readers get a stub (status coming_soon) while the full text goes on through review: the state stays.
  announce: {
    announces: true,
    fourEyes: true,
    from: ['draft', 'in_review', 'changes_requested', 'approved'],
    roles: ['reviewer'],
    to: 'same',
  },
  approve: { fourEyes: true, from: ['in_review'], roles: ['reviewer'], to: 'approved' },
  archive: {
    from: ['draft', 'changes_requested', 'unpublished'],
    roles: ['editor', 'admin'],
    to: 'archived',
  },
  discard: { from: 'live', needsDraftChanges: true, roles: ['editor', 'admin'], to: 'published' },
  publish: {
    from: ['approved'],
    needsCurrentApproval: true,
    roles: ['reviewer', 'admin'],
    to: 'published',
  },
  request_changes: {
    from: ['in_review'],
    needsComment: true,
    roles: ['reviewer'],
    to: 'changes_requested',
  },
  schedule: {
    from: ['approved'],
    needsCurrentApproval: true,
    needsPublishAt: true,
    roles: ['reviewer'],
    to: 'approved',
  },
  submit: { from: ['draft', 'changes_requested'], roles: ['editor', 'admin'], to: 'in_review' },
  unpublish: { from: 'live', roles: ['reviewer', 'admin'], to: 'unpublished' },
  withdraw: { from: ['in_review'], roles: ['editor', 'admin'], to: 'draft' },
} as const satisfies Record<TransitionName, Rule>

export type TransitionContext = {
  /** Whether the collection lists fields a stub can be made of (`announceFields`). */
  announceable?: boolean
  /** Whether readers get an announced stub (status coming_soon); the full text is not live then. */
  announced?: boolean
  /** True when the approved hash equals the hash of the source content as it is now. */
  approvalIsCurrent: boolean
  comment?: string
  /** True when the working copy differs from the published version (false when nothing is live). */
  draftChanges?: boolean
  /** Users who changed the content since the last approval. */
  editors: readonly (number | string)[]
  /** Whether a published version of the full text is live (an announced stub is not). */
  live: boolean
  now: Date
  /**
   * The app's `can` verdict per transition, when it gives one: it replaces the roles check for that
   * transition (every other rule still holds).
   */
  permitted?: Readonly<Partial<Record<TransitionName, boolean>>>
  publishAt?: Date
  /** The caller's workflow roles. */
  roles: readonly string[]
  /** The stub would have no title (`announce`). */
  stubEmpty?: boolean
  submittedBy?: null | number | string
  userId: number | string
}

export type RefusalCode =
  | 'already_live'
  | 'announced_only'
  | 'comment_required'
  | 'empty_stub'
  | 'four_eyes'
  | 'not_announceable'
  | 'not_live'
  | 'nothing_to_discard'
  | 'publish_at_invalid'
  | 'role'
  | 'stale_approval'
  | 'wrong_state'

/** What a refusal is about; the words are made from these by `refusalMessage`. */
export type RefusalParams = {
  /** States the transition starts from (`wrong_state`). */
  allowed?: readonly string[]
  /** `four_eyes`: whether the caller submitted or edited the version. */
  because?: 'edited' | 'submitted'
  /** Target locale of a translation refusal. */
  locale?: string
  /** Roles that may make the transition (`role`). */
  roles?: readonly string[]
  state: string
  transition: string
}

export type Refusal = { code: RefusalCode; ok: false; params: RefusalParams }

export type Outcome = Refusal | { ok: true; to: ApprovalState }

/** Whether the caller may make a transition at all: the app's `can` verdict when given, else the roles table. */
export const mayMake = (
  ruleRoles: readonly string[],
  roles: readonly string[],
  permitted: boolean | undefined,
): boolean => permitted ?? ruleRoles.some((role) => roles.includes(role))

/** The next state for `name` from `state`, or why not (a code and its parameters). */
export const transition = (
  state: ApprovalState,
  name: TransitionName,
  ctx: TransitionContext,
): Outcome => {
  const rule: Rule = APPROVAL_TABLE[name]
  const refuse = (code: RefusalCode, params: Partial<RefusalParams> = {}): Refusal => ({
    code,
    ok: false,
    params: { state, transition: name, ...params },
  })
  const permitted = ctx.permitted?.[name]
  // Refused by the app's `can`: no role would help, so none is named.
  if (!mayMake(rule.roles, ctx.roles, permitted))
    return refuse('role', { roles: permitted === false ? [] : rule.roles })
  if (rule.announces && !ctx.announceable) return refuse('not_announceable')
  if (rule.announces && ctx.live) return refuse('already_live')
  // Unpublishing an announced document withdraws its stub; nothing else acts on a stub as on published text.
  const withdrawsStub = name === 'unpublish' && !ctx.live && Boolean(ctx.announced)
  if (rule.from === 'live' ? !ctx.live && !withdrawsStub : !rule.from.includes(state)) {
    if (rule.from !== 'live') return refuse('wrong_state', { allowed: rule.from })
    return name === 'discard' && ctx.announced ? refuse('announced_only') : refuse('not_live')
  }
  const conflict = rule.fourEyes ? fourEyesConflict(ctx.userId, ctx) : null
  if (conflict) return refuse('four_eyes', { because: conflict })
  if (rule.needsDraftChanges && !ctx.draftChanges) return refuse('nothing_to_discard')
  if (rule.needsComment && !ctx.comment?.trim()) return refuse('comment_required')
  if (rule.needsPublishAt && (!ctx.publishAt || ctx.publishAt.getTime() <= ctx.now.getTime()))
    return refuse('publish_at_invalid')
  if (rule.needsCurrentApproval && !ctx.approvalIsCurrent) return refuse('stale_approval')
  if (rule.announces && ctx.stubEmpty) return refuse('empty_stub')
  return { ok: true, to: rule.to === 'same' || withdrawsStub ? state : rule.to }
}

export type TransitionOption = {
  allowed: boolean
  code?: RefusalCode
  name: TransitionName
  params?: RefusalParams
  /** The refusal in words, in the caller's language (added where the request is known). */
  reason?: string
}

/** Every transition with whether this caller may make it now, and if not, why (code and parameters). */
export const transitionsFor = (state: ApprovalState, ctx: TransitionContext): TransitionOption[] =>
  TRANSITION_NAMES.map((name) => {
    // Inputs the caller has not typed yet do not hide a button.
    const outcome = transition(state, name, {
      ...ctx,
      comment: 'x',
      publishAt: new Date(ctx.now.getTime() + 60_000),
    })
    return outcome.ok
      ? { allowed: true, name }
      : { allowed: false, code: outcome.code, name, params: outcome.params }
  })

export const isApprovalState = (value: unknown): value is ApprovalState =>
  typeof value === 'string' && (APPROVAL_STATES as readonly string[]).includes(value)
