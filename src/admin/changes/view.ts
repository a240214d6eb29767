import type { CollectionConfig, Field } from 'payload'

import { PLUGIN_FIELDS } from '../../workflow/fieldNames'
import { ADMIN_COMPONENTS } from '../paths'
import { CHANGES_VIEW_PATH } from './href'

type EditViews = NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']
>['edit']

/** The "Changes" tab of a governed document (after Payload's own tabs), added to the collection's edit views. */
export const withChangesView = (edit: EditViews): EditViews =>
  ({
    ...edit,
    reviewChanges: {
      Component: ADMIN_COMPONENTS.changesView,
      path: CHANGES_VIEW_PATH,
      tab: {
        href: CHANGES_VIEW_PATH,
        label: ({ t }: { t: (key: string) => string }) => t('workflow:changesTab'),
        order: 250,
      },
    },
  }) as EditViews

/** The plugin's bookkeeping groups (states, hashes, delivery, progress) show nothing in Payload's version comparison. */
export const withoutBookkeepingDiff = (field: Field): Field =>
  'name' in field && (PLUGIN_FIELDS as readonly string[]).includes(field.name)
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: { ...field.admin?.components, Diff: ADMIN_COMPONENTS.noDiff },
        },
      } as Field)
    : field
