import type { CollectionConfig } from 'payload'

import { byRoles, publishedOrStaff } from './roles'

/** Access for editorial collections: staff work on drafts, everyone else reads published documents. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  create: byRoles('admin', 'editor'),
  delete: byRoles('admin'),
  read: publishedOrStaff,
  readVersions: byRoles('admin', 'editor', 'translator', 'reviewer'),
  update: byRoles('admin', 'editor', 'translator', 'reviewer'),
}

export const versionsWithDrafts: NonNullable<CollectionConfig['versions']> = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
