import type { GroupField } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { TRANSLATION_STATES } from '../workflow/translation'
import { TRANSLATION_FIELD } from '../workflow/translationState'

/** Translation status per target locale; read-only in the admin, written by the plugin. */
export const translationGroup = (options: SanitizedWorkflowOptions): GroupField => ({
  name: TRANSLATION_FIELD,
  type: 'group',
  admin: { position: 'sidebar', readOnly: true },
  disableDuplicate: true,
  fields: options.targetLocales.map((locale) => ({
    name: locale,
    type: 'group' as const,
    fields: [
      { name: 'status', type: 'select' as const, defaultValue: 'not_started', index: true, options: [...TRANSLATION_STATES] },
      { name: 'sourceHashes', type: 'json' as const, admin: { hidden: true } },
      { name: 'submittedBy', type: 'relationship' as const, relationTo: options.usersSlug as 'users' },
      { name: 'approvedBy', type: 'relationship' as const, relationTo: options.usersSlug as 'users' },
      { name: 'editors', type: 'json' as const, admin: { hidden: true } },
    ],
    label: `Translation (${locale})`,
  })),
  label: 'Translation',
})
