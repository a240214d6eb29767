import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, DELIVERY_FIELD } from '../workflow/fieldNames'
import { columnOf, drizzleFor } from './drizzle'
import { WorkflowError } from './errors'

export type SitemapEntry = {
  collection: string
  id: number | string
  /** The slug per locale readers can follow; null where that locale is not served. */
  slugs: Record<string, null | string>
  translation: Record<string, string>
  updatedAt: string
}

type Read = (req: PayloadRequest, options: SanitizedWorkflowOptions, collection: CollectionSlug) => Promise<SitemapEntry[]>

const PUBLISHED = JSON.stringify({ _status: { equals: 'published' } })

/** One statement reading the public slugs (one `jsonb` column) and marker columns of the published rows. */
const readColumns: Read = async (req, options, collection) => {
  const locales = [options.sourceLocale, ...options.targetLocales]
  const { db, table } = await drizzleFor(req, collection)
  const slugs = sql`${sql.identifier(columnOf(ALTERNATES_FIELD))}`
  const markerColumns = options.targetLocales.map((locale) => sql`${sql.identifier(columnOf(DELIVERY_FIELD, locale))}`)
  const { rows } = await db.execute<Record<string, unknown>>(
    sql`select id, updated_at, ${slugs}, ${sql.join(markerColumns, sql`, `)} from ${sql.identifier(table)} where _status = 'published' order by id`,
  )
  return rows.map((row) => ({
    collection,
    id: row.id as number | string,
    slugs: Object.fromEntries(locales.map((locale) => [locale, ((row[columnOf(ALTERNATES_FIELD)] as null | Record<string, null | string>)?.[locale] ?? null)])),
    translation: Object.fromEntries(options.targetLocales.map((locale) => [locale, row[columnOf(DELIVERY_FIELD, locale)] as string])),
    updatedAt: new Date(row.updated_at as Date | string).toISOString(),
  }))
}

/** Payload's `find` with the caller's access: for a collection whose read access narrows more than "published". */
const readThroughFind: Read = async (req, _options, collection) => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    req,
    select: { [ALTERNATES_FIELD]: true, [DELIVERY_FIELD]: true, updatedAt: true } as never,
    sort: 'id',
    where: { _status: { equals: 'published' } },
  })
  return (docs as unknown as Record<string, unknown>[]).map((doc) => ({
    collection,
    id: doc.id as number | string,
    slugs: (doc[ALTERNATES_FIELD] ?? {}) as Record<string, null | string>,
    translation: (doc[DELIVERY_FIELD] ?? {}) as Record<string, string>,
    updatedAt: String(doc.updatedAt),
  }))
}

/**
 * Which read the caller's collection access allows: none, the columns (access grants everything, or
 * exactly the published documents this list is made of), or Payload's `find` (any other constraint).
 */
const readFor = async (req: PayloadRequest, collection: CollectionSlug): Promise<null | Read> => {
  const access = req.payload.collections[collection].config.access.read
  const allowed = access ? await access({ req }) : Boolean(req.user)
  if (allowed === false) return null
  return allowed === true || JSON.stringify(allowed) === PUBLISHED ? readColumns : readThroughFind
}

/**
 * Every published document of the governed collections that have slugs, with its slugs in each
 * locale, never the bodies. Where the caller may read every published document (the usual case),
 * one statement per collection reads four small columns (id, date, slugs, marker). Not Payload's `find` there: its adapter
 * turns every row into a whole document, walking every field of the collection (the workflow's
 * staff-only groups too) whatever `select` says, which made this list cost 2.4× the same `find`
 * without the plugin (bench/results.md). Collections the caller may not read are left out; any other
 * access constraint goes through `find`, so it holds here as everywhere.
 */
export const listPublishedSlugs = async (req: PayloadRequest, options: SanitizedWorkflowOptions, only?: string): Promise<SitemapEntry[]> => {
  const collections = (options.collections as CollectionSlug[]).filter((slug) => hasSlugField(req.payload.collections[slug].config, options))
  if (only !== undefined && !collections.includes(only as CollectionSlug)) {
    throw new WorkflowError(`No sitemap for "${only}": use one of ${collections.join(', ')}, or leave collection out.`, 400)
  }
  const entries: SitemapEntry[] = []
  for (const collection of only === undefined ? collections : ([only] as CollectionSlug[])) {
    const read = await readFor(req, collection)
    if (read) entries.push(...(await read(req, options, collection)))
  }
  return entries
}
