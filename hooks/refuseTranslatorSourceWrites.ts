import { getTranslation } from '@payloadcms/translations'
import type { CollectionBeforeChangeHook, FlattenedField, PayloadRequest } from 'payload'

import { workflowRolesOf } from '../src/access/roles'
import { languageName } from '../src/admin/labels'

import { loadedAndCurrent } from '../src/operations/concurrentSave'
import { WorkflowError } from '../src/operations/errors'
import { tw } from '../src/translations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { sameContent } from '../src/workflow/contentHash'
import { isOnlyTranslator } from '../src/workflow/roles'
import {
  contentFieldNames,
  localizedFieldNames,
  mixedFields,
  mixedSharedChanged,
} from '../src/workflow/sourceContent'

const labelOf = (
  fields: FlattenedField[],
  name: string,
  i18n: Parameters<typeof getTranslation>[1],
) => {
  const field = fields.find((candidate) => candidate.name === name)
  const label = field && 'label' in field ? field.label : undefined
  return label && typeof label !== 'function' ? getTranslation(label, i18n) : name
}

/**
 * Shared fields a translator's save sends as they were when it loaded the document (its `updatedAt`)
 * but that an editor changed since: not the translator's change, so they keep the stored value.
 */
const keepStoredShared = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  data: Record<string, unknown>,
  names: string[],
) => {
  const claimed = data.updatedAt ? new Date(String(data.updatedAt)) : null
  if (!claimed || Number.isNaN(claimed.getTime()) || names.length === 0) return names
  const { current, loaded } = await loadedAndCurrent(req, collection, id, claimed)
  if (!current || !loaded) return names
  const unchanged = names.filter((name) => sameContent(data[name], loaded[name]))
  for (const name of unchanged) data[name] = current[name]
  return names.filter((name) => !unchanged.includes(name))
}

/**
 * Translators write target-locale fields and nothing else: not the source locale, not fields
 * shared by all languages (the source locale owns those). Holds on every write path; shared fields
 * sent as the translator loaded them are not a change and keep the stored value.
 */
export const refuseTranslatorSourceWrites =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (!isOnlyTranslator(workflowRolesOf(req.user, options))) return data
    const targets = options.targetLocales
    if (operation === 'create' || !req.locale || !targets.includes(req.locale)) {
      const languages = targets.map((locale) => languageName(req.t, locale)).join(', ')
      throw new WorkflowError(
        tw(req.t, 'errorTranslatorLocale', {
          language: languageName(req.t, targets[0]!),
          languages,
        }),
        403,
        'translator_locale',
      )
    }
    const localized = localizedFieldNames(collection.flattenedFields)
    // Of a group, tab, array or blocks with localized fields inside, only the shared part is the source's.
    const mixed = mixedFields(collection.flattenedFields)
    const changed = (name: string) =>
      mixed.has(name)
        ? mixedSharedChanged(mixed.get(name)!, data[name], originalDoc?.[name])
        : !sameContent(data[name], originalDoc?.[name])
    const differing = contentFieldNames(collection.flattenedFields).filter(
      (name) => !localized.has(name) && name in data && changed(name),
    )
    const refused = await keepStoredShared(req, collection.slug, originalDoc!.id, data, differing)
    if (refused.length > 0) {
      const fields = refused
        .map((name) => labelOf(collection.flattenedFields, name, req.i18n))
        .join(', ')
      throw new WorkflowError(
        tw(req.t, 'errorTranslatorShared', {
          fields,
          source: languageName(req.t, options.sourceLocale),
        }),
        403,
        'translator_shared',
        { fields: refused },
      )
    }
    return data
  }
