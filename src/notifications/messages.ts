import { englishT, languageName } from '../admin/labels'

/** The part of a workflow event a notification depends on. */
export type NotifiedEvent = { comment?: null | string; locale: string; to: string; transition: string }

export type Audience = 'reviewers' | 'submitter' | 'translators'

export type Notification = { audience: Audience; subject: string; text: string }

type Context = { actor: string; link: string; title: string }

/**
 * Who hears about an event, and what they read: reviewers when something is submitted, the person
 * who submitted when changes are requested, translators when a translation became outdated.
 * `link` opens the document in the admin (in the translation's locale for translators).
 */
export const notificationFor = (event: NotifiedEvent, { actor, link, title }: Context): Notification | null => {
  const language = languageName(englishT, event.locale)
  switch (event.transition) {
    case 'submit':
      return { audience: 'reviewers', subject: `Review requested: ${title}`, text: `${actor} submitted "${title}" for review.\n\nReview it: ${link}` }
    case 'request_changes':
      return {
        audience: 'submitter',
        subject: `Changes requested: ${title}`,
        text: `${actor} requested changes to "${title}":\n\n${event.comment ?? ''}\n\nRevise it and submit it again: ${link}`,
      }
    case 'submit_translation':
      return {
        audience: 'reviewers',
        subject: `${language} review requested: ${title}`,
        text: `${actor} submitted the ${language} translation of "${title}" for review.\n\nReview it: ${link}`,
      }
    case 'source_changed':
      return event.to === 'outdated'
        ? {
            audience: 'translators',
            subject: `${language} outdated: ${title}`,
            text: `The English of "${title}" changed after its ${language} translation was submitted or approved.\n\n${event.comment ?? ''}\n\nUpdate the translation: ${link}`,
          }
        : null
    default:
      return null
  }
}
