import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { isWorkflowStaff } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import { tw } from '../translations'
import { topLevelField, translatableFieldNames } from '../workflow/sourceContent'
import { fieldHashes } from '../workflow/sourceDiff'
import { applyXliff, exportXliff, parseXliff, type XliffField, type XliffFieldKind } from '../xliff'
import { WorkflowError } from './errors'
import { NO_JOINS } from './noJoins'
import { preservingLocale } from './preservingLocale'
import { readLatestSource, sourceContentOf } from './sourceHash'

type Target = { collection: string; id: number | string; locale: string }

const kindOf = (field: FlattenedField): XliffFieldKind | null => {
  if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText')
    return field.type
  if (field.type === 'array') {
    // Rows of one text field (besides Payload's row id), e.g. recommendations.
    const data = field.flattenedFields.filter((sub) => sub.name !== 'id')
    if (data.length === 1 && data[0]!.name === 'text') return 'array-text'
  }
  return null
}

/** Loads what both directions need: the text fields with their English and current target values. */
const load = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  { collection, id, locale }: Target,
) => {
  const user = req.user
  if (!user) throw new WorkflowError(tw(req.t, 'errorSignInXliff'), 401, 'sign_in')
  if (!isWorkflowStaff(user, options))
    throw new WorkflowError(tw(req.t, 'errorStaffOnlyXliff'), 403, 'staff_only')
  if (!options.targetLocales.includes(locale)) {
    throw new WorkflowError(
      tw(req.t, 'errorNotTranslationLocale', {
        locale,
        locales: options.targetLocales.map((code) => `${code}.xlf`).join(', '),
      }),
      400,
      'not_translation_locale',
    )
  }
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config)
    throw new WorkflowError(
      tw(req.t, 'errorNoTranslationWorkflow', { collection }),
      404,
      'no_workflow',
    )
  // One after the other: each Local API call sets req.locale, so two in parallel would read the same locale.
  const source = await readLatestSource({ collection: config, options, req }, id)
  const target = await preservingLocale(req, () =>
    req.payload.findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      fallbackLocale: false,
      id,
      joins: NO_JOINS,
      locale: locale as 'fr',
      overrideAccess: true,
      req,
    }),
  )
  if (!source || !target)
    throw new WorkflowError(
      tw(req.t, 'errorNotFound', { collection, id: String(id) }),
      404,
      'not_found',
    )
  const names = translatableFieldNames(config.flattenedFields)
  const fields: XliffField[] = names.flatMap((name) => {
    const field = topLevelField(config.flattenedFields, name)
    const kind = field ? kindOf(field) : null
    const record = (doc: unknown) => (doc as Record<string, unknown>)[name]
    return kind ? [{ kind, name, source: record(source), target: record(target) }] : []
  })
  return { fields, sourceHashes: fieldHashes(sourceContentOf(config, source), names) }
}

/** XLIFF 1.2 of a document's text fields, English source with the current target text. */
export const exportTranslation = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: Target,
): Promise<string> => {
  const { fields, sourceHashes } = await load(req, options, target)
  return exportXliff({
    collection: target.collection,
    fields,
    id: target.id,
    sourceHashes,
    sourceLocale: options.sourceLocale,
    targetLocale: target.locale,
  })
}

/**
 * Imports a translated XLIFF file into the target-locale draft, as the caller (access, translator
 * scope and translation status apply as for any edit). Units without a translation change nothing.
 */
export const importTranslation = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: Target,
  xml: string,
) => {
  const { fields, sourceHashes } = await load(req, options, target)
  const { data, incomplete } = applyXliff(parseXliff(xml), {
    collection: target.collection,
    currentSourceHashes: sourceHashes,
    fields,
    id: target.id,
    sourceLocale: options.sourceLocale,
    targetLocale: target.locale,
  })
  // `as never`: Payload types `data` per slug, and this slug is known only at run time.
  const doc = Object.keys(data).length
    ? await req.payload.update({
        collection: target.collection as CollectionSlug,
        data: data as never,
        depth: 0,
        draft: true,
        id: target.id,
        locale: target.locale as 'fr',
        overrideAccess: false,
        req,
      })
    : null
  return {
    imported: Object.keys(data),
    incomplete,
    updatedAt: (doc as { updatedAt?: string } | null)?.updatedAt ?? null,
  }
}
