/**
 * The translation machine, one per document and target locale. Three transitions are made by
 * people; the other moves are automatic: a target-locale edit puts the translation in progress,
 * a source change makes a submitted or approved translation outdated.
 */
export const TRANSLATION_STATES = ['not_started', 'in_progress', 'in_review', 'approved', 'outdated'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

export const TRANSLATION_TRANSITIONS = ['submit_translation', 'request_translation_changes', 'approve_translation'] as const
export type TranslationTransition = (typeof TRANSLATION_TRANSITIONS)[number]

type Rule = { fourEyes?: boolean; from: readonly TranslationState[]; needsComment?: boolean; roles: readonly string[]; to: TranslationState }

export const TRANSLATION_TABLE = {
  approve_translation: { fourEyes: true, from: ['in_review'], roles: ['reviewer'], to: 'approved' },
  request_translation_changes: { from: ['in_review'], needsComment: true, roles: ['reviewer'], to: 'in_progress' },
  submit_translation: { from: ['in_progress', 'outdated'], roles: ['translator', 'admin'], to: 'in_review' },
} as const satisfies Record<TranslationTransition, Rule>

export type TranslationContext = {
  comment?: string
  /** Users who changed this locale's fields since the last translation approval. */
  editors: readonly (number | string)[]
  locale: string
  roles: readonly string[]
  submittedBy?: null | number | string
  userId: number | string
}

export type TranslationOutcome =
  | { code: 'comment_required' | 'four_eyes' | 'role' | 'wrong_state'; message: string; ok: false }
  | { ok: true; to: TranslationState }

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)
const label = (name: TranslationTransition) => name.replaceAll('_', ' ')

export const translationTransition = (
  state: TranslationState,
  name: TranslationTransition,
  ctx: TranslationContext,
): TranslationOutcome => {
  const rule: Rule = TRANSLATION_TABLE[name]
  if (!rule.roles.some((role) => ctx.roles.includes(role))) {
    return { code: 'role', message: `Only ${rule.roles.join(' or ')} users may ${label(name)}; ask one of them.`, ok: false }
  }
  if (!rule.from.includes(state)) {
    return { code: 'wrong_state', message: `Cannot ${label(name)}: the ${ctx.locale} translation is ${state}; it must be ${rule.from.join(' or ')}.`, ok: false }
  }
  if (rule.fourEyes && (same(ctx.submittedBy, ctx.userId) || ctx.editors.some((id) => same(id, ctx.userId)))) {
    return { code: 'four_eyes', message: `You worked on this ${ctx.locale} translation: another reviewer must approve it.`, ok: false }
  }
  if (rule.needsComment && !ctx.comment?.trim()) {
    return { code: 'comment_required', message: 'Say what needs to change: a comment is required to request changes.', ok: false }
  }
  return { ok: true, to: rule.to }
}

/** Status after the target-locale fields were edited. */
export const afterTargetEdit = (state: TranslationState): TranslationState => (state === 'in_progress' ? state : 'in_progress')

/** Status after source fields changed; `changed` lists the fields that differ from what was translated. */
export const afterSourceChange = (state: TranslationState, changed: readonly string[]): TranslationState =>
  changed.length > 0 && (state === 'approved' || state === 'in_review') ? 'outdated' : state

export const isTranslationTransition = (name: string): name is TranslationTransition =>
  (TRANSLATION_TRANSITIONS as readonly string[]).includes(name)
