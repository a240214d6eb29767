import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { decideDelivery, type DeliveryCandidate } from '../workflow/delivery'
import { hasSlugField } from '../fields/deliveryFields'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PROGRESS_FIELD } from '../workflow/fieldNames'
import { translatableFieldNames } from '../workflow/sourceContent'
import { latestVersionOf } from './latestVersion'
import { NO_JOINS } from './noJoins'
import { sameContent } from '../workflow/contentHash'
import { changedFields, fieldHashes } from '../workflow/sourceDiff'
import { readTranslations, type TranslationData } from '../workflow/translationState'

type Args = { collection: SanitizedCollectionConfig; options: SanitizedWorkflowOptions; req: PayloadRequest }
type Row = Record<string, unknown>

/**
 * The published document as readers have it: the stored row (all locales) and its source field
 * hashes; or, taken before a publish when readers have no approved translation, only the row's
 * `_status` and markers (no text, no hashes), since no text of theirs can be delivered again.
 */
export type PublishedSnapshot = { row: Row; sourceHashes: Record<string, string> }

const readRow = ({ collection, req }: Args, id: number | string) =>
  req.payload.db.findOne({ collection: collection.slug, joins: NO_JOINS, locale: 'all', req, where: { id: { equals: id } } }) as Promise<null | Row>

const readLatestDraft = async ({ collection, req }: Args, id: number | string): Promise<null | Row> => {
  const { docs } = await req.payload.db.findVersions({ ...latestVersionOf(id), collection: collection.slug as CollectionSlug, locale: 'all', req })
  return (docs[0]?.version as Row | undefined) ?? null
}

const valuesIn = (doc: Row, names: readonly string[], locale: string): Row =>
  Object.fromEntries(names.map((name) => [name, (doc[name] as Row | null | undefined)?.[locale] ?? null]))

/** What readers have now, or null when the document is not published. */
export const snapshotPublished = async (args: Args, id: number | string): Promise<null | PublishedSnapshot> => {
  const row = await readRow(args, id)
  if (!row || row._status !== 'published') return null
  const names = translatableFieldNames(args.collection.fields)
  // The row holds every locale of each translatable field; its source locale is what readers get.
  return { row, sourceHashes: fieldHashes(valuesIn(row, names, args.options.sourceLocale), names) }
}

const markerOf = (snapshot: null | PublishedSnapshot, locale: string) => (snapshot?.row[DELIVERY_FIELD] as Row | undefined)?.[locale]

const readMarkers = ({ collection, req }: Args, id: number | string) =>
  req.payload.db.findOne({ collection: collection.slug, req, select: { _status: true, [DELIVERY_FIELD]: true }, where: { id: { equals: id } } }) as Promise<null | Row>

/**
 * Before a publish: what readers have now. Their text is read only when some of it is approved
 * (the only text a publish can deliver again); otherwise the markers are all it needs.
 */
export const snapshotBeforePublish = async (args: Args, id: number | string): Promise<null | PublishedSnapshot> => {
  const markers = await readMarkers(args, id)
  if (!markers || markers._status !== 'published') return null
  const snapshot: PublishedSnapshot = { row: markers, sourceHashes: {} }
  return args.options.targetLocales.some((locale) => markerOf(snapshot, locale) === 'approved') ? snapshotPublished(args, id) : snapshot
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

const withoutJoins = (collection: SanitizedCollectionConfig, row: Row): Row => {
  const joins = new Set(collection.flattenedFields.filter((field) => field.type === 'join').map((field) => field.name))
  return Object.fromEntries(Object.entries(row).filter(([name]) => !joins.has(name)))
}

/**
 * Makes the published document carry, per target locale, only approved text made from the
 * source now published, with its marker and progress. Runs after a publish (with what readers had
 * before it) and after a translation approval; does nothing to unpublished documents. Writes the
 * stored row directly: the versions (the staff's drafts) stay as they are.
 */
export const deliverTranslations = async (args: Args, id: number | string, previous?: null | PublishedSnapshot): Promise<void> => {
  const { collection, options, req } = args
  const now = await snapshotPublished(args, id)
  if (!now) return
  // Right after a publish the row is the latest version; after an approval the draft may be newer.
  const draft = previous === undefined ? ((await readLatestDraft(args, id)) ?? now.row) : now.row
  const states = readTranslations(draft, options.targetLocales)
  const before = previous === undefined ? now : previous
  const names = translatableFieldNames(collection.fields)
  const data = withoutJoins(collection, now.row)
  const delivery: Row = {}
  const progress: Row = {}
  let textChanged = false
  for (const locale of options.targetLocales) {
    const state = states[locale]!
    const everApproved = state.approvedBy !== null || ['approved', 'outdated'].includes(String(markerOf(before, locale)))
    const decision = decideDelivery({ candidate: candidateFor(locale, state, draft, before, names), everApproved, names, sourceHashes: now.sourceHashes })
    for (const name of names) {
      const { [locale]: current, ...others } = (data[name] as null | Row | undefined) ?? {}
      const next = decision.values ? decision.values[name] : null
      if (!sameContent(current, next)) textChanged = true
      data[name] = decision.values ? { ...others, [locale]: next } : others
    }
    delivery[locale] = decision.delivery
    progress[locale] = decision.progress
  }
  const slugs = (data[options.slugField] as null | Row | undefined) ?? {}
  const alternates = hasSlugField(collection, options)
    ? { [ALTERNATES_FIELD]: Object.fromEntries([options.sourceLocale, ...options.targetLocales].map((locale) => [locale, slugs[locale] ?? null])) }
    : {}
  const markers: Row = { ...alternates, [DELIVERY_FIELD]: delivery, [PROGRESS_FIELD]: progress }
  const markersChanged = Object.entries(markers).some(([name, value]) => !sameContent(now.row[name], value))
  if (!textChanged && !markersChanged) return
  // Unchanged text: write the marker columns alone (one statement) instead of every locale's rows.
  await req.payload.db.updateOne({ collection: collection.slug, data: textChanged ? { ...data, ...markers } : markers, id, req, returning: false })
}
