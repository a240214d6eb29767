import type { TransitionName } from '../workflow/approval'
import type { TranslationTransition } from '../workflow/translation'

export type TransitionInput = {
  collection: string
  comment?: string
  id: number | string
  /** Target locale of a translation transition; defaults to the first target locale. */
  locale?: string
  name: TransitionName | TranslationTransition
  publishAt?: Date
}

/** What a transition writes: the document data (draft or not) and the event's from/to/locale. */
export type Plan = { data: Record<string, unknown>; draft: boolean; from: string; locale: string; to: string }
