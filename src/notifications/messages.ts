import { languageName } from '../admin/labels'
import { eventMessageText, isEventMessage } from '../operations/eventMessage'
import { type AnyT, tw, type WorkflowKey } from '../translations'

/** The part of a workflow event a notification depends on. */
export type NotifiedEvent = {
  comment?: null | string
  locale: string
  message?: unknown
  to: string
  transition: string
}

/**
 * `assignee` is the reviewer assigned to the document, or every reviewer when nobody is;
 * `submitter` who last submitted the document; `translationSubmitter` who last submitted the event's language.
 */
export type Audience =
  'assignee' | 'reviewers' | 'submitter' | 'translationSubmitter' | 'translators'

export type Notification = { audience: Audience; subject: string; text: string }

type T = AnyT
type Context = {
  actor: string
  /** Field names as labels in the recipient's language. */
  fieldsAs?: (names: string[]) => string
  link: string
  title: string
}

const MESSAGES: Record<
  string,
  { audience: Audience; subject: WorkflowKey; text: WorkflowKey } | undefined
> = {
  approve: { audience: 'submitter', subject: 'mailApprovedSubject', text: 'mailApprovedText' },
  approve_translation: {
    audience: 'translationSubmitter',
    subject: 'mailTranslationApprovedSubject',
    text: 'mailTranslationApprovedText',
  },
  assign: { audience: 'assignee', subject: 'mailAssignSubject', text: 'mailAssignText' },
  publish: { audience: 'submitter', subject: 'mailPublishedSubject', text: 'mailPublishedText' },
  request_changes: {
    audience: 'submitter',
    subject: 'mailChangesSubject',
    text: 'mailChangesText',
  },
  submit: { audience: 'assignee', subject: 'mailSubmitSubject', text: 'mailSubmitText' },
  submit_translation: {
    audience: 'reviewers',
    subject: 'mailTranslationSubmitSubject',
    text: 'mailTranslationSubmitText',
  },
  withdraw: { audience: 'assignee', subject: 'mailWithdrawnSubject', text: 'mailWithdrawnText' },
}

const OUTDATED = {
  audience: 'translators',
  subject: 'mailOutdatedSubject',
  text: 'mailOutdatedText',
} as const

const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)

const definitionFor = (event: NotifiedEvent) =>
  event.transition === 'source_changed'
    ? event.to === 'outdated'
      ? OUTDATED
      : undefined
    : MESSAGES[event.transition]

/** Who hears about an event, or null when nobody does. */
export const audienceFor = (event: NotifiedEvent): Audience | null =>
  definitionFor(event)?.audience ?? null

/**
 * What a recipient reads, in the language of `t` (the recipient's, not the actor's): reviewers hear
 * of submissions and withdrawals (only the assigned one when there is one), the submitter of changes
 * requested, approval and publication, the translator of their language's approval, translators
 * of an outdated translation. `link` opens the document in the admin, in the event's locale.
 */
export const notificationFor = (
  event: NotifiedEvent,
  { actor, fieldsAs, link, title }: Context,
  t: T,
): Notification | null => {
  const definition = definitionFor(event)
  if (!definition) return null
  // What the system wrote is said in the recipient's language; a person's comment in their own words.
  const comment = isEventMessage(event.message)
    ? eventMessageText(t, event.message, fieldsAs ?? ((names) => names.join(', ')))
    : (event.comment ?? '')
  const vars = {
    actor: actor || tw(t, 'mailSomeone'),
    comment,
    language: languageName(t, event.locale),
    title,
  }
  return {
    audience: definition.audience,
    subject: capital(tw(t, definition.subject, vars)),
    text: `${tw(t, definition.text, vars)}\n\n${tw(t, 'mailSignature', { link })}`,
  }
}
