import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, DELIVERY_FIELD, FALLBACK_FIELDS, PREVIOUS_SLUGS_FIELD } from '../workflow/fieldNames'
import { columnOf, drizzleFor } from './drizzle'

export type SitemapEntry = {
  collection: string
  /** Per target locale, the translatable fields a read in that locale serves in the source language. */
  fallbackFields: Record<string, string[]>
  id: number | string
  /** Per locale, slugs readers could follow before (oldest first): redirect them. */
  previousSlugs: Record<string, string[]>
  /** The slug per locale readers can follow; null where that locale is not served. */
  slugs: Record<string, null | string>
  translation: Record<string, string>
  updatedAt: string
}

/** An entry for one locale (`?locale=fr`): what a reader in that language follows, and its marker. */
export type LocaleSitemapEntry = Omit<SitemapEntry, 'fallbackFields' | 'previousSlugs' | 'translation'> & {
  fallbackFields: string[]
  locale: string
  previousSlugs: string[]
  /** The slug a reader in this locale follows: its own, or the source locale's where it has none. */
  slug: null | string
  /** The marker for this locale; null for the source locale, which is not a translation. */
  translation: null | string
}

export type SitemapQuery = { collection?: string; limit: number; locale?: string; page: number }

export type SitemapPage<T> = {
  docs: T[]
  hasNextPage: boolean
  hasPrevPage: boolean
  limit: number
  nextPage: null | number
  page: number
  prevPage: null | number
  totalDocs: number
  totalPages: number
}

type Source = { collection: CollectionSlug; count: () => Promise<number>; read: (offset: number, limit: number) => Promise<SitemapEntry[]> }

const PUBLISHED = JSON.stringify({ _status: { equals: 'published' } })

const keyed = <T>(keys: string[], value: (key: string) => T): Record<string, T> => Object.fromEntries(keys.map((key) => [key, value(key)]))

/** An entry from the stored reader fields, whichever read they came from (missing values as their defaults). */
const entryOf = (options: SanitizedWorkflowOptions, collection: string, stored: Record<string, unknown>): SitemapEntry => {
  const locales = [options.sourceLocale, ...options.targetLocales]
  const slugs = (stored.slugs ?? {}) as Record<string, null | string>
  const previous = (stored.previousSlugs ?? {}) as Record<string, string[]>
  const fallback = (stored.fallbackFields ?? {}) as Record<string, string[]>
  const markers = (stored.translation ?? {}) as Record<string, string>
  return {
    collection,
    fallbackFields: keyed(options.targetLocales, (locale) => fallback[locale] ?? []),
    id: stored.id as number | string,
    previousSlugs: keyed(locales, (locale) => previous[locale] ?? []),
    slugs: keyed(locales, (locale) => slugs[locale] ?? null),
    translation: keyed(options.targetLocales, (locale) => markers[locale]),
    updatedAt: new Date(stored.updatedAt as Date | string).toISOString(),
  }
}

/**
 * The columns of a page of published rows: id, date, slugs, previous slugs, fallback fields and the
 * markers, in one statement (`limit`/`offset` over `order by id`).
 */
const columnSource = (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: CollectionSlug): Source => {
  const published = async () => {
    const { db, table } = await drizzleFor(req, collection)
    return { db, from: sql`from ${sql.identifier(table)} where _status = 'published'` }
  }
  return {
    collection,
    count: async () => {
      const { db, from } = await published()
      const { rows } = await db.execute<{ count: number | string }>(sql`select count(*) as count ${from}`)
      return Number(rows[0]?.count ?? 0)
    },
    read: async (offset, limit) => {
      const { db, from } = await published()
      const column = (...path: string[]) => sql.identifier(columnOf(...path))
      const markers = options.targetLocales.map((locale) => sql`${column(DELIVERY_FIELD, locale)}`)
      const { rows } = await db.execute<Record<string, unknown>>(
        sql`select id, updated_at, ${column(ALTERNATES_FIELD)}, ${column(PREVIOUS_SLUGS_FIELD)}, ${column(DELIVERY_FIELD, FALLBACK_FIELDS)}, ${sql.join(markers, sql`, `)} ${from} order by id limit ${limit} offset ${offset}`,
      )
      return rows.map((row) =>
        entryOf(options, collection, {
          fallbackFields: row[columnOf(DELIVERY_FIELD, FALLBACK_FIELDS)],
          id: row.id,
          previousSlugs: row[columnOf(PREVIOUS_SLUGS_FIELD)],
          slugs: row[columnOf(ALTERNATES_FIELD)],
          translation: keyed(options.targetLocales, (locale) => row[columnOf(DELIVERY_FIELD, locale)]),
          updatedAt: row.updated_at,
        }),
      )
    },
  }
}

/**
 * Payload's `find` with the caller's access, for a collection whose read access narrows more than
 * "published". Rows `offset … offset+limit` lie on at most two of Payload's pages of `limit` rows.
 */
