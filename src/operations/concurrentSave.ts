import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { sameContent } from '../workflow/contentHash'
import {
  contentFieldNames,
  localizedFieldNames,
  mixedFields,
  mixedInLocale,
  mixedShared,
} from '../workflow/sourceContent'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import { readWorkflow, sameWorkflow } from '../workflow/state'
import { readTranslations, sameTranslations } from '../workflow/translationState'
import { NO_JOINS } from './noJoins'
import { preservingLocale } from './preservingLocale'

type Doc = Record<string, unknown>

type Args = {
  claimed: Date
  collection: SanitizedCollectionConfig
  data: Doc
  id: number | string
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

const inLocale = (value: unknown, locale: string) =>
  value && typeof value === 'object' ? (value as Doc)[locale] : undefined

/** The document as the caller loaded it (the version saved at `claimed`) and as stored now, every locale. */
export const loadedAndCurrent = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  claimed: Date,
) =>
  preservingLocale(req, async () => {
    const slug = collection as CollectionSlug
    const { docs } = await req.payload.findVersions({
      collection: slug,
      depth: 0,
      limit: 1,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { parent: { equals: id } },
          { 'version.updatedAt': { equals: claimed.toISOString() } },
        ],
      },
    })
    const current = await req.payload.findByID({
      collection: slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      joins: NO_JOINS,
      locale: 'all',
      overrideAccess: true,
      req,
    })
    return {
      current: current as unknown as Doc | null,
      loaded: (docs[0]?.version ?? null) as unknown as Doc | null,
    }
  })

/**
 * A save made from an older version, judged per language: it conflicts only with what changed since
 * in its own locale (localized fields, that locale's translation state), with the approval state,
 * or with a shared field it changes too. Shared fields it sends unchanged from what it loaded, which
 * someone else changed since, are set to the stored values, so a French save never writes back stale
 * values of fields the English owns. Returns the data to save, or null for a conflict.
 */
export const mergeConcurrentSave = async ({
  claimed,
  collection,
  data,
  id,
  options,
  req,
}: Args): Promise<Doc | null> => {
  const locale = req.locale
  if (!locale || locale === 'all') return null
  const { current, loaded } = await loadedAndCurrent(req, collection.slug, id, claimed)
  if (!current || !loaded) return null
  if (
    readWorkflow(loaded).state !== readWorkflow(current).state ||
    loaded._status !== current._status
  )
    return null
  if (options.targetLocales.includes(locale)) {
    const [before, now] = [
      readTranslations(loaded, [locale])[locale],
      readTranslations(current, [locale])[locale],
    ]
    if (before?.status !== now?.status) return null
  }
  const localized = localizedFieldNames(collection.flattenedFields)
  const mixed = mixedFields(collection.flattenedFields)
  const merged: Doc = { ...data }
  for (const name of contentFieldNames(collection.flattenedFields)) {
    if (localized.has(name)) {
      if (!sameContent(inLocale(loaded[name], locale), inLocale(current[name], locale))) return null
      continue
    }
    const field = mixed.get(name)
    if (field) {
      // Shared and per-language data in one value: any change since in this locale, or in the shared part it sends, conflicts.
      if (
        !sameContent(
          mixedInLocale(field, loaded[name], locale),
          mixedInLocale(field, current[name], locale),
        )
      )
        return null
      if (
        name in data &&
        !sameContent(mixedShared(field, loaded[name]), mixedShared(field, current[name]))
      )
        return null
      continue
    }
    if (sameContent(loaded[name], current[name])) continue
    const changedHere = name in data && !sameContent(data[name], loaded[name])
    if (changedHere && !sameContent(data[name], current[name])) return null
    if (name in data) merged[name] = current[name]
  }
  // The admin form sends back the workflow groups it loaded: as loaded, they are not a change (the
  // transitions own them), so they take the stored values rather than look like a direct write.
  const locales = options.targetLocales
  if (
    merged[WORKFLOW_FIELD] !== undefined &&
    sameWorkflow(readWorkflow(loaded), readWorkflow(merged))
  )
    merged[WORKFLOW_FIELD] = current[WORKFLOW_FIELD]
  if (
    merged[TRANSLATION_FIELD] !== undefined &&
    sameTranslations(readTranslations(loaded, locales), readTranslations(merged, locales))
  ) {
    merged[TRANSLATION_FIELD] = current[TRANSLATION_FIELD]
  }
  return merged
}
