import type { CollectionAfterChangeHook, CollectionSlug, Payload, Where } from 'payload'

import { usersWithRoles } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import { assigneeOf } from '../assignments/read'
import { labelsOf } from '../admin/fieldLabels'
import { sameId } from '../workflow/ids'
import { i18nFor } from './i18n'
import { audienceFor, notificationFor, type Audience, type NotifiedEvent } from './messages'

export type DeliveredEvent = NotifiedEvent & {
  collection: string
  document: string
  user?: null | number | string
}
type Event = DeliveredEvent & { id: number | string }
type User = { email: string; id: number | string; language?: null | string; name?: null | string }

// The event row becomes visible to other connections when its transaction commits; until then, wait.
const COMMIT_CHECKS_MS = [50, 250, 1000, 3000, 8000]

const lastEventBy = async (
  payload: Payload,
  options: SanitizedWorkflowOptions,
  event: DeliveredEvent,
  transition: string,
  locale?: string,
): Promise<null | Where> => {
  const { docs } = await payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-createdAt',
    where: {
      and: [
        { collection: { equals: event.collection } },
        { document: { equals: event.document } },
        { transition: { equals: transition } },
        ...(locale ? [{ locale: { equals: locale } }] : []),
      ],
    },
  })
  const user = (docs[0] as unknown as DeliveredEvent | undefined)?.user
  return user == null ? null : { id: { equals: user } }
}

const whoFor = async (
  payload: Payload,
  options: SanitizedWorkflowOptions,
  audience: Audience,
  event: DeliveredEvent,
): Promise<null | Where> => {
  switch (audience) {
    case 'assignee': {
      const assignee = await assigneeOf(payload, event.collection, event.document)
      return assignee == null ? usersWithRoles(options, 'reviewer') : { id: { equals: assignee } }
    }
    case 'reviewers':
      return usersWithRoles(options, 'reviewer')
    case 'submitter':
      return lastEventBy(payload, options, event, 'submit')
    case 'translationSubmitter':
      return lastEventBy(payload, options, event, 'submit_translation', event.locale)
    case 'translators':
      return usersWithRoles(options, 'translator')
  }
}

const recipients = async (
  payload: Payload,
  options: SanitizedWorkflowOptions,
  audience: Audience,
  event: DeliveredEvent,
): Promise<User[]> => {
  const where = await whoFor(payload, options, audience, event)
  if (!where) return []
  const { docs } = await payload.find({
    collection: options.usersSlug as 'users',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    where,
  })
  return (docs as unknown as User[]).filter((user) => !sameId(user.id, event.user))
}

/** Sends an event's e-mail to each recipient, in the recipient's own language. */
export const deliver = async (
  payload: Payload,
  options: SanitizedWorkflowOptions,
  event: DeliveredEvent,
) => {
  const audience = audienceFor(event)
  const collection = payload.collections[event.collection as CollectionSlug]?.config
  if (!audience || !collection) return
  const doc = (await payload.findByID({
    collection: event.collection as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: event.document,
    locale: options.sourceLocale as 'en',
    overrideAccess: true,
  })) as Record<string, unknown> | null
  const actor =
    event.user == null
      ? null
      : ((await payload.findByID({
          collection: options.usersSlug as 'users',
          depth: 0,
          disableErrors: true,
          id: event.user,
          overrideAccess: true,
        })) as unknown as User | null)
  const titleField = collection.admin?.useAsTitle
  const title = String((titleField && doc?.[titleField]) || `${collection.slug} #${event.document}`)
  const base = payload.config.serverURL || 'http://localhost:3000'
  const locale = event.locale !== options.sourceLocale ? `?locale=${event.locale}` : ''
  const link = `${base}${payload.config.routes.admin}/collections/${event.collection}/${event.document}${locale}`
  for (const user of await recipients(payload, options, audience, event)) {
    const i18n = await i18nFor(payload, user.language ?? payload.config.i18n.fallbackLanguage)
    const fieldsAs = (names: string[]) => labelsOf(payload, event.collection, names, i18n)
    const message = notificationFor(
      event,
      { actor: actor?.name || actor?.email || '', fieldsAs, link, title },
      i18n.t,
    )
    if (message)
      await payload.sendEmail({ subject: message.subject, text: message.text, to: user.email })
  }
}

const afterCommit = async (payload: Payload, options: SanitizedWorkflowOptions, event: Event) => {
  for (const wait of COMMIT_CHECKS_MS) {
    await new Promise((resolve) => setTimeout(resolve, wait).unref())
    // No req: a connection of its own, which sees the event only once its transaction committed.
    const committed = await payload.findByID({
      collection: options.eventsSlug as 'workflow-events',
      depth: 0,
      disableErrors: true,
      id: event.id,
      overrideAccess: true,
    })
    if (committed) return deliver(payload, options, event)
  }
  // Never committed (the transition was rolled back): nothing happened, nobody is told.
}

/**
 * `req.context[NOTIFICATIONS_CONTEXT] = false` (e.g. `createLocalReq({ context: { workflowNotifications:
 * false } }, payload)`): the transitions made with that request e-mail nobody. For imports and seeds,
 * whose people are not told of work they did not do (and whose demo addresses a real adapter would mail).
 */
export const NOTIFICATIONS_CONTEXT = 'workflowNotifications'

/**
 * E-mails the people a workflow event concerns, through Payload's email adapter, once the event's
 * transaction has committed. Sending never delays nor fails the transition; a failure is logged.
 */
export const notifyAfterCommit =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  ({ context, doc, operation, req }) => {
    if (operation !== 'create' || context?.[NOTIFICATIONS_CONTEXT] === false) return doc
    const event = doc as Event
    if (!audienceFor(event)) return doc
    const { payload } = req
    void afterCommit(payload, options, event).catch((error: unknown) => {
      payload.logger.error({
        err: error,
        msg: `Workflow notification for event ${event.id} not sent`,
      })
    })
    return doc
  }