const findSource = (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: CollectionSlug): Source => {
  const where = { _status: { equals: 'published' } } as const
  const select = { [ALTERNATES_FIELD]: true, [DELIVERY_FIELD]: true, [PREVIOUS_SLUGS_FIELD]: true, updatedAt: true } as never
  const page = async (number: number, limit: number) => {
    const { docs } = await req.payload.find({ collection, depth: 0, draft: false, limit, overrideAccess: false, page: number, req, select, sort: 'id', where })
    return docs as unknown as Record<string, unknown>[]
  }
  return {
    collection,
    count: async () => (await req.payload.count({ collection, overrideAccess: false, req, where })).totalDocs,
    read: async (offset, limit) => {
      const first = Math.floor(offset / limit) + 1
      const skip = offset % limit
      const docs = [...(await page(first, limit)), ...(skip ? await page(first + 1, limit) : [])].slice(skip, skip + limit)
      return docs.map((doc) => {
        const delivery = (doc[DELIVERY_FIELD] ?? {}) as Record<string, unknown>
        return entryOf(options, collection, {
          fallbackFields: delivery[FALLBACK_FIELDS],
          id: doc.id,
          previousSlugs: doc[PREVIOUS_SLUGS_FIELD],
          slugs: doc[ALTERNATES_FIELD],
          translation: delivery,
          updatedAt: doc.updatedAt,
        })
      })
    },
  }
}

/**
 * How the caller's collection access lets this list read: not at all, the columns (access grants
 * everything, or exactly the published documents this list is made of), or Payload's `find` (any
 * other constraint).
 */
const sourceFor = async (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: CollectionSlug): Promise<null | Source> => {
  const access = req.payload.collections[collection].config.access.read
  const allowed = access ? await access({ req }) : Boolean(req.user)
  if (allowed === false) return null
  return allowed === true || JSON.stringify(allowed) === PUBLISHED ? columnSource(req, options, collection) : findSource(req, options, collection)
}

/** The governed collections that have slugs, in the order of the config's collections. */
export const sitemapCollections = (req: PayloadRequest, options: SanitizedWorkflowOptions): CollectionSlug[] =>
  req.payload.config.collections
    .map((collection) => collection.slug as CollectionSlug)
    .filter((slug) => (options.collections as string[]).includes(slug) && hasSlugField(req.payload.collections[slug].config, options))

/** An entry as a reader in `locale` gets it. */
export const forLocale = (entry: SitemapEntry, locale: string, sourceLocale: string): LocaleSitemapEntry => ({
  collection: entry.collection,
  fallbackFields: entry.fallbackFields[locale] ?? [],
  id: entry.id,
  locale,
  previousSlugs: entry.previousSlugs[locale] ?? [],
  slug: entry.slugs[locale] ?? entry.slugs[sourceLocale] ?? null,
  slugs: entry.slugs,
  translation: locale === sourceLocale ? null : (entry.translation[locale] ?? null),
  updatedAt: entry.updatedAt,
})

/**
 * A page of the published documents of the governed collections that have slugs (collection in
 * config order, then id), with their slugs, markers and previous slugs, never the bodies. Where the
 * caller may read every published document (the usual case), a count and then one statement per
 * collection that the page reaches read those columns alone. Not Payload's `find` there: its adapter
 * turns every row into a whole document, walking every field of the collection (the workflow's
 * staff-only groups too) whatever `select` says, which made this list cost 2.4× the same `find`
 * without the plugin (bench/results.md). Collections the caller may not read are left out; any other
 * access constraint goes through `find`, so it holds here as everywhere. The query is checked by the
 * endpoint (src/endpoints/sitemap.ts).
 */
export const listPublishedSlugs = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  { collection, limit, locale, page }: SitemapQuery,
): Promise<SitemapPage<LocaleSitemapEntry | SitemapEntry>> => {
  const sources: Source[] = []
  for (const slug of collection === undefined ? sitemapCollections(req, options) : [collection as CollectionSlug]) {
    const source = await sourceFor(req, options, slug)
    if (source) sources.push(source)
  }
  const counts = await Promise.all(sources.map((source) => source.count()))
  const docs: SitemapEntry[] = []
  let offset = (page - 1) * limit
  for (const [index, source] of sources.entries()) {
    const count = counts[index]!
    if (docs.length === limit) break
    if (offset >= count) {
      offset -= count
      continue
    }
    docs.push(...(await source.read(offset, Math.min(limit - docs.length, count - offset))))
    offset = 0
  }
  const totalDocs = counts.reduce((sum, count) => sum + count, 0)
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs: locale === undefined ? docs : docs.map((entry) => forLocale(entry, locale, options.sourceLocale)),
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
    limit,
    nextPage: page < totalPages ? page + 1 : null,
    page,
    prevPage: page > 1 ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}
