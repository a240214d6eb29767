import type { TransitionName } from '../workflow/approval'
import type { OutdatedMove, TranslationTransition } from '../workflow/translation'

export type TransitionInput = {
  collection: string
  comment?: string
  id: number | string
  /** Target locale of a translation transition; defaults to the first target locale. */
  locale?: string
  name: TransitionName | TranslationTransition
  publishAt?: Date
}

/**
 * What a transition writes: the document data (draft or not) and the event's from/to/locale; a
 * publish also lists the translations it made outdated (each gets a `source_changed` event).
 */
export type Plan = {
  data: Record<string, unknown>
  draft: boolean
  from: string
  locale: string
  outdated?: OutdatedMove[]
  to: string
}
