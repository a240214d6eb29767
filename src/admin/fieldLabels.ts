import { getTranslation, type I18n } from '@payloadcms/translations'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'

/** Top-level fields by their label in `i18n`'s language ("Résumé"), joined for a sentence; a name without a label as it is. */
export const labelsOf = (
  payload: Payload,
  collection: string,
  names: readonly string[],
  i18n: I18n,
): string => {
  const fields: FlattenedField[] =
    payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []
  return names
    .map((name) => {
      const field = fields.find((candidate) => candidate.name === name)
      const label = field && 'label' in field ? field.label : undefined
      return label && typeof label !== 'function' ? getTranslation(label, i18n) : name
    })
    .join(', ')
}

/** The same, in the admin's language of `req`. */
export const fieldLabels = (
  req: PayloadRequest,
  collection: string,
  names: readonly string[],
): string => labelsOf(req.payload, collection, names, req.i18n as I18n)
