import type { CollectionConfig, Field, FieldAccess, Tab } from 'payload'

import { translatorReadOnly } from '../access/translatorFields'
import type { SanitizedWorkflowOptions } from '../types'
import { DELIVERY_STATES } from '../workflow/delivery'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  FALLBACK_FIELDS,
  PLUGIN_FIELDS,
  PREVIOUS_SLUGS_FIELD,
  PROGRESS_FIELD,
  TRANSLATION_FIELD,
  WORKFLOW_FIELD,
} from '../workflow/fieldNames'
import { adminStrings } from '../translations/admin'
import { serverStrings } from '../translations/server'
import { configLabel, stateOptions } from './labels'
import { ADMIN_COMPONENTS } from './paths'
import { withChangesView, withoutBookkeepingDiff } from './changes/view'

const and =
  (first: FieldAccess | undefined, second: FieldAccess): FieldAccess =>
  async (args) =>
    (first ? Boolean(await first(args)) : true) && Boolean(await second(args))

const isContentField = (field: Field): field is Field & { localized?: boolean; name: string } =>
  'name' in field &&
  field.type !== 'join' &&
  field.type !== 'ui' &&
  !(PLUGIN_FIELDS as readonly string[]).includes(field.name)

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
              roles: options.roles,
              sourceLocale: options.sourceLocale,
            }),
          ),
        },
      } as Field)
    : field

type AdminKey = keyof typeof adminStrings.en

const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)

/** A config label in both admin languages from the panel's strings, `{{language}}` named in each. */
const bothLanguages = (key: AdminKey, locale?: string): { en: string; fr: string } => {
  const name = (language: 'en' | 'fr') =>
    locale
      ? ((serverStrings[language] as Record<string, string>)[`language${capital(locale)}`] ??
        locale)
      : ''
  return {
    en: adminStrings.en[key].replace('{{language}}', name('en')),
    fr: adminStrings.fr[key].replace('{{language}}', name('fr')),
  }
}

/** A language by name in both admin languages ("French", "Français"). */
const languageLabel = (locale: string): { en: string; fr: string } => {
  const name = (language: 'en' | 'fr') =>
    (serverStrings[language] as Record<string, string>)[`language${capital(locale)}`] ?? locale
  return { en: name('en'), fr: capital(name('fr')) }
}

const withOptionLabels = (
  field: Field,
  prefix: 'state' | 'translation',
  label: { en: string; fr: string },
): Field =>
  field.type === 'select'
    ? ({
        ...field,
        label,
        options: stateOptions(
          prefix,
          field.options.map((option) => (typeof option === 'string' ? option : option.value)),
        ),
      } as Field)
    : field

/** Readable list columns and filters ("English state", "French status"), values by their labels, in both admin languages. */
const labelled = (field: Field, options: SanitizedWorkflowOptions): Field => {
  if (!('name' in field) || field.type !== 'group') return field
  if (field.name === WORKFLOW_FIELD) {
    return {
      ...field,
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === 'state'
          ? withOptionLabels(
              sub,
              'state',
              bothLanguages('panelColumnSourceState', options.sourceLocale),
            )
          : sub,
      ),
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
                'name' in sub && sub.name === 'status'
                  ? withOptionLabels(
                      sub,
                      'translation',
                      bothLanguages('panelColumnTranslationStatus', locale.name),
                    )
                  : sub,
              ),
              label: (({ en, fr }) => ({ en: capital(en), fr: capital(fr) }))(
                bothLanguages('panelColumnTranslationStatus', locale.name),
              ),
            } as Field)
          : locale,
      ),
      label: bothLanguages('panelColumnTranslation'),
    } as Field
  }
  if (field.name === DELIVERY_FIELD) {
    return {
      ...field,
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === FALLBACK_FIELDS
          ? { ...sub, label: configLabel('deliveryFallbackFields') }
          : 'name' in sub && sub.type === 'select'
            ? {
                ...sub,
                label: languageLabel(sub.name),
                options: stateOptions('delivery', DELIVERY_STATES),
              }
            : sub,
      ),
      label: configLabel('deliveryGroup'),
    } as Field
  }
  return field
}

/**
 * The panel shows the workflow and translation groups; their raw fields stay (hidden) for list columns
 * and filters. What readers get is left out of the form: it lives on the published row, the form
 * loads the draft, and sending it back would differ and be refused.
 */
