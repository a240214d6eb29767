import type { SanitizedCollectionConfig } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { sameContent } from '../workflow/contentHash'
import { decideDelivery, type DeliveryCandidate } from '../workflow/delivery'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PROGRESS_FIELD } from '../workflow/fieldNames'
import { translatableFieldNames } from '../workflow/sourceContent'
import { changedFields, fieldHashes } from '../workflow/sourceDiff'
import { readTranslations, type TranslationData } from '../workflow/translationState'

export type Row = Record<string, unknown>

/**
 * The published document as readers have it: the stored row (all locales) and its source field
 * hashes; or, taken before a publish when readers have no approved translation, only the row's
 * `_status` and markers (no text, no hashes), since no text of theirs can be delivered again.
 */
export type PublishedSnapshot = { row: Row; sourceHashes: Record<string, string> }

/**
 * What the published row must change to carry only approved translations: every translatable
 * field (all its locales) when some target text changes, else null; and the reader markers.
 */
export type DeliveryChanges = { markers: Row; text: null | Row }

type Plan = { collection: SanitizedCollectionConfig; options: SanitizedWorkflowOptions }

const valuesIn = (doc: Row, names: readonly string[], locale: string): Row =>
  Object.fromEntries(names.map((name) => [name, (doc[name] as null | Row | undefined)?.[locale] ?? null]))

export const markerOf = (snapshot: null | PublishedSnapshot, locale: string) => (snapshot?.row[DELIVERY_FIELD] as Row | undefined)?.[locale]

/** Hashes of the source text a row (all locales) holds, per translatable field. */
export const sourceHashesOf = ({ collection, options }: Plan, row: Row): Record<string, string> => {
  const names = translatableFieldNames(collection.fields)
  return fieldHashes(valuesIn(row, names, options.sourceLocale), names)
}

/**
 * The approved text that could be published in `locale`: the draft's, when its translation is
 * approved (or was approved and only the source moved since); else what readers had, when that
 * was approved text.
 */
const candidateFor = (locale: string, state: TranslationData, draft: Row, previous: null | PublishedSnapshot, names: readonly string[]): DeliveryCandidate | null => {
  const approvedUnchanged =
    state.status === 'outdated' && Object.keys(state.approvedHashes).length > 0 && changedFields(state.approvedHashes, state.sourceHashes).length === 0
  if (state.status === 'approved' || approvedUnchanged) return { hashes: state.sourceHashes, values: valuesIn(draft, names, locale) }
  if (previous && markerOf(previous, locale) === 'approved') return { hashes: previous.sourceHashes, values: valuesIn(previous.row, names, locale) }
  return null
}

/**
 * Given the published row (`row`, all locales: as stored, or as a publish is about to store it),
 * the draft whose translation states count, and what readers had before (`before`), what the row
 * must change so that each target locale carries only approved text made from the source in
 * `row`, with its marker and progress. Null when the row is right as it is.
 */
export const planDelivery = (plan: Plan, { before, draft, row }: { before: null | PublishedSnapshot; draft: Row; row: Row }): DeliveryChanges | null => {
  const { collection, options } = plan
  const names = translatableFieldNames(collection.fields)
  const sourceHashes = sourceHashesOf(plan, row)
  const states = readTranslations(draft, options.targetLocales)
  const text: Row = Object.fromEntries(names.map((name) => [name, row[name]]))
  const delivery: Row = {}
  const progress: Row = {}
  let textChanged = false
  for (const locale of options.targetLocales) {
    const state = states[locale]!
    const everApproved = state.approvedBy !== null || ['approved', 'outdated'].includes(String(markerOf(before, locale)))
    const decision = decideDelivery({ candidate: candidateFor(locale, state, draft, before, names), everApproved, names, sourceHashes })
    for (const name of names) {
      const { [locale]: current, ...others } = (text[name] as null | Row | undefined) ?? {}
      const next = decision.values ? decision.values[name] : null
      if (!sameContent(current, next)) textChanged = true
      text[name] = decision.values ? { ...others, [locale]: next } : others
    }
    delivery[locale] = decision.delivery
    progress[locale] = decision.progress
  }
  const slugs = (text[options.slugField] ?? row[options.slugField] ?? {}) as Row
  const alternates = hasSlugField(collection, options)
    ? { [ALTERNATES_FIELD]: Object.fromEntries([options.sourceLocale, ...options.targetLocales].map((locale) => [locale, slugs[locale] ?? null])) }
    : {}
  const markers: Row = { ...alternates, [DELIVERY_FIELD]: delivery, [PROGRESS_FIELD]: progress }
  const markersChanged = Object.entries(markers).some(([name, value]) => !sameContent(row[name], value))
  return textChanged || markersChanged ? { markers, text: textChanged ? text : null } : null
}
