import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { appLabel } from '../src/translations/app'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'

export const BriefingNotes: CollectionConfig<'briefing-notes'> = {
  slug: 'briefing-notes',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'statement', '_status', 'updatedAt'],
    group: appLabel('groupPublications'),
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: appLabel('title'),
      localized: true,
      validate: requiredInEnglish(),
    },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: appLabel('summary'), localized: true },
    { name: 'body', type: 'richText', label: appLabel('body'), localized: true },
    {
      name: 'statement',
      type: 'relationship',
      admin: { position: 'sidebar' },
      label: appLabel('statement'),
      relationTo: 'policy-statements',
    },
    uploadOfType({
      name: 'pdf',
      label: appLabel('pdf'),
      localized: true,
      mimeTypes: ['application/pdf'],
      populateWithDocument: true,
      wants: appLabel('wantsPdf'),
    }),
  ],
  labels: { plural: appLabel('briefingNotes'), singular: appLabel('briefingNote') },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
