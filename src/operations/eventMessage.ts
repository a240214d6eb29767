import type { PayloadRequest } from 'payload'

import { fieldLabels } from '../admin/fieldLabels'
import { languageName } from '../admin/labels'
import { type AnyT, tw, type WorkflowKey } from '../translations'

/**
 * What the system wrote in an event, as keys and values rather than a sentence, so that each reader
 * gets it in their own language. `fields` are field names (shown by their labels), `locale` a locale
 * (shown as `{{language}}`), `date` an ISO date.
 */
export type EventMessage = {
  key: WorkflowKey
  vars?: { date?: string; fields?: string[]; locale?: string }
}[]

type T = AnyT

/** The sentence for `message` in `t`'s language: the event's own `comment` is in its author's. */
export const eventMessageText = (
  t: T,
  message: EventMessage,
  fieldsAs: (names: string[]) => string,
): string =>
  message
    .map(({ key, vars = {} }) =>
      tw(t, key, {
        ...(vars.date ? { date: vars.date } : {}),
        ...(vars.fields ? { fields: fieldsAs(vars.fields) } : {}),
        ...(vars.locale ? { language: languageName(t, vars.locale) } : {}),
      }),
    )
    .join(' ')

/** The comment stored with the event: the message in the request's language, fields by name. */
export const eventComment = (
  req: PayloadRequest,
  collection: string,
  message: EventMessage,
): string => eventMessageText(req.t, message, (names) => fieldLabels(req, collection, names))

export const isEventMessage = (value: unknown): value is EventMessage =>
  Array.isArray(value) &&
  value.every(
    (part) =>
      part && typeof part === 'object' && typeof (part as { key?: unknown }).key === 'string',
  )
