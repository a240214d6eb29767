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

/**
 * Every published document of the governed collections that have slugs, with its slugs in each
 * locale: one statement per collection reading four small columns, never the bodies. Not Payload's
 * `find`: its adapter turns every row into a whole document, walking every field of the collection
 * (the workflow's staff-only groups too) whatever `select` says, which made this list cost 2.4× the
 * same `find` without the plugin (bench/results.md). The columns are public ones (the slugs and
 * markers readers get), and only published rows are read, so access adds nothing here.
 */
export const listPublishedSlugs = async (req: PayloadRequest, options: SanitizedWorkflowOptions, only?: string): Promise<SitemapEntry[]> => {
  const collections = (options.collections as CollectionSlug[]).filter((slug) => hasSlugField(req.payload.collections[slug].config, options))
  if (only !== undefined && !collections.includes(only as CollectionSlug)) {
    throw new WorkflowError(`No sitemap for "${only}": use one of ${collections.join(', ')}, or leave collection out.`, 400)
  }
  const locales = [options.sourceLocale, ...options.targetLocales]
  const entries: SitemapEntry[] = []
  for (const collection of only === undefined ? collections : ([only] as CollectionSlug[])) {
    const { db, table } = await drizzleFor(req, collection)
    const slugColumns = locales.map((locale) => sql`${sql.identifier(columnOf(ALTERNATES_FIELD, locale))}`)
    const markerColumns = options.targetLocales.map((locale) => sql`${sql.identifier(columnOf(DELIVERY_FIELD, locale))}`)
    const { rows } = await db.execute<Record<string, unknown>>(
      sql`select id, updated_at, ${sql.join([...slugColumns, ...markerColumns], sql`, `)} from ${sql.identifier(table)} where _status = 'published' order by id`,
    )
    for (const row of rows) {
      entries.push({
        collection,
        id: row.id as number | string,
        slugs: Object.fromEntries(locales.map((locale) => [locale, (row[columnOf(ALTERNATES_FIELD, locale)] ?? null) as null | string])),
        translation: Object.fromEntries(options.targetLocales.map((locale) => [locale, row[columnOf(DELIVERY_FIELD, locale)] as string])),
        updatedAt: new Date(row.updated_at as Date | string).toISOString(),
      })
    }
  }
  return entries
}