const hiddenInForm = (field: Field, options: SanitizedWorkflowOptions): Field => {
  if (!('name' in field)) return field
  if (field.name === WORKFLOW_FIELD || field.name === TRANSLATION_FIELD)
    return {
      ...labelled(field, options),
      admin: { ...field.admin, condition: () => false },
    } as Field
  if ([ALTERNATES_FIELD, DELIVERY_FIELD, PREVIOUS_SLUGS_FIELD, PROGRESS_FIELD].includes(field.name))
    return { ...labelled(field, options), admin: { ...field.admin, disabled: true } } as Field
  return field
}

const sourceBesideField = (field: Field & { name: string }, path: string): Field => ({
  name: `${field.name}SourceText`,
  type: 'ui',
  admin: {
    components: {
      Field: { path: ADMIN_COMPONENTS.sourceBeside, serverProps: { sourceField: path } },
    },
    disableListColumn: true,
    // Beside its field: in the sidebar when the field is there.
    position: (field.admin as { position?: 'sidebar' } | undefined)?.position,
  },
})

/**
 * After each translatable field, a UI field that shows its source text in the target locales; also
 * after the localized fields inside a shared group or named tab (`prefix`: their path there).
 */
const withSourceBeside = (field: Field, prefix = ''): Field[] => {
  if (!isContentField(field)) return [field]
  if (field.localized) return [field, sourceBesideField(field, `${prefix}${field.name}`)]
  if (field.type !== 'group') return [field]
  const within = `${prefix}${field.name}.`
  return [
    {
      ...field,
      fields: field.fields.flatMap(throughLayout((sub) => withSourceBeside(sub, within))),
    },
  ]
}

/** A shared named tab: the localized fields inside it show their source, as in a shared group. */
const withSourceBesideInTab = (tab: Tab): Tab =>
  'name' in tab && tab.name && !tab.localized
    ? {
        ...tab,
        fields: tab.fields.flatMap(throughLayout((sub) => withSourceBeside(sub, `${tab.name}.`))),
      }
    : tab

/**
 * `map` applied to each field, also inside rows, collapsibles and unnamed tabs, whose fields are
 * top-level data; named tabs (one field each) go through `namedTab`.
 */
const throughLayout =
  (map: (field: Field) => Field[], namedTab: (tab: Tab) => Tab = (tab) => tab) =>
  (field: Field): Field[] => {
    const inner = throughLayout(map, namedTab)
    if (field.type === 'row' || field.type === 'collapsible')
      return [{ ...field, fields: field.fields.flatMap(inner) }]
    if (field.type === 'tabs')
      return [
        {
          ...field,
          tabs: field.tabs.map((tab) =>
            'name' in tab && tab.name
              ? namedTab(tab)
              : { ...tab, fields: tab.fields.flatMap(inner) },
          ),
        },
      ]
    return map(field)
  }

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

const queueColumns = (
  collection: CollectionConfig,
  options: SanitizedWorkflowOptions,
): string[] => {
  const columns = collection.admin?.defaultColumns ?? [
    collection.admin?.useAsTitle ?? 'id',
    'updatedAt',
  ]
  const added = [
    `${WORKFLOW_FIELD}.state`,
    ...options.targetLocales.map((locale) => `${TRANSLATION_FIELD}.${locale}.status`),
  ]
  return [columns[0]!, ...added, ...columns.slice(1).filter((column) => !added.includes(column))]
}

/**
 * The admin side of a governed collection: the panel, Publish/Unpublish through the workflow, no bulk
 * publish, queue columns (English state, each target locale's status), and translator read-only fields.
 */
export const withAdmin = (
  collection: CollectionConfig,
  options: SanitizedWorkflowOptions,
): CollectionConfig =>
  options.disabled
    ? collection
    : {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            // "Changes since the last review", a tab of each document.
            views: {
              ...collection.admin?.components?.views,
              edit: withChangesView(collection.admin?.components?.views?.edit),
            },
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
              SaveDraftButton: {
                path: ADMIN_COMPONENTS.saveDraftButton,
                serverProps: { collectionSlug: collection.slug },
              },
              // The workflow state in the header, where Payload counted versions ("Draft", "Changed").
              Status: {
                path: ADMIN_COMPONENTS.headerStatus,
                serverProps: { collectionSlug: collection.slug },
              },
            },
          },
          defaultColumns: queueColumns(collection, options),
        },
        // No bulk Edit / Publish / Unpublish in the list, and a 403 for bulk updates by users over any API
        // (Payload refuses them unless overrideAccess): each document goes through its own workflow.
        disableBulkEdit: true,
        fields: [
          panelField(),
          ...collection.fields
            .map(withoutBookkeepingDiff)
            .flatMap(
              throughLayout(
                (field) =>
                  withSourceBeside(hiddenInForm(withTranslatorReadOnly(field, options), options)),
                withSourceBesideInTab,
              ),
            ),
        ],
      }
