import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'

export const TOPICS = [
  { label: 'Regularization', value: 'regularization' },
  { label: 'Employment Rights', value: 'employment-rights' },
  { label: 'Reproductive Justice', value: 'reproductive-justice' },
  { label: 'Sex Work and Migration', value: 'sex-work-and-migration' },
  { label: 'Gender-Based Violence', value: 'gender-based-violence' },
  { label: 'Closed Work Permits', value: 'closed-work-permits' },
  { label: 'Gender-Diverse Migrants', value: 'gender-diverse-migrants' },
] as const

export const PolicyStatements: CollectionConfig<'policy-statements'> = {
  slug: 'policy-statements',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'topic', '_status', 'updatedAt'],
    group: 'Publications',
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish('Title') },
    slugField('title'),
    {
      name: 'topic',
      type: 'select',
      admin: { position: 'sidebar' },
      options: TOPICS.map((topic) => ({ ...topic })),
      required: true,
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'recommendations',
      type: 'array',
      fields: [{ name: 'text', type: 'textarea', required: true }],
      labels: { plural: 'Recommendations', singular: 'Recommendation' },
      localized: true,
    },
    uploadOfType({
      name: 'statementPdf',
      label: 'Statement PDF',
      localized: true,
      mimeTypes: ['application/pdf'],
      wants: 'a PDF file',
    }),
    {
      name: 'briefingNotes',
      type: 'join',
      collection: 'briefing-notes',
      on: 'statement',
    },
    {
      name: 'infographics',
      type: 'join',
      collection: 'infographics',
      on: 'statement',
    },
  ],
  labels: { plural: 'Policy statements', singular: 'Policy statement' },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
