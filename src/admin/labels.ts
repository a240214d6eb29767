import { type AnyT, tw, type WorkflowKey } from '../translations'
import { serverStrings } from '../translations/server'
import type { ApprovalState, TransitionName } from '../workflow/approval'
import type { TranslationState, TranslationTransition } from '../workflow/translation'

type T = AnyT

const camel = (value: string) => value.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)
const keyOf = (prefix: string, value: string) => `${prefix}${capital(camel(value))}` as WorkflowKey
const known = (key: string): key is WorkflowKey => key in serverStrings.en

/** A language by name in the admin's language ("French", "français"); the code when unknown. */
export const languageName = (t: T, locale: string): string => {
  const key = keyOf('language', locale)
  return known(key) ? tw(t, key) : locale
}

/** "In review", "En relecture"; an unknown value as it is. */
export const stateLabel = (t: T, state: unknown): string => {
  if (typeof state !== 'string') return '—'
  const key = keyOf('state', state)
  return known(key) ? tw(t, key) : state
}

export const translationStateLabel = (t: T, state: unknown): string => {
  if (typeof state !== 'string') return '—'
  const key = keyOf('translation', state)
  return known(key) ? tw(t, key) : state
}

/** A transition's name; translation transitions name their language ("Approve French"). */
export const transitionLabel = (
  t: T,
  name: 'edit' | 'source_changed' | TransitionName | TranslationTransition | string,
  locale?: string,
): string => {
  const key = keyOf('transition', name)
  return known(key) ? tw(t, key, { language: locale ? languageName(t, locale) : '' }) : name
}

/** A label in both admin languages, for config (select options, field labels). */
export const configLabel = (key: keyof typeof serverStrings.en): { en: string; fr: string } => ({
  en: serverStrings.en[key],
  fr: capital(serverStrings.fr[key]),
})

/** Select options of a state field, labelled in both languages. */
export const stateOptions = (
  prefix: 'delivery' | 'state' | 'translation',
  values: readonly string[],
) =>
  values.map((value) => {
    const key = keyOf(prefix, value)
    return {
      label: known(key)
        ? configLabel(key as keyof typeof serverStrings.en)
        : { en: value, fr: value },
      value,
    }
  })

/** @deprecated English-only names and `t`, kept while callers move to the functions above. */
export const englishT = ((key: string, vars?: Record<string, number | string>) =>
  (serverStrings.en as Record<string, string>)[key.replace(/^workflow:/, '')]!.replace(
    /{{(\w+)}}/g,
    (_, name: string) => String(vars?.[name] ?? ''),
  )) as T

export const STATE_LABELS = Object.fromEntries(
  [
    'approved',
    'archived',
    'changes_requested',
    'draft',
    'in_review',
    'published',
    'unpublished',
  ].map((s) => [s, stateLabel(englishT, s)]),
) as Record<ApprovalState, string>
export const TRANSLATION_LABELS = Object.fromEntries(
  ['approved', 'in_progress', 'in_review', 'not_started', 'outdated'].map((s) => [
    s,
    translationStateLabel(englishT, s),
  ]),
) as Record<TranslationState, string>
export const TRANSITION_LABELS = Object.fromEntries(
  [
    'approve',
    'approve_translation',
    'archive',
    'edit',
    'publish',
    'request_changes',
    'request_translation_changes',
    'schedule',
    'source_changed',
    'submit',
    'submit_translation',
    'unpublish',
  ].map((s) => [s, transitionLabel(englishT, s, 'fr')]),
) as Record<'edit' | 'source_changed' | TransitionName | TranslationTransition, string>
export const labelOf = (labels: Record<string, string>, value: unknown): string =>
  typeof value === 'string' ? (labels[value] ?? value) : '—'
