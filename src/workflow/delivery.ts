import { isEmpty } from './progress'
import { changedFields } from './sourceDiff'

/**
 * What readers get in a target locale, per document: `approved` (every field with source content
 * has approved target text), `partial` (some have), `coming_soon` (none, and none was ever
 * approved), `outdated` (a translation was approved, and the source of some of its fields changed
 * since).
 */
export const DELIVERY_STATES = ['approved', 'partial', 'coming_soon', 'outdated'] as const
export type Delivery = (typeof DELIVERY_STATES)[number]

/** Counts of translatable fields on the published document, per target locale. */
export type DeliveryProgress = {
  approved: number
  missing: number
  outdated: number
  total: number
}

/** Approved target text, with the per-field source hashes it was made from. */
export type DeliveryCandidate = { hashes: Record<string, string>; values: Record<string, unknown> }

export type DeliveryDecision = {
  delivery: Delivery
  /** Fields with source content that a read in the target locale serves in the source language. */
  fallbackFields: string[]
  progress: DeliveryProgress
  /** Target values the published document carries (a field absent or empty: the source text is served). */
  values: Record<string, unknown>
}

/**
 * What a published document carries in a target locale, field by field: the approved text of each
 * field whose source is exactly the one it was translated from. A field whose source changed since
 * is served in the source language (its old translation would say what the organisation no longer
 * says), and so is a field never translated. The marker sums it up for the document.
 */
export const decideDelivery = ({
  candidate,
  everApproved,
  names,
  source,
  sourceHashes,
}: {
  candidate: DeliveryCandidate | null
  everApproved: boolean
  names: readonly string[]
  /** The source values now published, to tell the fields that have something to translate. */
  source: Record<string, unknown>
  sourceHashes: Record<string, string>
}): DeliveryDecision => {
  const toTranslate = names.filter((name) => !isEmpty(source[name]))
  const present = candidate ? names.filter((name) => !isEmpty(candidate.values[name])) : []
  // Only translated fields can go out of date: an untranslated field whose source changed was served in the source anyway.
  const changed = new Set(candidate ? changedFields(candidate.hashes, sourceHashes, present) : [])
  const values = Object.fromEntries(
    present.filter((name) => !changed.has(name)).map((name) => [name, candidate!.values[name]]),
  )
  const progress = {
    approved: present.length - changed.size,
    missing: names.length - present.length,
    outdated: changed.size,
    total: names.length,
  }
  const fallbackFields = toTranslate.filter((name) => !(name in values))
  const translated = toTranslate.length - fallbackFields.length
  const delivery: Delivery =
    changed.size > 0 || (!candidate && everApproved)
      ? 'outdated'
      : !candidate || (translated === 0 && toTranslate.length > 0)
        ? 'coming_soon'
        : fallbackFields.length === 0
          ? 'approved'
          : 'partial'
  return { delivery, fallbackFields, progress, values }
}
