import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { PUBLIC_STATUS_FIELD, TRANSLATION_FIELD } from '../workflow/fieldNames'
import { contentFields } from '../workflow/sourceContent'
import { initialTranslations } from '../workflow/translationState'
import { latestVersionOf } from './latestVersion'
import { NO_JOINS } from './noJoins'
import { planDelivery } from './planDelivery'

type Row = Record<string, unknown>
type Args = {
  collection: SanitizedCollectionConfig
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

const hasMany = (field: FlattenedField) => 'hasMany' in field && Boolean(field.hasMany)

/** A field with nothing in it, as the adapter writes it (arrays and hasMany fields: no rows). */
const emptyOf = (field: FlattenedField, locales: readonly string[]): unknown => {
  const empty = (): unknown =>
    field.type === 'array' || field.type === 'blocks' || hasMany(field)
      ? []
      : field.type === 'group' || field.type === 'tab'
        ? Object.fromEntries(field.flattenedFields.map((sub) => [sub.name, emptyOf(sub, locales)]))
        : null
  return field.localized ? Object.fromEntries(locales.map((locale) => [locale, empty()])) : empty()
}

/**
 * The stub row readers get: the announce fields' source-locale values from the latest draft, every
 * other content field and every other locale empty (no French text: the stub is not translated).
 */
export const stubContent = (
  { collection, options }: Omit<Args, 'req'>,
  draft: Row,
  fields: readonly string[],
): Row => {
  const locales = [options.sourceLocale, ...options.targetLocales]
  const content = contentFields(collection.flattenedFields)
  return Object.fromEntries(
    content.map((field) => {
      if (!fields.includes(field.name)) return [field.name, emptyOf(field, locales)]
      if (!field.localized) return [field.name, draft[field.name] ?? null]
      const source = (draft[field.name] as null | Row | undefined)?.[options.sourceLocale] ?? null
      return [field.name, { ...(emptyOf(field, locales) as Row), [options.sourceLocale]: source }]
    }),
  )
}

/**
 * The `announce` transition's effect, in its transaction: the main row (what readers get) becomes
 * the published stub (`status: 'coming_soon'`), written directly so that no version is made: the
 * latest version stays the working draft with the full text, which editors and translators go on
 * with. The reader markers are computed from the stub row (planDelivery), in the same write.
 */
export const writeAnnouncedStub = async (
  args: Args,
  id: number | string,
  fields: readonly string[],
  updatedAt: string,
): Promise<void> => {
  const { collection, req } = args
  const where = { id: { equals: id } }
  const row = (await req.payload.db.findOne({
    collection: collection.slug,
    joins: NO_JOINS,
    locale: 'all',
    req,
    where,
  })) as null | Row
  const { docs } = await req.payload.db.findVersions({
    ...latestVersionOf(id),
    collection: collection.slug,
    locale: 'all',
    req,
  })
  const draft = (docs[0]?.version as Row | undefined) ?? row
  if (!row || !draft) return
  const joins = new Set(
    collection.flattenedFields.filter((field) => field.type === 'join').map((field) => field.name),
  )
  const kept = Object.fromEntries(Object.entries(row).filter(([name]) => !joins.has(name)))
  // Dated as the draft version the transition wrote: readers see when it was announced, and the row is not newer than the draft.
  const stub = {
    ...kept,
    ...stubContent(args, draft, fields),
    _status: 'published',
    [PUBLIC_STATUS_FIELD]: 'coming_soon',
    updatedAt,
  }
  // The reader markers of this row, as a publish computes them; no translation is approved for a stub (no French
  // text, `translation.fr: coming_soon`), whatever the working draft's translations are at.
  const untranslated = {
    ...draft,
    [TRANSLATION_FIELD]: initialTranslations(args.options.targetLocales),
  }
  const changes = planDelivery(args, { before: null, draft: untranslated, row: stub })
  const data = changes ? { ...stub, ...changes.text, ...changes.markers } : stub
  await req.payload.db.updateOne({ collection: collection.slug, data, id, req, returning: false })
}
