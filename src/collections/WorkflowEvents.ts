import type { CollectionConfig } from 'payload'

import { refuseEventChanges } from '../../hooks/refuseEventChanges'
import { refuseForgedEvents } from '../../hooks/refuseForgedEvents'
import { isStaff } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import { APPROVAL_STATES, TRANSITION_NAMES } from '../workflow/approval'

/** One row per transition (and per approval voided by an edit); append-only, staff-readable. */
export const workflowEventsCollection = (options: SanitizedWorkflowOptions): CollectionConfig => ({
  slug: options.eventsSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => isStaff(req.user as never),
    update: () => false,
  },
  admin: { defaultColumns: ['createdAt', 'collection', 'document', 'transition', 'from', 'to', 'user'], group: 'Workflow' },
  fields: [
    { name: 'collection', type: 'text', index: true, required: true },
    { name: 'document', type: 'text', index: true, required: true },
    { name: 'transition', type: 'select', options: [...TRANSITION_NAMES, 'edit'], required: true },
    { name: 'from', type: 'select', options: [...APPROVAL_STATES], required: true },
    { name: 'to', type: 'select', options: [...APPROVAL_STATES], required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'contentHash', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: options.usersSlug as 'users' },
  ],
  hooks: options.disabled ? {} : { beforeChange: [refuseForgedEvents], beforeOperation: [refuseEventChanges] },
  labels: { plural: 'Workflow events', singular: 'Workflow event' },
})
