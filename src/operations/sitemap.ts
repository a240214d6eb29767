import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import type { SanitizedWorkflowOptions } from '../types'
import { type Source, sourceFor } from './sitemapSources'

export type SitemapEntry = {
  collection: string
  /** Per target locale, the translatable fields a read in that locale serves in the source language. */
  fallbackFields: Record<string, string[]>
  id: number | string
  /** Per locale, slugs readers could follow before (oldest first): redirect them. */
  previousSlugs: Record<string, string[]>
  /** The slug per locale readers can follow; null where that locale is not served. */
  slugs: Record<string, null | string>
  /** `published` (the full text) or `coming_soon` (an announced stub). */
  status: string
  translation: Record<string, string>
  updatedAt: string
}

/** An entry for one locale (`?locale=fr`): what a reader in that language follows, and its marker. */
export type LocaleSitemapEntry = Omit<
  SitemapEntry,
  'fallbackFields' | 'previousSlugs' | 'translation'
> & {
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

/** The governed collections that have slugs, in the order of the config's collections. */
export const sitemapCollections = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): CollectionSlug[] =>
  req.payload.config.collections
    .map((collection) => collection.slug as CollectionSlug)
    .filter(
      (slug) =>
        (options.collections as string[]).includes(slug) &&
        hasSlugField(req.payload.collections[slug].config, options),
    )

/** An entry as a reader in `locale` gets it. */
export const forLocale = (
  entry: SitemapEntry,
  locale: string,
  sourceLocale: string,
): LocaleSitemapEntry => ({
  collection: entry.collection,
  fallbackFields: entry.fallbackFields[locale] ?? [],
  id: entry.id,
  locale,
  previousSlugs: entry.previousSlugs[locale] ?? [],
  slug: entry.slugs[locale] ?? entry.slugs[sourceLocale] ?? null,
  slugs: entry.slugs,
  status: entry.status,
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
  for (const slug of collection === undefined
    ? sitemapCollections(req, options)
    : [collection as CollectionSlug]) {
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
    docs:
      locale === undefined
        ? docs
        : docs.map((entry) => forLocale(entry, locale, options.sourceLocale)),
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
