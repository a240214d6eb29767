import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  FALLBACK_FIELDS,
  PREVIOUS_SLUGS_FIELD,
  PUBLIC_STATUS_FIELD,
} from '../workflow/fieldNames'
import { columnOf, drizzleFor } from './drizzle'
import type { SitemapEntry } from './sitemap'

/** How the sitemap counts and reads one collection's published documents. */
export type Source = {
  collection: CollectionSlug
  count: () => Promise<number>
  read: (offset: number, limit: number) => Promise<SitemapEntry[]>
}

const PUBLISHED = JSON.stringify({ _status: { equals: 'published' } })

const keyed = <T>(keys: string[], value: (key: string) => T): Record<string, T> =>
  Object.fromEntries(keys.map((key) => [key, value(key)]))

/** An entry from the stored reader fields, whichever read they came from (missing values as their defaults). */
const entryOf = (
  options: SanitizedWorkflowOptions,
  collection: string,
  stored: Record<string, unknown>,
): SitemapEntry => {
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
    status: (stored.status as string | undefined) ?? 'published',
    translation: keyed(options.targetLocales, (locale) => markers[locale]),
    updatedAt: new Date(stored.updatedAt as Date | string).toISOString(),
  }
}

/**
 * The columns of a page of published rows: id, date, public status, slugs, previous slugs, fallback
 * fields and the markers, in one statement (`limit`/`offset` over `order by id`).
 */
const columnSource = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: CollectionSlug,
): Source => {
  const published = async () => {
    const { db, table } = await drizzleFor(req, collection)
    return { db, from: sql`from ${sql.identifier(table)} where _status = 'published'` }
  }
  return {
    collection,
    count: async () => {
      const { db, from } = await published()
      const { rows } = await db.execute<{ count: number | string }>(
        sql`select count(*) as count ${from}`,
      )
      return Number(rows[0]?.count ?? 0)
    },
    read: async (offset, limit) => {
      const { db, from } = await published()
      const column = (...path: string[]) => sql.identifier(columnOf(...path))
      const markers = options.targetLocales.map((locale) => sql`${column(DELIVERY_FIELD, locale)}`)
      const { rows } = await db.execute<Record<string, unknown>>(
        sql`select id, updated_at, ${column(PUBLIC_STATUS_FIELD)}, ${column(ALTERNATES_FIELD)}, ${column(PREVIOUS_SLUGS_FIELD)}, ${column(DELIVERY_FIELD, FALLBACK_FIELDS)}, ${sql.join(markers, sql`, `)} ${from} order by id limit ${limit} offset ${offset}`,
      )
      return rows.map((row) =>
        entryOf(options, collection, {
          fallbackFields: row[columnOf(DELIVERY_FIELD, FALLBACK_FIELDS)],
          id: row.id,
          previousSlugs: row[columnOf(PREVIOUS_SLUGS_FIELD)],
          slugs: row[columnOf(ALTERNATES_FIELD)],
          status: row[columnOf(PUBLIC_STATUS_FIELD)],
          translation: keyed(
            options.targetLocales,
            (locale) => row[columnOf(DELIVERY_FIELD, locale)],
          ),
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
const findSource = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: CollectionSlug,
): Source => {
  const where = { _status: { equals: 'published' } } as const
  // `as never`: Payload types `select` per slug, and this slug is known only at run time.
  const select = {
    [ALTERNATES_FIELD]: true,
    [DELIVERY_FIELD]: true,
    [PREVIOUS_SLUGS_FIELD]: true,
    [PUBLIC_STATUS_FIELD]: true,
    updatedAt: true,
  } as never
  const page = async (number: number, limit: number) => {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      draft: false,
      limit,
      overrideAccess: false,
      page: number,
      req,
      select,
      sort: 'id',
      where,
    })
    return docs as unknown as Record<string, unknown>[]
  }
  return {
    collection,
    count: async () =>
      (await req.payload.count({ collection, overrideAccess: false, req, where })).totalDocs,
    read: async (offset, limit) => {
      const first = Math.floor(offset / limit) + 1
      const skip = offset % limit
      const docs = [
        ...(await page(first, limit)),
        ...(skip ? await page(first + 1, limit) : []),
      ].slice(skip, skip + limit)
      return docs.map((doc) => {
        const delivery = (doc[DELIVERY_FIELD] ?? {}) as Record<string, unknown>
        return entryOf(options, collection, {
          fallbackFields: delivery[FALLBACK_FIELDS],
          id: doc.id,
          previousSlugs: doc[PREVIOUS_SLUGS_FIELD],
          slugs: doc[ALTERNATES_FIELD],
          status: doc[PUBLIC_STATUS_FIELD],
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
export const sourceFor = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: CollectionSlug,
): Promise<null | Source> => {
  const access = req.payload.collections[collection].config.access.read
  const allowed = access ? await access({ req }) : Boolean(req.user)
  if (allowed === false) return null
  return allowed === true || JSON.stringify(allowed) === PUBLISHED
    ? columnSource(req, options, collection)
    : findSource(req, options, collection)
}
