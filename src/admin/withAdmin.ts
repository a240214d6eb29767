import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { translatorReadOnly } from '../access/translatorFields'
import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PLUGIN_FIELDS, PROGRESS_FIELD, TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import { englishT, languageName, STATE_LABELS, TRANSLATION_LABELS } from './labels'
import { ADMIN_COMPONENTS } from './paths'

const and =
  (first: FieldAccess | undefined, second: FieldAccess): FieldAccess =>
  async (args) =>
    (first ? Boolean(await first(args)) : true) && Boolean(await second(args))

const isContentField = (field: Field): field is Field & { localized?: boolean; name: string } =>
  'name' in field && field.type !== 'join' && field.type !== 'ui' && !(PLUGIN_FIELDS as readonly string[]).includes(field.name)

/** Content fields read-only in the form for translators where they may not write (see translatorReadOnly). */
const withTranslatorReadOnly = (field: Field, options: SanitizedWorkflowOptions): Field =>
  isContentField(field)
    ? ({
        ...field,
        access: {
          ...(field as { access?: object }).access,
          update: and(
            (field as { access?: { update?: FieldAccess } }).access?.update,
            translatorReadOnly({
              localized: Boolean(field.localized),
              sourceLocale: options.sourceLocale,
            }),
          ),
        },
      } as Field)
    : field

const withOptionLabels = (field: Field, labels: Record<string, string>, label: string): Field =>
  field.type === 'select'
    ? ({
        ...field,
        label,
        options: field.options.map((option) => (typeof option === 'string' ? { label: labels[option] ?? option, value: option } : option)),
      } as Field)
    : field

/** Readable list columns and filters ("English state", "French"), values by their labels. */
const labelled = (field: Field): Field => {
  if (!('name' in field) || field.type !== 'group') return field
  if (field.name === WORKFLOW_FIELD) {
    return {
      ...field,
      fields: field.fields.map((sub) => ('name' in sub && sub.name === 'state' ? withOptionLabels(sub, STATE_LABELS, 'English state') : sub)),
    } as Field
  }
  if (field.name === TRANSLATION_FIELD) {
    return {
      ...field,
      fields: field.fields.map((locale) =>
        locale.type === 'group' && 'name' in locale
          ? ({
              ...locale,
              fields: locale.fields.map((sub) =>
                'name' in sub && sub.name === 'status' ? withOptionLabels(sub, TRANSLATION_LABELS, `${languageName(englishT, locale.name)} status`) : sub,
              ),
              label: languageName(englishT, locale.name),
            } as Field)
          : locale,
      ),
      label: 'Translation',
    } as Field
  }
  return field
}

/**
 * The panel shows the workflow and translation groups; their raw fields stay (hidden) for list columns
 * and filters. What readers get is left out of the form: it lives on the published row, the form
 * loads the draft, and sending it back would differ and be refused.
 */
const hiddenInForm = (field: Field): Field => {
  if (!('name' in field)) return field
  if (field.name === WORKFLOW_FIELD || field.name === TRANSLATION_FIELD)
    return { ...labelled(field), admin: { ...field.admin, condition: () => false } } as Field
  if (field.name === ALTERNATES_FIELD || field.name === DELIVERY_FIELD || field.name === PROGRESS_FIELD)
    return { ...field, admin: { ...field.admin, disabled: true } } as Field
  return field
}

/** After each translatable field, a UI field that shows its source text in the target locales. */
const withSourceBeside = (field: Field): Field[] =>
  isContentField(field) && field.localized
    ? [
        field,
        {
          name: `${field.name}SourceText`,
          type: 'ui',
          admin: {
            components: { Field: { path: ADMIN_COMPONENTS.sourceBeside, serverProps: { sourceField: field.name } } },
            disableListColumn: true,
            // Beside its field: in the sidebar when the field is there.
            position: (field.admin as { position?: 'sidebar' } | undefined)?.position,
          },
        },
      ]
    : [field]

/** The workflow panel: a UI field (no column) at the top of the sidebar. */
const panelField = (): Field => ({
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    components: { Field: ADMIN_COMPONENTS.panel },
    disableListColumn: true,
    position: 'sidebar',
  },
})

const queueColumns = (collection: CollectionConfig, options: SanitizedWorkflowOptions): string[] => {
  const columns = collection.admin?.defaultColumns ?? [collection.admin?.useAsTitle ?? 'id', 'updatedAt']
  const added = [`${WORKFLOW_FIELD}.state`, ...options.targetLocales.map((locale) => `${TRANSLATION_FIELD}.${locale}.status`)]
  return [columns[0]!, ...added, ...columns.slice(1).filter((column) => !added.includes(column))]
}

/**
 * The admin side of a governed collection: the panel, Publish/Unpublish through the workflow, no bulk
 * publish, queue columns (English state, each target locale's status), and translator read-only fields.
 */
export const withAdmin = (collection: CollectionConfig, options: SanitizedWorkflowOptions): CollectionConfig =>
  options.disabled
    ? collection
    : {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              PublishButton: {
                path: ADMIN_COMPONENTS.publishButton,
                serverProps: { collectionSlug: collection.slug },
              },
              UnpublishButton: {
                path: ADMIN_COMPONENTS.unpublishButton,
                serverProps: { collectionSlug: collection.slug },
              },
            },
          },
          defaultColumns: queueColumns(collection, options),
        },
        // No bulk Edit / Publish / Unpublish in the list, and a 403 for bulk updates by users over any API
        // (Payload refuses them unless overrideAccess): each document goes through its own workflow.
        disableBulkEdit: true,
        fields: [panelField(), ...collection.fields.flatMap((field) => withSourceBeside(hiddenInForm(withTranslatorReadOnly(field, options))))],
      }
