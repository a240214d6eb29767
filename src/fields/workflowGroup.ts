import type { GroupField } from 'payload'

import { staffOnlyField } from '../access/staffField'
import { labelOf } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { APPROVAL_STATES } from '../workflow/approval'
import { WORKFLOW_FIELD } from '../workflow/fieldNames'

/** The approval state stored on each document; read-only in the admin, written by transitions. */
export const workflowGroup = (options: SanitizedWorkflowOptions): GroupField => ({
  name: WORKFLOW_FIELD,
  type: 'group',
  access: { read: staffOnlyField(options) },
  admin: { position: 'sidebar', readOnly: true },
  disableDuplicate: true,
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: [...APPROVAL_STATES],
    },
    { name: 'contentHash', type: 'text', admin: { hidden: true } },
    { name: 'approvedHash', type: 'text', admin: { hidden: true } },
    { name: 'submittedBy', type: 'relationship', relationTo: options.usersSlug as 'users' },
    { name: 'approvedBy', type: 'relationship', relationTo: options.usersSlug as 'users' },
    { name: 'editors', type: 'json', admin: { hidden: true } },
    { name: 'scheduledAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'scheduledBy', type: 'relationship', relationTo: options.usersSlug as 'users' },
    // The stub readers get while the full text is in review (the announce transition).
    { name: 'announcedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'announcedBy', type: 'relationship', relationTo: options.usersSlug as 'users' },
    { name: 'announcedHash', type: 'text', admin: { hidden: true } },
  ],
  label: labelOf('fieldWorkflow'),
})
