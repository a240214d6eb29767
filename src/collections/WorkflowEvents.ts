import type { CollectionConfig } from 'payload'

import { refuseEventChanges } from '../../hooks/refuseEventChanges'
import { refuseForgedEvents } from '../../hooks/refuseForgedEvents'
import { isStaff } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSITION_NAMES } from '../workflow/approval'
import { TRANSLATION_TRANSITIONS } from '../workflow/translation'

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
    {
      name: 'transition',
      type: 'select',
      index: true,
      options: [...TRANSITION_NAMES, ...TRANSLATION_TRANSITIONS, 'edit', 'source_changed', 'suggest'],
      required: true,
    },
    // Approval states for the source locale, translation states for a target locale.
    { name: 'from', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'comment', type: 'textarea' },
    { name: 'contentHash', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: options.usersSlug as 'users' },
  ],
  hooks: options.disabled ? {} : { beforeChange: [refuseForgedEvents], beforeOperation: [refuseEventChanges] },
  labels: { plural: 'Workflow events', singular: 'Workflow event' },
})
