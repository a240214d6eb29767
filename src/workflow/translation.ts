import { mayMake, type RefusalParams } from './approval'
import { fourEyesConflict } from './fourEyes'

/**
 * The translation machine, one per document and target locale. Three transitions are made by
 * people; the other moves are automatic: a target-locale edit puts the translation in progress,
 * a source change makes a submitted or approved translation outdated.
 */
export const TRANSLATION_STATES = [
  'not_started',
  'in_progress',
  'in_review',
  'approved',
  'outdated',
] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

export const TRANSLATION_TRANSITIONS = [
  'submit_translation',
  'request_translation_changes',
  'approve_translation',
] as const
export type TranslationTransition = (typeof TRANSLATION_TRANSITIONS)[number]

type Rule = {
  fourEyes?: boolean
  from: readonly TranslationState[]
  needsComment?: boolean
  roles: readonly string[]
  to: TranslationState
}

export const TRANSLATION_TABLE = {
  approve_translation: { fourEyes: true, from: ['in_review'], roles: ['reviewer'], to: 'approved' },
  request_translation_changes: {
    from: ['in_review'],
    needsComment: true,
    roles: ['reviewer'],
    to: 'in_progress',
  },
  submit_translation: {
    from: ['in_progress', 'outdated'],
    roles: ['translator', 'admin'],
    to: 'in_review',
  },
} as const satisfies Record<TranslationTransition, Rule>

export type TranslationContext = {
  comment?: string
  /** Users who changed this locale's fields since the last translation approval. */
  editors: readonly (number | string)[]
  locale: string
  /** The app's `can` verdict per transition, when it gives one: it replaces the roles check (every other rule still holds). */
  permitted?: Readonly<Partial<Record<TranslationTransition, boolean>>>
  /** The caller's workflow roles. */
  roles: readonly string[]
  submittedBy?: null | number | string
  userId: number | string
}

export type TranslationOutcome =
  | {
      code: 'comment_required' | 'four_eyes' | 'role' | 'wrong_state'
      ok: false
      params: RefusalParams
    }
  | { ok: true; to: TranslationState }

/** The next status of one locale's translation, or why not (a code and its parameters, no prose). */
export const translationTransition = (
  state: TranslationState,
  name: TranslationTransition,
  ctx: TranslationContext,
): TranslationOutcome => {
  const rule: Rule = TRANSLATION_TABLE[name]
  const refuse = (
    code: 'comment_required' | 'four_eyes' | 'role' | 'wrong_state',
    params: Partial<RefusalParams> = {},
  ): TranslationOutcome => ({
    code,
    ok: false,
    params: { locale: ctx.locale, state, transition: name, ...params },
  })
  const permitted = ctx.permitted?.[name]
  if (!mayMake(rule.roles, ctx.roles, permitted))
    return refuse('role', { roles: permitted === false ? [] : rule.roles })
  if (!rule.from.includes(state)) return refuse('wrong_state', { allowed: rule.from })
  const conflict = rule.fourEyes ? fourEyesConflict(ctx.userId, ctx) : null
  if (conflict) return refuse('four_eyes', { because: conflict })
  if (rule.needsComment && !ctx.comment?.trim()) return refuse('comment_required')
  return { ok: true, to: rule.to }
}

/** Status after the target-locale fields were edited. */
export const afterTargetEdit = (state: TranslationState): TranslationState =>
  state === 'in_progress' ? state : 'in_progress'

/** Status after source fields changed; `changed` lists the fields that differ from what was translated. */
export const afterSourceChange = (
  state: TranslationState,
  changed: readonly string[],
): TranslationState =>
  changed.length > 0 && (state === 'approved' || state === 'in_review') ? 'outdated' : state

/** A translation the source change made outdated: its locale, the fields that changed, and its status before. */
export type OutdatedMove = { changed: string[]; from: TranslationState; locale: string }

/**
 * The translations a source change outdates: for each target locale whose submitted or approved
 * translation was made from other source text (`sourceHashes`) than `now`, the changed fields. Applied
 * when readers get the source change (publish), or on every save of a document never published.
 */
export const outdatedBy = (
  translations: Record<string, { sourceHashes: Record<string, string>; status: TranslationState }>,
  now: Record<string, string>,
  names: readonly string[],
): OutdatedMove[] =>
  Object.entries(translations).flatMap(([locale, t]) => {
    const changed = names.filter((name) => t.sourceHashes[name] !== now[name])
    return afterSourceChange(t.status, changed) === t.status
      ? []
      : [{ changed, from: t.status, locale }]
  })

export const isTranslationTransition = (name: string): name is TranslationTransition =>
  (TRANSLATION_TRANSITIONS as readonly string[]).includes(name)
