import type { CollectionConfig, Field, JSONField } from 'payload'

import { labelOf } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { DELIVERY_STATES, type DeliveryProgress } from '../workflow/delivery'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  FALLBACK_FIELDS,
  PREVIOUS_SLUGS_FIELD,
  PROGRESS_FIELD,
} from '../workflow/fieldNames'
import { topLevelFields } from '../workflow/sourceContent'

type JSONSchema4 = ReturnType<NonNullable<JSONField['typescriptSchema']>[number]>

const NO_PROGRESS: DeliveryProgress = { approved: 0, missing: 0, outdated: 0, total: 0 }

const keyed = <T>(keys: readonly string[], value: () => T): Record<string, T> =>
  Object.fromEntries(keys.map((key) => [key, value()]))

/** A JSON schema (for `payload generate:types`): an object with exactly these keys, each of this schema. */
const objectOf = (keys: readonly string[], schema: JSONSchema4): JSONSchema4 => ({
  type: 'object',
  additionalProperties: false,
  properties: keyed(keys, () => schema),
  required: [...keys],
})

export const hasSlugField = (
  collection: Pick<CollectionConfig, 'fields'>,
  options: SanitizedWorkflowOptions,
): boolean => topLevelFields(collection.fields).some((field) => field.name === options.slugField)

/**
 * What readers get per target locale, kept on the published document by the plugin: a marker
 * (`translation.fr`: approved | partial | coming_soon | outdated, indexed for cheap filters; and
 * `translation.fallbackFields.fr`, the translatable fields a French read serves in English), field counts
 * (`translationProgress.fr`), and `alternates` (the slug per locale) and `previousSlugs` when the
 * collection has a slug field. Read-only everywhere; written only when the document is published or a translation is
 * approved.
 *
 * `alternates` and `translationProgress` are `json` fields (one column each), not groups: Payload
 * turns a group into a column per leaf and walks every leaf of every document it reads, which made
 * these two a fifth of a reader's list (bench/results.md). Readers get the same objects over REST;
 * GraphQL serves them as the `JSON` scalar. The marker stays a group of selects: its column is indexed.
 */
export const deliveryFields = (
  collection: CollectionConfig,
  options: SanitizedWorkflowOptions,
): Field[] => [
  ...(hasSlugField(collection, options)
    ? [
        {
          name: ALTERNATES_FIELD,
          type: 'json' as const,
          admin: {
            description: labelOf('fieldAlternatesDescription'),
            position: 'sidebar' as const,
            readOnly: true,
          },
          defaultValue: () => keyed([options.sourceLocale, ...options.targetLocales], () => null),
          disableDuplicate: true,
          label: labelOf('fieldAlternates'),
          typescriptSchema: [
            () =>
              objectOf([options.sourceLocale, ...options.targetLocales], {
                type: ['string', 'null'],
              }),
          ],
        },
        {
          name: PREVIOUS_SLUGS_FIELD,
          type: 'json' as const,
          admin: {
            description: labelOf('fieldPreviousSlugsDescription'),
            position: 'sidebar' as const,
            readOnly: true,
          },
          defaultValue: () => keyed([options.sourceLocale, ...options.targetLocales], () => []),
          disableDuplicate: true,
          label: labelOf('fieldPreviousSlugs'),
          typescriptSchema: [
            () =>
              objectOf([options.sourceLocale, ...options.targetLocales], {
                type: 'array',
                items: { type: 'string' },
              }),
          ],
        },
      ]
    : []),
  {
    name: DELIVERY_FIELD,
    type: 'group',
    admin: {
      description: labelOf('fieldDeliveryDescription'),
      position: 'sidebar',
      readOnly: true,
    },
    disableDuplicate: true,
    fields: [
      ...options.targetLocales.map((locale) => ({
        name: locale,
        type: 'select' as const,
        defaultValue: 'coming_soon',
        index: true,
        options: [...DELIVERY_STATES],
      })),
      {
        name: FALLBACK_FIELDS,
        type: 'json' as const,
        defaultValue: () => keyed(options.targetLocales, () => []),
        typescriptSchema: [
          () => objectOf(options.targetLocales, { type: 'array', items: { type: 'string' } }),
        ],
      },
    ],
    label: labelOf('fieldDelivery'),
  },
  {
    name: PROGRESS_FIELD,
    type: 'json',
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: () => keyed(options.targetLocales, () => ({ ...NO_PROGRESS })),
    disableDuplicate: true,
    label: labelOf('fieldProgress'),
    typescriptSchema: [
      () => objectOf(options.targetLocales, objectOf(Object.keys(NO_PROGRESS), { type: 'number' })),
    ],
  },
]
