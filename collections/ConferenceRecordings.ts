import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { appLabel } from '../src/translations/app'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'
import { videoUrlField } from './fields/videoUrl'

export const ConferenceRecordings: CollectionConfig<'conference-recordings'> = {
  slug: 'conference-recordings',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'conference', 'recordedOn', '_status'],
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
      name: 'conference',
      type: 'relationship',
      label: appLabel('conference'),
      relationTo: 'conferences',
      required: true,
    },
    {
      name: 'recordedOn',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      label: appLabel('recordedOn'),
      required: true,
    },
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', label: appLabel('name'), required: true },
        { name: 'affiliation', type: 'text', label: appLabel('affiliation') },
      ],
      label: appLabel('speakers'),
      labels: { plural: appLabel('speakers'), singular: appLabel('speaker') },
    },
    videoUrlField,
    {
      name: 'durationMinutes',
      type: 'number',
      admin: { description: appLabel('durationMinutesDescription') },
      label: appLabel('durationMinutes'),
      max: 24 * 60,
      min: 1,
    },
    { name: 'summary', type: 'textarea', label: appLabel('summary'), localized: true },
    { name: 'transcript', type: 'richText', label: appLabel('transcript'), localized: true },
    uploadOfType({
      name: 'captions',
      label: appLabel('captions'),
      localized: true,
      mimeTypes: ['text/vtt'],
      wants: appLabel('wantsVtt'),
    }),
  ],
  labels: { plural: appLabel('conferenceRecordings'), singular: appLabel('conferenceRecording') },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
