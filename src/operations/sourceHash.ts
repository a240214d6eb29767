import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { contentHash } from '../workflow/contentHash'
import { latestVersionOf } from './latestVersion'
import { NO_JOINS } from './noJoins'
import { preservingLocale } from './preservingLocale'
import {
  contentFieldNames,
  localizedFieldNames,
  mixedAfterWrite,
  mixedFields,
  mixedInLocale,
  mixedWithSource,
  pickContent,
} from '../workflow/sourceContent'

type Args = {
  collection: SanitizedCollectionConfig
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

/**
 * The latest (draft) document in the source locale, as stored (no fallback, no join fields), or null.
 * One statement: the latest version, as Payload's own update reads it; `findByID(draft)` would read
 * the main row first. A document without versions is read as stored.
 */
export const readLatestSource = (
  { collection, options, req }: Args,
  id: number | string,
): Promise<null | Record<string, unknown>> =>
  preservingLocale(req, async () => {
    const locale = options.sourceLocale as 'en'
    const { docs } = await req.payload.findVersions({
      ...latestVersionOf(id),
      collection: collection.slug,
      depth: 0,
      fallbackLocale: false,
      locale,
      overrideAccess: true,
      req,
    })
    if (docs[0]) return { ...(docs[0].version as unknown as Record<string, unknown>), id }
    const doc = await req.payload.findByID({
      collection: collection.slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      fallbackLocale: false,
      id,
      joins: NO_JOINS,
      locale,
      overrideAccess: true,
      req,
    })
    return (doc as null | Record<string, unknown>) ?? null
  })

/** The content fields of a document read in the source locale. */
export const sourceContentOf = (
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
): Record<string, unknown> => pickContent(doc, contentFieldNames(collection.flattenedFields))

/** Hash of the latest (draft) source-locale content as stored. */
export const storedSourceHash = async (args: Args, id: number | string): Promise<string> =>
  contentHash(sourceContentOf(args.collection, (await readLatestSource(args, id)) ?? {}))

/**
 * Hash of the source-locale content a write is about to store: the incoming data over the
 * original document; for a write in another locale, the stored source values of localized fields.
 */
export const incomingSourceHash = async (args: Args, write: Write): Promise<string> =>
  contentHash(await incomingSourceContent(args, write))

type Write = {
  data: Record<string, unknown>
  id?: number | string
  originalDoc?: Record<string, unknown>
}

/** The source-locale content fields a write is about to store (see incomingSourceHash). */
export const incomingSourceContent = async (
  args: Args,
  { data, id, originalDoc }: Write,
): Promise<Record<string, unknown>> => {
  const { collection, options, req } = args
  const names = contentFieldNames(collection.flattenedFields)
  const localized = localizedFieldNames(collection.flattenedFields)
  // Groups, named tabs, arrays and blocks shared by all languages with localized fields inside.
  const mixed = mixedFields(collection.flattenedFields)
  const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
  const locale = req.locale ?? options.sourceLocale
  if (locale === options.sourceLocale) {
    // Payload hands hooks a named group or tab the write leaves out as `{}`: what it leaves out stays.
    const written = (name: string) =>
      mixed.has(name)
        ? mixedAfterWrite(mixed.get(name)!, data[name], originalDoc?.[name])
        : merged[name]
    return pickContent(Object.fromEntries(names.map((name) => [name, written(name)])), names)
  }
  if (locale === 'all') {
    const inSource = (name: string) => {
      if (localized.has(name))
        return (merged[name] as Record<string, unknown> | undefined)?.[options.sourceLocale]
      return mixed.has(name)
        ? mixedInLocale(mixed.get(name)!, merged[name], options.sourceLocale)
        : merged[name]
    }
    return pickContent(Object.fromEntries(names.map((name) => [name, inSource(name)])), names)
  }
  const stored = id === undefined ? {} : ((await readLatestSource(args, id)) ?? {})
  const inSource = (name: string) => {
    if (localized.has(name)) return stored[name]
    return mixed.has(name)
      ? mixedWithSource(mixed.get(name)!, merged[name], stored[name])
      : merged[name]
  }
  return pickContent(Object.fromEntries(names.map((name) => [name, inSource(name)])), names)
}
