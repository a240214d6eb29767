import type { SelectField } from 'payload'

import { configLabel } from '../admin/labels'
import { PUBLIC_STATUS_FIELD } from '../workflow/fieldNames'

export const PUBLIC_STATUSES = ['published', 'coming_soon'] as const
export type PublicStatus = (typeof PUBLIC_STATUSES)[number]

/**
 * What readers get of a published document: `published` (the full text) or `coming_soon` (a stub a
 * reviewer announced: the `announceFields` only, while the full text is in review). Indexed, so
 * `where[status][equals]=coming_soon` is cheap; read-only everywhere, written only by the plugin
 * (announce writes the stub row, a publish the full text).
 */
export const publicStatusField = (): SelectField => ({
  name: PUBLIC_STATUS_FIELD,
  type: 'select',
  // Hidden in the admin: its forms and lists read the latest version (the working draft), never the stub row
  // readers get; the workflow panel says when a stub is announced.
  admin: {
    description: configLabel('fieldPublicStatusDescription'),
    hidden: true,
    position: 'sidebar',
    readOnly: true,
  },
  defaultValue: 'published',
  disableDuplicate: true,
  // PostgreSQL would name its enum as Payload's `_status` one (enum_<table>_status): the two must differ.
  enumName: ({ tableName }) => `enum_${tableName}_public_status`,
  index: true,
  label: configLabel('fieldPublicStatus'),
  options: [
    { label: configLabel('publicStatusPublished'), value: 'published' },
    { label: configLabel('publicStatusComingSoon'), value: 'coming_soon' },
  ],
})
