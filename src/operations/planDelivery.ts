import type { SanitizedCollectionConfig } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { sameContent } from '../workflow/contentHash'
import { decideDelivery, type DeliveryCandidate } from '../workflow/delivery'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  FALLBACK_FIELDS,
  PREVIOUS_SLUGS_FIELD,
  PROGRESS_FIELD,
} from '../workflow/fieldNames'
import {
  contentInLocale,
  mixedFields,
  translatableFieldNames,
  translationHashes,
  translationText,
  withLocaleText,
} from '../workflow/sourceContent'
import { changedFields } from '../workflow/sourceDiff'
import { readTranslations, type TranslationData } from '../workflow/translationState'

export type Row = Record<string, unknown>

/**
 * The published document as readers have it: the stored row (all locales) and its source field
 * hashes; or, taken before a publish when readers have no translated text, only the row's
 * `_status`, markers and addresses (no text, no hashes), since no text of theirs can be delivered again.
 */
export type PublishedSnapshot = { row: Row; sourceHashes: Record<string, string> }

/**
 * What the published row must change to carry only approved translations: every translatable
 * field (all its locales) when some target text changes, else null; and the reader markers.
 */
export type DeliveryChanges = { markers: Row; text: null | Row }

type Plan = { collection: SanitizedCollectionConfig; options: SanitizedWorkflowOptions }

/**
 * Each translatable field's text in `locale` of a row (every locale): a localized field's value,
 * a mixed field's localized leaves (see translationText), which is what delivery writes back.
 */
const valuesIn = (
  { collection }: Plan,
  doc: Row,
  names: readonly string[],
  locale: string,
): Row => {
  const fields = collection.flattenedFields
  return translationText(fields, contentInLocale(fields, doc, names, locale), names)
}

export const markerOf = (snapshot: null | PublishedSnapshot, locale: string) =>
  (snapshot?.row[DELIVERY_FIELD] as Row | undefined)?.[locale]

/** Markers under which readers have translated text in that locale (each field of it approved for the source it serves). */
export const SERVES_TRANSLATION = new Set(['approved', 'outdated', 'partial'])

/** Hashes of the source text a row (all locales) holds, per translatable field. */
export const sourceHashesOf = ({ collection, options }: Plan, row: Row): Record<string, string> => {
  const fields = collection.flattenedFields
  const names = translatableFieldNames(fields)
  return translationHashes(fields, contentInLocale(fields, row, names, options.sourceLocale), names)
}

/**
 * The approved text that could be published in `locale`: the draft's, when its translation is
 * approved (or was approved and only the source moved since); else what readers had, when that
 * was approved text.
 */
const candidateFor = (
  plan: Plan,
  locale: string,
  state: TranslationData,
  draft: Row,
  previous: null | PublishedSnapshot,
  names: readonly string[],
): DeliveryCandidate | null => {
  const approvedUnchanged =
    state.status === 'outdated' &&
    Object.keys(state.approvedHashes).length > 0 &&
    changedFields(state.approvedHashes, state.sourceHashes).length === 0
  // A field the approval recorded no source hash for was not part of what was reviewed (a mixed
  // field, before the plugin tracked their translation): readers get its source.
  const reviewed = names.filter((name) => name in state.sourceHashes)
  if (state.status === 'approved' || approvedUnchanged)
    return { hashes: state.sourceHashes, values: valuesIn(plan, draft, reviewed, locale) }
  // Each target field readers have was approved for the source field beside it in the same row.
  if (previous && SERVES_TRANSLATION.has(String(markerOf(previous, locale))))
    return { hashes: previous.sourceHashes, values: valuesIn(plan, previous.row, names, locale) }
  return null
}

const slugsOf = (row: null | Row | undefined, name: string): Row => (row?.[name] ?? {}) as Row

/**
 * Slugs readers could follow before and no longer can, per locale (oldest first): the previous
 * ones kept, plus each address of `before` that `now` no longer serves; a slug served again leaves the list.
 */
