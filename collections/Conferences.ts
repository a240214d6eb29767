import type { CollectionConfig, DateFieldValidation } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { tw } from '../src/translations'
import { appLabel } from '../src/translations/app'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'

const endsAfterStart: DateFieldValidation = (value, { req, siblingData }) => {
  const start = (siblingData as { startDate?: Date | string }).startDate
  if (!value || !start) return true
  return new Date(value) >= new Date(start) ? true : tw(req.t, 'errorEndBeforeStart')
}

export const Conferences: CollectionConfig<'conferences'> = {
  slug: 'conferences',
  access: contentAccess,
  admin: {
    defaultColumns: ['name', 'startDate', 'place', '_status'],
    group: appLabel('groupEvents'),
    useAsTitle: 'name',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: appLabel('name'),
      localized: true,
      validate: requiredInEnglish(),
    },
    slugField('name'),
    {
      name: 'startDate',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      label: appLabel('startDate'),
      required: true,
    },
    {
      name: 'endDate',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      label: appLabel('endDate'),
      validate: endsAfterStart,
    },
    { name: 'place', type: 'text', label: appLabel('place'), required: true },
    { name: 'organiser', type: 'text', label: appLabel('organiser') },
    { name: 'summary', type: 'textarea', label: appLabel('summary'), localized: true },
  ],
  labels: { plural: appLabel('conferences'), singular: appLabel('conference') },
  // Governed (payload.config.ts): Payload's lock is per document and would block a translator while an
  // editor has the English open. Saves are guarded per language instead (hooks/refuseStaleWrites.ts).
  lockDocuments: false,
  versions: versionsWithDrafts,
}
