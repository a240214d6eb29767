import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, PayloadRequest } from 'payload'

/** Top-level fields by their label in the admin's language ("Résumé"), joined for a sentence; a name without a label as it is. */
export const fieldLabels = (req: PayloadRequest, collection: string, names: readonly string[]): string => {
  const fields = req.payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []
  return names
    .map((name) => {
      const field = fields.find((candidate) => candidate.name === name)
      const label = field && 'label' in field ? field.label : undefined
      return label && typeof label !== 'function' ? getTranslation(label, req.i18n) : name
    })
    .join(', ')
}
