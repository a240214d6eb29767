import type { CollectionConfig, DateFieldValidation } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'

const endsAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: Date | string }).startDate
  if (!value || !start) return true
  return new Date(value) >= new Date(start)
    ? true
    : 'End date is before the start date: set an end date on or after the start.'
}

export const Conferences: CollectionConfig<'conferences'> = {
  slug: 'conferences',
  access: contentAccess,
  admin: { defaultColumns: ['name', 'startDate', 'place', '_status'], group: 'Events', useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish('Name') },
    slugField('name'),
    { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, required: true },
    {
      name: 'endDate',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      validate: endsAfterStart,
    },
    { name: 'place', type: 'text', required: true },
    { name: 'organiser', type: 'text' },
    { name: 'summary', type: 'textarea', localized: true },
  ],
  labels: { plural: 'Conferences', singular: 'Conference' },
  versions: versionsWithDrafts,
}
