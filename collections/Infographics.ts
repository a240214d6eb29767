import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { appLabel } from '../src/translations/app'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif'] as const

export const Infographics: CollectionConfig<'infographics'> = {
  slug: 'infographics',
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
    {
      name: 'altText',
      type: 'textarea',
      admin: { description: appLabel('altTextDescription') },
      label: appLabel('altText'),
      localized: true,
      validate: requiredInEnglish('hintDescribePicture'),
    },
    // The picture carries words, so each language has its own file; it comes populated with the
    // infographic wherever the infographic is (a statement's join at depth=1).
    uploadOfType({
      name: 'image',
      label: appLabel('image'),
      localized: true,
      mimeTypes: IMAGE_TYPES,
      populateWithDocument: true,
      required: true,
      wants: appLabel('wantsImage'),
    }),
    {
      name: 'statement',
      type: 'relationship',
      admin: { position: 'sidebar' },
      label: appLabel('statement'),
      relationTo: 'policy-statements',
    },
  ],
  labels: { plural: appLabel('infographics'), singular: appLabel('infographic') },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
