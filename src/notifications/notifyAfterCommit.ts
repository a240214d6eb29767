import type { CollectionAfterChangeHook, CollectionSlug, Payload, Where } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { notificationFor, type Audience, type NotifiedEvent } from './messages'

type Event = NotifiedEvent & { collection: string; document: string; id: number | string; user?: null | number | string }
type User = { email: string; id: number | string; name?: null | string }

// The event row becomes visible to other connections when its transaction commits; until then, wait.
const COMMIT_CHECKS_MS = [50, 250, 1000, 3000, 8000]

const usersWithRole = (role: string): Where => ({ roles: { in: [role] } })

const recipients = async (payload: Payload, options: SanitizedWorkflowOptions, audience: Audience, event: Event): Promise<User[]> => {
  const where =
    audience === 'submitter' ? await lastSubmitter(payload, options, event) : usersWithRole(audience === 'reviewers' ? 'reviewer' : 'translator')
  if (!where) return []
  const { docs } = await payload.find({
    collection: options.usersSlug as 'users',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    where,
  })
  return (docs as unknown as User[]).filter((user) => String(user.id) !== String(event.user))
}

const lastSubmitter = async (payload: Payload, options: SanitizedWorkflowOptions, event: Event): Promise<null | Where> => {
  const { docs } = await payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-createdAt',
    where: { and: [{ collection: { equals: event.collection } }, { document: { equals: event.document } }, { transition: { equals: 'submit' } }] },
  })
  const user = (docs[0] as unknown as Event | undefined)?.user
  return user == null ? null : { id: { equals: user } }
}

const deliver = async (payload: Payload, options: SanitizedWorkflowOptions, event: Event) => {
  const collection = payload.collections[event.collection as CollectionSlug]?.config
  if (!collection) return
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
  const message = notificationFor(event, { actor: actor?.name || actor?.email || 'Someone', link, title })
  if (!message) return
  for (const user of await recipients(payload, options, message.audience, event)) {
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
 * E-mails the people a workflow event concerns, through Payload's email adapter, once the event's
 * transaction has committed. Sending never delays nor fails the transition; a failure is logged.
 */
export const notifyAfterCommit =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    const event = doc as Event
    if (!notificationFor(event, { actor: '', link: '', title: '' })) return doc
    const { payload } = req
    void afterCommit(payload, options, event).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `Workflow notification for event ${event.id} not sent` })
    })
    return doc
  }
