import type { CollectionConfig, Validate } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'

export const REGIONS = [
  { label: 'British Columbia', value: 'BC' },
  { label: 'Alberta', value: 'AB' },
  { label: 'Manitoba', value: 'MB' },
  { label: 'Ontario', value: 'ON' },
  { label: 'Quebec', value: 'QC' },
  { label: 'National', value: 'national' },
] as const

const httpsUrl: Validate<string> = (value) => {
  if (!value) return true
  try {
    return new URL(value).protocol === 'https:'
      ? true
      : `Website "${value}" must use https: use the https:// address.`
  } catch {
    return `Website "${value}" is not a web address: paste a full https:// link.`
  }
}

export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  access: contentAccess,
  admin: { defaultColumns: ['organisation', 'region', 'website'], group: 'Organisation', useAsTitle: 'organisation' },
  fields: [
    { name: 'organisation', type: 'text', required: true, unique: true },
    { name: 'region', type: 'select', options: REGIONS.map((region) => ({ ...region })), required: true },
    { name: 'website', type: 'text', validate: httpsUrl },
    { name: 'description', type: 'textarea', localized: true },
  ],
  labels: { plural: 'Partners', singular: 'Partner' },
  versions: versionsWithDrafts,
}
