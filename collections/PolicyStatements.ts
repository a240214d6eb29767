import type { CollectionConfig } from 'payload'

import { contentAccess, versionsWithDrafts } from '../src/access/content'
import { appLabel } from '../src/translations/app'
import { requiredInEnglish } from './fields/requiredInEnglish'
import { slugField } from './fields/slug'
import { uploadOfType } from './fields/uploadOfType'

export const TOPICS = [
  { label: appLabel('topicRegularization'), value: 'regularization' },
  { label: appLabel('topicEmploymentRights'), value: 'employment-rights' },
  { label: appLabel('topicReproductiveJustice'), value: 'reproductive-justice' },
  { label: appLabel('topicSexWorkAndMigration'), value: 'sex-work-and-migration' },
  { label: appLabel('topicGenderBasedViolence'), value: 'gender-based-violence' },
  { label: appLabel('topicClosedWorkPermits'), value: 'closed-work-permits' },
  { label: appLabel('topicGenderDiverseMigrants'), value: 'gender-diverse-migrants' },
] as const

export const PolicyStatements: CollectionConfig<'policy-statements'> = {
  slug: 'policy-statements',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'topic', '_status', 'updatedAt'],
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
      name: 'topic',
      type: 'select',
      admin: { position: 'sidebar' },
      label: appLabel('topic'),
      options: TOPICS.map((topic) => ({ ...topic })),
      required: true,
    },
    { name: 'summary', type: 'textarea', label: appLabel('summary'), localized: true },
    { name: 'body', type: 'richText', label: appLabel('body'), localized: true },
    {
      name: 'recommendations',
      type: 'array',
      fields: [
        { name: 'text', type: 'textarea', label: appLabel('recommendationText'), required: true },
      ],
      label: appLabel('recommendations'),
      labels: { plural: appLabel('recommendations'), singular: appLabel('recommendation') },
      localized: true,
    },
    uploadOfType({
      name: 'statementPdf',
      label: appLabel('statementPdf'),
      localized: true,
      mimeTypes: ['application/pdf'],
      wants: appLabel('wantsPdf'),
    }),
    {
      name: 'briefingNotes',
      type: 'join',
      collection: 'briefing-notes',
      label: appLabel('briefingNotes'),
      on: 'statement',
    },
    {
      name: 'infographics',
      type: 'join',
      collection: 'infographics',
      label: appLabel('infographics'),
      on: 'statement',
    },
  ],
  labels: { plural: appLabel('policyStatements'), singular: appLabel('policyStatement') },
  // Payload's lock is per document: it would block a translator (French) while an editor has the English open.
  // Saves are guarded per language instead (hooks/refuseStaleWrites.ts); see README, Concurrency.
  lockDocuments: false,
  versions: versionsWithDrafts,
}
