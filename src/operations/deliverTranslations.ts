import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PREVIOUS_SLUGS_FIELD } from '../workflow/fieldNames'
import { latestVersionOf } from './latestVersion'
import { NO_JOINS } from './noJoins'
import {
  markerOf,
  planDelivery,
  type PublishedSnapshot,
  type Row,
  SERVES_TRANSLATION,
  sourceHashesOf,
} from './planDelivery'

type Args = {
  collection: SanitizedCollectionConfig
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

const readRow = ({ collection, req }: Args, id: number | string) =>
  req.payload.db.findOne({
    collection: collection.slug,
    joins: NO_JOINS,
    locale: 'all',
    req,
    where: { id: { equals: id } },
  }) as Promise<null | Row>

const readLatestDraft = async (
  { collection, req }: Args,
  id: number | string,
): Promise<null | Row> => {
  const { docs } = await req.payload.db.findVersions({
    ...latestVersionOf(id),
    collection: collection.slug as CollectionSlug,
    locale: 'all',
    req,
  })
  return (docs[0]?.version as Row | undefined) ?? null
}

/** What readers have now, or null when the document is not published. */
const snapshotPublished = async (
  args: Args,
  id: number | string,
): Promise<null | PublishedSnapshot> => {
  const row = await readRow(args, id)
  if (!row || row._status !== 'published') return null
  // The row holds every locale of each translatable field; its source locale is what readers get.
  return { row, sourceHashes: sourceHashesOf(args, row) }
}

const readMarkers = ({ collection, req }: Args, id: number | string) =>
  req.payload.db.findOne({
    collection: collection.slug,
    req,
    select: {
      _status: true,
      [ALTERNATES_FIELD]: true,
      [DELIVERY_FIELD]: true,
      [PREVIOUS_SLUGS_FIELD]: true,
    },
    where: { id: { equals: id } },
  }) as Promise<null | Row>

/**
 * Before a publish: what readers have now. Their text is read only when some of it is translated
 * (the only text a publish can deliver again); otherwise the markers and addresses are all it needs.
 */
export const snapshotBeforePublish = async (
  args: Args,
  id: number | string,
): Promise<null | PublishedSnapshot> => {
  const markers = await readMarkers(args, id)
  if (!markers || markers._status !== 'published') return null
  const snapshot: PublishedSnapshot = { row: markers, sourceHashes: {} }
  return args.options.targetLocales.some((locale) =>
    SERVES_TRANSLATION.has(String(markerOf(snapshot, locale))),
  )
    ? snapshotPublished(args, id)
    : snapshot
}

const withoutJoins = (collection: SanitizedCollectionConfig, row: Row): Row => {
  const joins = new Set(
    collection.flattenedFields.filter((field) => field.type === 'join').map((field) => field.name),
  )
  return Object.fromEntries(Object.entries(row).filter(([name]) => !joins.has(name)))
}

/**
 * After a translation approval: makes the published document carry, per target locale, only
 * approved text made from the source it publishes, with its marker and progress; does nothing to
 * unpublished documents. Writes the stored row directly: the versions (the staff's drafts) stay as
 * they are. (A publish does the same in its own row write: db/deliverOnPublishWrite.ts.)
 */
export const deliverTranslations = async (args: Args, id: number | string): Promise<void> => {
  const { collection, req } = args
  const now = await snapshotPublished(args, id)
  if (!now) return
  // The draft may be newer than the published row: its translation states are the ones that count.
  const draft = (await readLatestDraft(args, id)) ?? now.row
  const changes = planDelivery(args, { before: now, draft, row: now.row })
  if (!changes) return
  // Unchanged text: write the marker columns alone (one statement) instead of every locale's rows.
  const data = changes.text
    ? { ...withoutJoins(collection, now.row), ...changes.text, ...changes.markers }
    : changes.markers
  await req.payload.db.updateOne({ collection: collection.slug, data, id, req, returning: false })
}
