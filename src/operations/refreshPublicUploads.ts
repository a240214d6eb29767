import type { CollectionSlug, Payload, PayloadRequest, SelectType, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import type { SanitizedWorkflowOptions } from '../types'
import { PUBLIC_IN_FIELD } from '../uploads/exposureFields'
import { idsAtPath, type UploadPath, uploadNodeIds, uploadPathsIn } from '../uploads/uploadPaths'
import { publishedRichTextUses } from './richTextUploads'
import { drizzleFor } from './drizzle'
import { NO_JOINS } from './noJoins'

/** Upload collection slug → ids of its documents. */
export type UploadRefs = Map<string, Set<number | string>>

const pathsByPayload = new WeakMap<Payload, Map<string, UploadPath[]>>()

/** Each governed collection's fields pointing at upload collections, from the sanitized config (once). */
export const uploadPathsOf = (
  payload: Payload,
  options: SanitizedWorkflowOptions,
): Map<string, UploadPath[]> => {
  const known = pathsByPayload.get(payload)
  if (known) return known
  const uploads = new Set(
    Object.values(payload.collections)
      .filter(({ config }) => Boolean(config.upload))
      .map(({ config }) => config.slug as string),
  )
  const paths = new Map(
    options.collections.map((slug) => [
      slug as string,
      uploadPathsIn(payload.collections[slug as CollectionSlug]!.config.flattenedFields, uploads),
    ]),
  )
  pathsByPayload.set(payload, paths)
  return paths
}

const localesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : []

/** Uploads a row (read with `locale: 'all'`, or any document) points at, in any locale. */
export const refsIn = (
  row: null | Record<string, unknown>,
  paths: readonly UploadPath[],
  locales: readonly string[],
  only?: string,
): UploadRefs => {
  const into: UploadRefs = new Map()
  if (!row) return into
  const localeSet = new Set(locales)
  for (const { path, relationTo, richText } of paths) {
    const ids = idsAtPath(
      row,
      path.split('.'),
      localeSet,
      richText ? (value) => uploadNodeIds(value, relationTo) : undefined,
      only,
    )
    if (!ids.length) continue
    if (!into.has(relationTo)) into.set(relationTo, new Set())
    for (const id of ids) into.get(relationTo)!.add(id)
  }
  return into
}

/** A stored row's uploads in any locale, and, when the row is published, per locale: what readers get. */
export type RowUploads = { live: Map<string, UploadRefs>; refs: UploadRefs }

/** What the stored row of a governed document points at (its published row, for a published document). */
export const uploadsOfRow = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<RowUploads> => {
  const paths = uploadPathsOf(req.payload, options).get(collection) ?? []
  if (!paths.length) return { live: new Map(), refs: new Map() }
  const select = {
    ...Object.fromEntries(paths.map(({ top }) => [top, true])),
    _status: true,
  } as SelectType
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    joins: NO_JOINS,
    locale: 'all',
    req,
    select,
    where: { id: { equals: id } },
  })) as null | Record<string, unknown>
  const locales = localesOf(req.payload)
  const live = new Map(
    row?._status === 'published'
      ? locales.map((locale) => [locale, refsIn(row, paths, locales, locale)])
      : [],
  )
  return { live, refs: refsIn(row, paths, locales) }
}

/** The locales in which some published document of a governed collection points at this upload. */
const publicLocales = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  upload: string,
  id: number | string,
  live: Map<string, UploadRefs>,
): Promise<string[]> => {
  const found: string[] = []
  for (const locale of localesOf(req.payload)) {
    // A published row this request just wrote and read back already says so: no query.
    if (live.get(locale)?.get(upload)?.has(id)) {
      found.push(locale)
      continue
    }
    for (const [collection, paths] of uploadPathsOf(req.payload, options)) {
      const pointing = paths.filter(
        ({ relationTo, richText }) => relationTo === upload && !richText,
      )
      const where: Where = {
        and: [
          { _status: { equals: 'published' } },
          { or: pointing.map(({ path }) => ({ [path]: { equals: id } })) },
        ],
      }
      const used =
        (pointing.length > 0 &&
          (
            await req.payload.db.count({
              collection: collection as CollectionSlug,
              locale,
              req,
              where,
            })
          ).totalDocs > 0) ||
        (await publishedRichTextUses(
          req,
          collection,
          paths.filter(({ relationTo, richText }) => relationTo === upload && richText),
          { id, locale, upload },
        ))
      if (used) {
        found.push(locale)
        break
      }
    }
  }
  return found
}

const merged = (all: UploadRefs[]): UploadRefs => {
  const into: UploadRefs = new Map()
  for (const refs of all)
    for (const [slug, ids] of refs) into.set(slug, new Set([...(into.get(slug) ?? []), ...ids]))
  return into
}

/**
 * Sets `publicIn` of these uploads to the locales in which a published document now points at them,
 * in the request's transaction (`live`: what a published row read in this transaction uses, per locale). The upload rows are locked first (ordered by id), so two publications
 * touching one file, from any number of processes, see each other's outcome.
 */
export const refreshPublicUploads = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  refs: UploadRefs[],
  live: Map<string, UploadRefs> = new Map(),
): Promise<void> => {
  for (const [upload, idSet] of merged(refs)) {
    const ids = [...idSet]
      .map(Number)
      .filter(Number.isFinite)
      .sort((a, b) => a - b)
    if (!ids.length) continue
    const { db, table } = await drizzleFor(req, upload)
    await db.execute(
      sql`select id from ${sql.identifier(table)} where id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) order by id for update`,
    )
    const { docs } = await req.payload.db.find({
      collection: upload as CollectionSlug,
      limit: 0,
      pagination: false,
      req,
      select: { [PUBLIC_IN_FIELD]: true },
      where: { id: { in: ids } },
    })
    for (const doc of docs as { id: number; publicIn?: null | string[] }[]) {
      const locales = await publicLocales(req, options, upload, doc.id, live)
      if ([...(doc.publicIn ?? [])].sort().join() === [...locales].sort().join()) continue
      await req.payload.db.updateOne({
        collection: upload as CollectionSlug,
        data: { [PUBLIC_IN_FIELD]: locales.length ? [...locales].sort() : null },
        id: doc.id,
        req,
        returning: false,
      })
    }
  }
}
