import type { TranslationState } from './translation'

/** Rich text (Lexical) with no text and no other node (upload, block…) in it: an empty editor. */
const isEmptyRichText = (value: Record<string, unknown>): boolean => {
  const walk = (node: Record<string, unknown>): boolean => {
    if (typeof node.text === 'string') return node.text.trim() === ''
    if (!['linebreak', 'paragraph', 'root', undefined].includes(node.type as string)) return false
    return ((node.children as Record<string, unknown>[] | undefined) ?? []).every(walk)
  }
  return walk(value.root as Record<string, unknown>)
}

/**
 * Nothing to translate or nothing translated: no value, blank text, no rows, an empty editor, or an
 * object with no key (the text of a mixed field whose localized leaves are all empty).
 */
export const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    (Object.keys(value).length === 0 ||
      ('root' in value && isEmptyRichText(value as Record<string, unknown>))))

export type TranslationProgress = {
  /** Fields whose target text is approved for the current source. */
  approved: number
  /** Fields with source content and no target text yet. */
  missing: string[]
  /** Fields whose source changed since the translation was submitted or approved. */
  outdated: string[]
  /** Fields with source content: what there is to translate. */
  total: number
}

/**
 * How far one document's translation into one locale has come, field by field. Only fields with
 * content in the source count (given `source`): an empty English summary is nothing to translate.
 */
export const translationProgress = (
  fields: readonly string[],
  target: Record<string, unknown>,
  status: TranslationState,
  changed: readonly string[],
  source?: Record<string, unknown>,
): TranslationProgress => {
  const names = source ? fields.filter((name) => !isEmpty(source[name])) : fields
  const missing = names.filter((name) => isEmpty(target[name]))
  const outdated =
    status === 'outdated'
      ? names.filter((name) => changed.includes(name) && !missing.includes(name))
      : []
  const approved = status === 'approved' ? names.length - missing.length : 0
  return { approved, missing, outdated, total: names.length }
}
