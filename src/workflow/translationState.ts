import { TRANSLATION_STATES, type TranslationState } from './translation'
import { type Id, idOf } from './ids'

import { TRANSLATION_FIELD } from './fieldNames'

/** What is stored per target locale in the `translationWorkflow` group. */
export type TranslationData = {
  /** Per-field source hashes of the last approved translation (the `sourceHashes` it was approved with). */
  approvedHashes: Record<string, string>
  approvedBy: Id | null
  editors: Id[]
  /** Per-field hashes of the source the translation was submitted (then approved) from. */
  sourceHashes: Record<string, string>
  status: TranslationState
  submittedBy: Id | null
}

export const INITIAL_TRANSLATION: TranslationData = {
  approvedBy: null,
  approvedHashes: {},
  editors: [],
  sourceHashes: {},
  status: 'not_started',
  submittedBy: null,
}

const hashes = (raw: unknown): Record<string, string> =>
  raw && typeof raw === 'object' ? (raw as Record<string, string>) : {}
const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort())

const readOne = (raw: Record<string, unknown> | undefined): TranslationData => ({
  approvedHashes: hashes(raw?.approvedHashes),
  approvedBy: idOf(raw?.approvedBy),
  editors: Array.isArray(raw?.editors)
    ? (raw.editors.map(idOf).filter((id) => id !== null) as Id[])
    : [],
  sourceHashes: hashes(raw?.sourceHashes),
  status: (TRANSLATION_STATES as readonly unknown[]).includes(raw?.status)
    ? (raw!.status as TranslationState)
    : 'not_started',
  submittedBy: idOf(raw?.submittedBy),
})

export const readTranslations = (
  doc: null | Record<string, unknown> | undefined,
  locales: readonly string[],
): Record<string, TranslationData> => {
  const group = (doc?.[TRANSLATION_FIELD] ?? {}) as Record<
    string,
    Record<string, unknown> | undefined
  >
  return Object.fromEntries(locales.map((locale) => [locale, readOne(group[locale])]))
}

const normalize = (data: Record<string, TranslationData>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(data).map(([locale, t]) => [
        locale,
        {
          approvedBy: t.approvedBy === null ? null : String(t.approvedBy),
          approvedHashes: sorted(t.approvedHashes),
          editors: t.editors.map(String),
          sourceHashes: sorted(t.sourceHashes),
          status: t.status,
          submittedBy: t.submittedBy === null ? null : String(t.submittedBy),
        },
      ]),
    ),
  )

export const sameTranslations = (
  a: Record<string, TranslationData>,
  b: Record<string, TranslationData>,
): boolean => normalize(a) === normalize(b)

export const initialTranslations = (locales: readonly string[]): Record<string, TranslationData> =>
  Object.fromEntries(locales.map((locale) => [locale, INITIAL_TRANSLATION]))
