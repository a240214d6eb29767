import type { CollectionConfig, Validate } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { tw } from '../src/translations'
import { appLabel } from '../src/translations/app'

export const REGIONS = [
  { label: appLabel('regionBC'), value: 'BC' },
  { label: appLabel('regionAB'), value: 'AB' },
  { label: appLabel('regionMB'), value: 'MB' },
  { label: appLabel('regionON'), value: 'ON' },
  { label: appLabel('regionQC'), value: 'QC' },
  { label: appLabel('regionNational'), value: 'national' },
] as const

const httpsUrl: Validate<string> = (value, { req }) => {
  if (!value) return true
  try {
    return new URL(value).protocol === 'https:' ? true : tw(req.t, 'errorWebsiteHttps', { value })
  } catch {
    return tw(req.t, 'errorWebsiteNotUrl', { value })
  }
}

export const Partners: CollectionConfig<'partners'> = {
  slug: 'partners',
  access: contentAccess,
  admin: {
    defaultColumns: ['organisation', 'region', 'website'],
    group: appLabel('groupOrganisation'),
    useAsTitle: 'organisation',
  },
  fields: [
    {
      name: 'organisation',
      type: 'text',
      label: appLabel('organisation'),
      required: true,
      unique: true,
    },
    {
      name: 'region',
      type: 'select',
      label: appLabel('region'),
      options: REGIONS.map((region) => ({ ...region })),
      required: true,
    },
    { name: 'website', type: 'text', label: appLabel('website'), validate: httpsUrl },
    { name: 'description', type: 'textarea', label: appLabel('description'), localized: true },
  ],
  labels: { plural: appLabel('partners'), singular: appLabel('partner') },
  // Governed (payload.config.ts): Payload's lock is per document and would block a translator while an
  // editor has the English open. Saves are guarded per language instead (hooks/refuseStaleWrites.ts).
  lockDocuments: false,
  versions: versionsWithDrafts,
}
