import type { TranslationState } from './translation'

export const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

export type TranslationProgress = {
  /** Fields whose target text is approved for the current source. */
  approved: number
  /** Translatable fields with no target text yet. */
  missing: string[]
  /** Fields whose source changed since the translation was submitted or approved. */
  outdated: string[]
  total: number
}

/** How far one document's translation into one locale has come, field by field. */
export const translationProgress = (
  names: readonly string[],
  target: Record<string, unknown>,
  status: TranslationState,
  changed: readonly string[],
): TranslationProgress => {
  const missing = names.filter((name) => isEmpty(target[name]))
  const outdated = status === 'outdated' ? names.filter((name) => changed.includes(name) && !missing.includes(name)) : []
  const approved = status === 'approved' ? names.length - missing.length : 0
  return { approved, missing, outdated, total: names.length }
}
