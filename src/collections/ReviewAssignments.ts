import type { CollectionConfig } from 'payload'

import { refuseDirectAssignments } from '../../hooks/refuseDirectAssignments'
import { isWorkflowStaff } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'

export const ASSIGNMENTS_SLUG = 'review-assignments'

/**
 * Who reviews a document: one row per document, kept apart from the document so that assigning is
 * neither a save (no version, no withdrawn submission) nor a workflow move. Written by the assign
 * operation only; staff read it.
 */
export const reviewAssignmentsCollection = (
  options: SanitizedWorkflowOptions,
): CollectionConfig => ({
  slug: ASSIGNMENTS_SLUG,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => isWorkflowStaff(req.user, options),
    update: () => false,
  },
  admin: { hidden: true },
  fields: [
    { name: 'collection', type: 'text', index: true, required: true },
    { name: 'document', type: 'text', index: true, required: true },
    {
      name: 'reviewer',
      type: 'relationship',
      index: true,
      relationTo: options.usersSlug as 'users',
    },
    { name: 'assignedBy', type: 'relationship', relationTo: options.usersSlug as 'users' },
  ],
  hooks: options.disabled ? {} : { beforeOperation: [refuseDirectAssignments] },
  indexes: [{ fields: ['collection', 'document'], unique: true }],
  labels: {
    plural: { en: 'Review assignments', fr: 'Assignations de relecture' },
    singular: { en: 'Review assignment', fr: 'Assignation de relecture' },
  },
})
