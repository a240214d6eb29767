import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'

export const BriefingNotes: CollectionConfig<'briefing-notes'> = {
  slug: 'briefing-notes',
  access: contentAccess,
  admin: { defaultColumns: ['title', 'statement', '_status', 'updatedAt'], group: 'Publications', useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish('Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'statement', type: 'relationship', admin: { position: 'sidebar' }, relationTo: 'policy-statements' },
    uploadOfType({ name: 'pdf', label: 'PDF', localized: true, mimeTypes: ['application/pdf'], wants: 'a PDF file' }),
  ],
  labels: { plural: 'Briefing notes', singular: 'Briefing note' },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
