import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'
import { videoUrlField } from './fields/videoUrl'

export const ConferenceRecordings: CollectionConfig<'conference-recordings'> = {
  slug: 'conference-recordings',
  access: contentAccess,
  admin: { defaultColumns: ['title', 'conference', 'recordedOn', '_status'], group: 'Publications', useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish('Title') },
    slugField('title'),
    { name: 'conference', type: 'relationship', relationTo: 'conferences', required: true },
    { name: 'recordedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, required: true },
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'affiliation', type: 'text' },
      ],
    },
    videoUrlField,
    {
      name: 'durationMinutes',
      type: 'number',
      admin: { description: 'Length of the recording in minutes.' },
      max: 24 * 60,
      min: 1,
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'transcript', type: 'richText', localized: true },
    uploadOfType({
      name: 'captions',
      label: 'Captions',
      localized: true,
      mimeTypes: ['text/vtt'],
      wants: 'a WebVTT (.vtt) file',
    }),
  ],
  labels: { plural: 'Conference recordings', singular: 'Conference recording' },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
