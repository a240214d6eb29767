import { TRANSLATION_STATES, type TranslationState } from './translation'
import { type Id, idOf } from './state'

export const TRANSLATION_FIELD = 'translation'

/** What is stored per target locale in the `translation` group. */
export type TranslationData = {
  approvedBy: Id | null
  editors: Id[]
  /** Per-field hashes of the source the translation was submitted (then approved) from. */
  sourceHashes: Record<string, string>
  status: TranslationState
  submittedBy: Id | null
}

export const INITIAL_TRANSLATION: TranslationData = { approvedBy: null, editors: [], sourceHashes: {}, status: 'not_started', submittedBy: null }


const readOne = (raw: Record<string, unknown> | undefined): TranslationData => ({
  approvedBy: idOf(raw?.approvedBy),
  editors: Array.isArray(raw?.editors) ? (raw.editors.map(idOf).filter((id) => id !== null) as Id[]) : [],
  sourceHashes: raw?.sourceHashes && typeof raw.sourceHashes === 'object' ? (raw.sourceHashes as Record<string, string>) : {},
  status: (TRANSLATION_STATES as readonly unknown[]).includes(raw?.status) ? (raw!.status as TranslationState) : 'not_started',
  submittedBy: idOf(raw?.submittedBy),
})

export const readTranslations = (doc: null | Record<string, unknown> | undefined, locales: readonly string[]): Record<string, TranslationData> => {
  const group = (doc?.[TRANSLATION_FIELD] ?? {}) as Record<string, Record<string, unknown> | undefined>
  return Object.fromEntries(locales.map((locale) => [locale, readOne(group[locale])]))
}

const normalize = (data: Record<string, TranslationData>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(data).map(([locale, t]) => [
        locale,
        { ...t, approvedBy: t.approvedBy === null ? null : String(t.approvedBy), editors: t.editors.map(String), sourceHashes: Object.fromEntries(Object.entries(t.sourceHashes).sort()), submittedBy: t.submittedBy === null ? null : String(t.submittedBy) },
      ]),
    ),
  )

export const sameTranslations = (a: Record<string, TranslationData>, b: Record<string, TranslationData>): boolean => normalize(a) === normalize(b)

export const initialTranslations = (locales: readonly string[]): Record<string, TranslationData> =>
  Object.fromEntries(locales.map((locale) => [locale, INITIAL_TRANSLATION]))