const previousSlugs = (locales: readonly string[], before: null | Row, now: Row): Row =>
  Object.fromEntries(
    locales.map((locale) => {
      const kept = (
        (slugsOf(before, PREVIOUS_SLUGS_FIELD)[locale] as string[] | undefined) ?? []
      ).filter((slug) => slug !== now[locale])
      const had = slugsOf(before, ALTERNATES_FIELD)[locale]
      const gone =
        typeof had === 'string' && had !== now[locale] && !kept.includes(had) ? [had] : []
      return [locale, [...kept, ...gone]]
    }),
  )

/**
 * Given the published row (`row`, all locales: as stored, or as a publish is about to store it),
 * the draft whose translation states count, and what readers had before (`before`), what the row
 * must change so that each target locale carries only approved text made from the source in
 * `row`, with its marker and progress. Null when the row is right as it is.
 */
export const planDelivery = (
  plan: Plan,
  { before, draft, row }: { before: null | PublishedSnapshot; draft: Row; row: Row },
): DeliveryChanges | null => {
  const { collection, options } = plan
  const names = translatableFieldNames(collection.flattenedFields)
  const sourceHashes = sourceHashesOf(plan, row)
  const source = valuesIn(plan, row, names, options.sourceLocale)
  const mixed = mixedFields(collection.flattenedFields)
  const states = readTranslations(draft, options.targetLocales)
  const text: Row = Object.fromEntries(names.map((name) => [name, row[name]]))
  const withSlug = hasSlugField(collection, options)
  const delivery: Row = {}
  const fallbacks: Row = {}
  const progress: Row = {}
  let textChanged = false
  for (const locale of options.targetLocales) {
    const state = states[locale]!
    const everApproved =
      state.approvedBy !== null || SERVES_TRANSLATION.has(String(markerOf(before, locale)))
    const decision = decideDelivery({
      candidate: candidateFor(plan, locale, state, draft, before, names),
      everApproved,
      names,
      source,
      sourceHashes,
    })
    // A French address readers knew keeps answering until a new French slug is approved (README, "No French URL breaks").
    const knownSlug =
      withSlug && !(options.slugField in decision.values)
        ? (slugsOf(before?.row, ALTERNATES_FIELD)[locale] ?? null)
        : null
    const values = knownSlug
      ? { ...decision.values, [options.slugField]: knownSlug }
      : decision.values
    for (const name of names) {
      const field = mixed.get(name)
      if (field) {
        // A shared group, tab, array or blocks: its shared part stays as published, each localized
        // leaf carries its approved text (rows found by id), or loses this locale's (readers get the source).
        const next = withLocaleText(field, text[name], locale, (values[name] ?? {}) as Row)
        if (!sameContent(text[name], next)) textChanged = true
        text[name] = next
        continue
      }
      const { [locale]: current, ...others } = (text[name] as null | Row | undefined) ?? {}
      const next = values[name] ?? null
      if (!sameContent(current ?? null, next)) textChanged = true
      text[name] = next === null ? others : { ...others, [locale]: next }
    }
    delivery[locale] = decision.delivery
    fallbacks[locale] = decision.fallbackFields.filter((name) => !(name in values))
    progress[locale] = decision.progress
  }
  const locales = [options.sourceLocale, ...options.targetLocales]
  const slugs = (text[options.slugField] ?? row[options.slugField] ?? {}) as Row
  const served = Object.fromEntries(locales.map((locale) => [locale, slugs[locale] ?? null]))
  const addresses = withSlug
    ? {
        [ALTERNATES_FIELD]: served,
        [PREVIOUS_SLUGS_FIELD]: previousSlugs(locales, before?.row ?? null, served),
      }
    : {}
  const markers: Row = {
    ...addresses,
    [DELIVERY_FIELD]: { ...delivery, [FALLBACK_FIELDS]: fallbacks },
    [PROGRESS_FIELD]: progress,
  }
  const markersChanged = Object.entries(markers).some(
    ([name, value]) => !sameContent(row[name], value),
  )
  return textChanged || markersChanged ? { markers, text: textChanged ? text : null } : null
}
