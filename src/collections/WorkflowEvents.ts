import type { CollectionConfig } from 'payload'

import { refuseEventChanges } from '../../hooks/refuseEventChanges'
import { refuseForgedEvents } from '../../hooks/refuseForgedEvents'
import { isWorkflowStaff } from '../access/roles'
import { transitionLabel } from '../admin/labels'
import { serverStrings } from '../translations/server'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSITION_NAMES } from '../workflow/approval'
import { TRANSLATION_TRANSITIONS } from '../workflow/translation'

const EVENT_NAMES = [
  ...TRANSITION_NAMES,
  ...TRANSLATION_TRANSITIONS,
  'edit',
  'source_changed',
  'suggest',
] as const

/** `t` over the plugin's own strings in one language, for labels written into the config. */
const tIn =
  (language: 'en' | 'fr') =>
  (key: string, vars: Record<string, number | string> = {}) =>
    (
      (serverStrings[language] as Record<string, string>)[key.replace(/^workflow:/, '')] ?? key
    ).replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))

const inBoth = (key: keyof typeof serverStrings.en) => ({
  en: serverStrings.en[key],
  fr: serverStrings.fr[key],
})

/** An event's name in both admin languages; translation events name the first target language. */
const eventNameInBoth = (name: string) => ({
  en: transitionLabel(tIn('en'), name, 'fr'),
  fr: transitionLabel(tIn('fr'), name, 'fr'),
})

/** One row per transition (and per approval voided by an edit); append-only, staff-readable. */
export const workflowEventsCollection = (options: SanitizedWorkflowOptions): CollectionConfig => ({
  slug: options.eventsSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => isWorkflowStaff(req.user, options),
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'collection', 'document', 'transition', 'from', 'to', 'user'],
    group: inBoth('eventsGroup'),
  },
  fields: [
    {
      name: 'collection',
      type: 'text',
      index: true,
      label: inBoth('eventsFieldCollection'),
      required: true,
    },
    {
      name: 'document',
      type: 'text',
      index: true,
      label: inBoth('eventsFieldDocument'),
      required: true,
    },
    {
      name: 'transition',
      type: 'select',
      index: true,
      label: inBoth('eventsFieldTransition'),
      options: EVENT_NAMES.map((value) => ({ label: eventNameInBoth(value), value })),
      required: true,
    },
    // Approval states for the source locale, translation states for a target locale.
    { name: 'from', type: 'text', label: inBoth('eventsFieldFrom'), required: true },
    { name: 'to', type: 'text', label: inBoth('eventsFieldTo'), required: true },
    { name: 'locale', type: 'text', label: inBoth('eventsFieldLocale'), required: true },
    { name: 'comment', type: 'textarea', label: inBoth('eventsFieldComment') },
    // The system's own comment as keys and values, so that the history reads in each reader's language.
    { name: 'message', type: 'json', admin: { hidden: true } },
    { name: 'contentHash', type: 'text', label: inBoth('eventsFieldContentHash') },
    {
      name: 'user',
      type: 'relationship',
      label: inBoth('eventsFieldUser'),
      relationTo: options.usersSlug as 'users',
    },
  ],
  hooks: options.disabled
    ? {}
    : { beforeChange: [refuseForgedEvents], beforeOperation: [refuseEventChanges] },
  labels: { plural: inBoth('eventsPlural'), singular: inBoth('eventsSingular') },
})
