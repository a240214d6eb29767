import { isEmpty } from './progress'
import { changedFields } from './sourceDiff'

/** What readers get in a target locale: the approved translation, or the source text with this marker. */
export const DELIVERY_STATES = ['approved', 'partial', 'coming_soon', 'outdated'] as const
export type Delivery = (typeof DELIVERY_STATES)[number]

/** Counts of translatable fields on the published document, per target locale. */
export type DeliveryProgress = { approved: number; missing: number; outdated: number; total: number }

/** Approved target text, with the per-field source hashes it was made from. */
export type DeliveryCandidate = { hashes: Record<string, string>; values: Record<string, unknown> }

export type DeliveryDecision = {
  delivery: Delivery
  progress: DeliveryProgress
  /** Target values the published document carries, or null: the target locale is left empty. */
  values: null | Record<string, unknown>
}

/**
 * Whether a published document carries its translation: only approved text made from exactly the
 * source now published is delivered. Anything else leaves the target locale empty (readers get the
 * source text) with `outdated` when a translation was approved before, `coming_soon` otherwise.
 */
export const decideDelivery = ({
  candidate,
  everApproved,
  names,
  sourceHashes,
}: {
  candidate: DeliveryCandidate | null
  everApproved: boolean
  names: readonly string[]
  sourceHashes: Record<string, string>
}): DeliveryDecision => {
  const marker: Delivery = everApproved ? 'outdated' : 'coming_soon'
  if (!candidate) return { delivery: marker, progress: { approved: 0, missing: names.length, outdated: 0, total: names.length }, values: null }
  const changed = new Set(changedFields(candidate.hashes, sourceHashes, names))
  const present = names.filter((name) => !isEmpty(candidate.values[name]))
  const outdated = present.filter((name) => changed.has(name)).length
  const approved = present.length - outdated
  const progress = { approved, missing: names.length - present.length, outdated, total: names.length }
  if (changed.size === 0) return { delivery: 'approved', progress, values: candidate.values }
  return { delivery: marker, progress, values: null }
}
