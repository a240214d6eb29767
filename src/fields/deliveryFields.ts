import type { CollectionConfig, Field } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { DELIVERY_STATES } from '../workflow/delivery'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PROGRESS_FIELD } from '../workflow/fieldNames'

const count = (name: string) => ({ name, type: 'number' as const, defaultValue: 0 })

/**
 * What readers get per target locale, kept on the published document by the plugin: a marker
 * (`translation.fr`: approved | coming_soon | outdated, indexed for cheap filters) and field counts
 * (`translationProgress.fr`), and `alternates` (the slug per locale) when the collection has a slug
 * field. Read-only everywhere; written only when the document is published or a translation is
 * approved.
 */
export const hasSlugField = (collection: Pick<CollectionConfig, 'fields'>, options: SanitizedWorkflowOptions): boolean =>
  collection.fields.some((field) => 'name' in field && field.name === options.slugField)

export const deliveryFields = (collection: CollectionConfig, options: SanitizedWorkflowOptions): Field[] => [
  ...(hasSlugField(collection, options)
    ? [
        {
          name: ALTERNATES_FIELD,
          type: 'group' as const,
          admin: { description: 'The address (slug) readers can follow in each language.', position: 'sidebar' as const, readOnly: true },
          disableDuplicate: true,
          fields: [options.sourceLocale, ...options.targetLocales].map((locale) => ({ name: locale, type: 'text' as const })),
          label: 'Published addresses',
        },
      ]
    : []),
  {
    name: DELIVERY_FIELD,
    type: 'group',
    admin: { description: 'What readers get in each language on the published version.', position: 'sidebar', readOnly: true },
    disableDuplicate: true,
    fields: options.targetLocales.map((locale) => ({
      name: locale,
      type: 'select' as const,
      defaultValue: 'coming_soon',
      index: true,
      options: [...DELIVERY_STATES],
    })),
    label: 'Published translation',
  },
  {
    name: PROGRESS_FIELD,
    type: 'group',
    admin: { position: 'sidebar', readOnly: true },
    disableDuplicate: true,
    fields: options.targetLocales.map((locale) => ({
      name: locale,
      type: 'group' as const,
      fields: [count('approved'), count('missing'), count('outdated'), count('total')],
    })),
    label: 'Published translation progress',
  },
]
