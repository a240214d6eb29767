import type { GroupField } from 'payload'

import { staffOnlyField } from '../access/staffField'
import { languageName } from '../admin/labels'
import { labelOf } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSLATION_STATES } from '../workflow/translation'
import { TRANSLATION_FIELD } from '../workflow/fieldNames'

const TRANSLATION_FIELD_DB = 'translation_workflow'

/** Translation status per target locale; read-only in the admin, written by the plugin. */
export const translationGroup = (options: SanitizedWorkflowOptions): GroupField => ({
  name: TRANSLATION_FIELD,
  type: 'group',
  access: { read: staffOnlyField(options) },
  admin: { position: 'sidebar', readOnly: true },
  disableDuplicate: true,
  fields: options.targetLocales.map((locale) => ({
    name: locale,
    type: 'group' as const,
    fields: [
      {
        name: 'status',
        type: 'select' as const,
        defaultValue: 'not_started',
        // The derived enum name (enum__conference_recordings_v_version_translation_workflow_fr_status)
        // exceeds PostgreSQL's 63 characters; `tableName` here already ends with the group path.
        enumName: ({ tableName = '' }: { tableName?: string }) =>
          `enum_${tableName.replace(`${TRANSLATION_FIELD_DB}_`, 'tw_')}_status`,
        index: true,
        options: [...TRANSLATION_STATES],
      },
      { name: 'sourceHashes', type: 'json' as const, admin: { hidden: true } },
      { name: 'approvedHashes', type: 'json' as const, admin: { hidden: true } },
      {
        name: 'submittedBy',
        type: 'relationship' as const,
        relationTo: options.usersSlug as 'users',
      },
      {
        name: 'approvedBy',
        type: 'relationship' as const,
        relationTo: options.usersSlug as 'users',
      },
      { name: 'editors', type: 'json' as const, admin: { hidden: true } },
    ],
    label: labelOf('fieldTranslationWorkflowIn', (t) => ({ language: languageName(t, locale) })),
  })),
  label: labelOf('fieldTranslationWorkflow'),
})
