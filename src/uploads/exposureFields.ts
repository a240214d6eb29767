import type { Field } from 'payload'

import { labelOf } from '../translations'
import { hasWorkflowRole, isWorkflowStaff, type RoleReading } from '../access/roles'

export const PUBLIC_FIELD = 'public'
export const PUBLIC_IN_FIELD = 'publicIn'

/**
 * Fields the plugin adds to each upload collection its governed collections point at: `public`, set
 * by editors for files anyone may read (logos…), and `publicIn`, the locales in which a published
 * document uses the file, kept by the plugin (src/operations/refreshPublicUploads.ts).
 */
export const exposureFields = (locales: readonly string[], options: RoleReading): Field[] => [
  {
    name: PUBLIC_FIELD,
    type: 'checkbox',
    // Releasing a file without review is an editor's call, as creating content is.
    access: {
      create: ({ req }) => hasWorkflowRole(req.user, options, 'admin', 'editor'),
      update: ({ req }) => hasWorkflowRole(req.user, options, 'admin', 'editor'),
    },
    admin: {
      description: labelOf('fieldPublicDescription'),
      position: 'sidebar',
    },
    defaultValue: false,
    index: true,
    label: labelOf('fieldPublic'),
  },
  {
    name: PUBLIC_IN_FIELD,
    // A json list in the row rather than a hasMany select (a table of its own): read access filters on
    // it, and a filter through a joined table made Payload read every populated file in two statements.
    type: 'json',
    access: {
      create: () => false,
      read: ({ req }) => isWorkflowStaff(req.user, options),
      update: () => false,
    },
    admin: {
      description: labelOf('fieldPublicInDescription', () => ({ locales: locales.join(', ') })),
      position: 'sidebar',
      readOnly: true,
    },
    label: labelOf('fieldPublicIn'),
  },
]
