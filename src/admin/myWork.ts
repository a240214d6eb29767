import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { hasRole } from '../access/roles'
import { assignedTo, assigneesOf } from '../assignments/read'
import { tw, type WorkflowKey } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import { idOf, readWorkflow, type Id } from '../workflow/state'
import { languageName } from './labels'

export type Person = { id: Id; name: string }

export type QueueRow = {
  assignee: null | Person
  collection: string
  collectionLabel: string
  href: string
  id: Id
  /** Authors of the document (submitter and editors): they may not review it. */
  ineligible: string[]
  scheduledAt: null | string
  state: string
  submittedBy: null | Person
  title: string
  translations: Record<string, string>
  updatedAt: string
  /** When the work started waiting: the submission (of the queue's language), else the last change. */
  waitingSince: string
}

export type Queue = {
  assign: boolean
  empty: string
  key: string
  rows: QueueRow[]
  scheduled: boolean
  title: string
}

type Doc = Record<string, unknown> & { id: Id; updatedAt: string }
type User = { id: Id; roles?: string[] }
type Definition = {
  assign?: boolean
  empty: WorkflowKey
  filter?: (doc: Doc) => boolean
  ids?: (slug: string) => Promise<string[]>
  key: string
  /** The locale the work is in: rows open the document in it. */
  locale?: string
  scheduled?: boolean
  /** The event that put the document in the queue: its author is the submitter, its time the wait. */
  since?: string
  sort?: string
  title: WorkflowKey
  where: Where
}

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

/** The queues a user's roles give them, each a `where` on the latest drafts plus an in-memory check. */
const queueDefinitions = (req: PayloadRequest, user: User, options: SanitizedWorkflowOptions): Definition[] => {
  const roles = user.roles ?? []
  const is = (role: string) => roles.includes(role) || roles.includes('admin')
  const notMine = (group: Record<string, unknown> | undefined) =>
    !same(idOf(group?.submittedBy), user.id) && !(Array.isArray(group?.editors) && group.editors.some((id) => same(id, user.id)))
  const inReview: Where = { [`${WORKFLOW_FIELD}.state`]: { equals: 'in_review' } }
  const queues: Definition[] = []
  if (is('reviewer')) {
    queues.push({
      assign: true,
      empty: 'queueAssignedEmpty',
      ids: (slug) => assignedTo(req, slug, user.id),
      key: 'assigned',
      since: 'submit',
      title: 'queueAssignedTitle',
      where: inReview,
    })
    queues.push({
      assign: true,
      empty: 'queueReviewEmpty',
      filter: (doc) => notMine(doc[WORKFLOW_FIELD] as Record<string, unknown>),
      key: 'review',
      since: 'submit',
      title: 'queueReviewTitle',
      where: inReview,
    })
    queues.push({ empty: 'queuePublishEmpty', key: 'publish', since: 'submit', title: 'queuePublishTitle', where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'approved' } } })
    for (const locale of options.targetLocales) {
      queues.push({
        empty: 'queueTranslationReviewEmpty',
        filter: (doc) => notMine((doc[TRANSLATION_FIELD] as Record<string, Record<string, unknown>> | undefined)?.[locale]),
        key: `review-${locale}`,
        locale,
        since: 'submit_translation',
        title: 'queueTranslationReviewTitle',
        where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_review' } },
      })
    }
  }
  if (is('reviewer') || is('editor')) {
    queues.push({
      empty: 'queueScheduledEmpty',
      key: 'scheduled',
      scheduled: true,
      since: 'submit',
      sort: `${WORKFLOW_FIELD}.scheduledAt`,
      title: 'queueScheduledTitle',
      where: { and: [{ [`${WORKFLOW_FIELD}.state`]: { equals: 'approved' } }, { [`${WORKFLOW_FIELD}.scheduledAt`]: { exists: true } }] },
    })
  }
  if (is('translator')) {
    for (const locale of options.targetLocales) {
      queues.push({
        empty: 'queueTranslateEmpty',
        key: `translate-${locale}`,
        locale,
        title: 'queueTranslateTitle',
        where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { in: ['not_started', 'outdated'] } },
      })
      queues.push({
        empty: 'queueContinueEmpty',
        key: `continue-${locale}`,
        locale,
        title: 'queueContinueTitle',
        where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_progress' } },
      })
    }
  }
  if (is('editor')) {
    queues.push({ empty: 'queueChangesEmpty', key: 'changes', since: 'submit', title: 'queueChangesTitle', where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'changes_requested' } } })
    queues.push({ empty: 'queueDraftsEmpty', key: 'drafts', title: 'queueDraftsTitle', where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'draft' } } })
  }
  return queues
}

type EventRow = { createdAt: string; document: string; user?: unknown }

/** Per document, the latest event of one kind (in one locale): who made it and when. */
const latestEvents = async (req: PayloadRequest, options: SanitizedWorkflowOptions, slug: string, ids: Id[], transition: string, locale: string) => {
  const latest = new Map<string, EventRow>()
  if (!ids.length) return latest
  const { docs } = await req.payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: '-createdAt',
    where: { and: [{ collection: { equals: slug } }, { document: { in: ids.map(String) } }, { transition: { equals: transition } }, { locale: { equals: locale } }] },
  })
  for (const event of docs as unknown as EventRow[]) if (!latest.has(event.document)) latest.set(event.document, event)
  return latest
}

const namesOf = async (req: PayloadRequest, options: SanitizedWorkflowOptions, ids: Id[]): Promise<Map<string, string>> => {
  if (!ids.length) return new Map()
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: [...new Set(ids.map(String))] } },
  })
  return new Map((docs as unknown as { email: string; id: Id; name?: string }[]).map((user) => [String(user.id), user.name || user.email]))
}

/** "My work": per queue, the documents of every governed collection that wait for this user, in the admin's language. */
export const myWorkQueues = async (req: PayloadRequest, options: SanitizedWorkflowOptions): Promise<Queue[]> => {
  const user = req.user as (User & Record<string, unknown>) | null
  if (!user?.roles?.length) return []
  const adminRoute = req.payload.config.routes.admin
  return Promise.all(
    queueDefinitions(req, user, options).map(async (queue) => {
      const language = queue.locale ? languageName(req.t, queue.locale) : ''
      const rows: QueueRow[] = []
      for (const slug of options.collections) {
        const config = req.payload.collections[slug as CollectionSlug]!.config
        const only = queue.ids ? await queue.ids(slug) : null
        if (only && !only.length) continue
        const { docs } = await req.payload.find({
          collection: slug,
          depth: 0,
          draft: true,
          limit: 50,
          locale: options.sourceLocale as 'en',
          overrideAccess: false,
          req,
          sort: queue.sort ?? '-updatedAt',
          user,
          where: only ? { and: [queue.where, { id: { in: only } }] } : queue.where,
        })
        const found = (docs as unknown as Doc[]).filter((doc) => !queue.filter || queue.filter(doc))
        const ids = found.map((doc) => doc.id)
        const events = queue.since ? await latestEvents(req, options, slug, ids, queue.since, queue.locale ?? options.sourceLocale) : new Map<string, EventRow>()
        const assignees = queue.assign ? await assigneesOf(req, slug, ids) : new Map<string, Id>()
        const people = [...[...events.values()].map((event) => idOf(event.user)), ...assignees.values()].filter((id): id is Id => id != null)
        const names = await namesOf(req, options, people)
        const person = (id: Id | null | undefined): null | Person => (id == null ? null : { id, name: names.get(String(id)) ?? `#${id}` })
        for (const doc of found) {
          const workflow = readWorkflow(doc)
          const translations = (doc[TRANSLATION_FIELD] ?? {}) as Record<string, { status?: string }>
          const title = config.admin?.useAsTitle ? doc[config.admin.useAsTitle] : undefined
          const event = events.get(String(doc.id))
          rows.push({
            assignee: person(assignees.get(String(doc.id))),
            collection: slug,
            collectionLabel: config.labels?.singular ? getTranslation(config.labels.singular as never, req.i18n) : slug,
            href: `${adminRoute}/collections/${slug}/${doc.id}${queue.locale ? `?locale=${queue.locale}` : ''}`,
            id: doc.id,
            ineligible: [workflow.submittedBy, ...workflow.editors].filter((id) => id != null).map(String),
            scheduledAt: workflow.scheduledAt,
            state: workflow.state,
            submittedBy: person(idOf(event?.user)),
            title: typeof title === 'string' && title ? title : `#${doc.id}`,
            translations: Object.fromEntries(options.targetLocales.map((locale) => [locale, translations[locale]?.status ?? 'not_started'])),
            updatedAt: doc.updatedAt,
            waitingSince: event?.createdAt ?? doc.updatedAt,
          })
        }
      }
      return {
        assign: Boolean(queue.assign && hasRole(user as never, 'reviewer', 'admin')),
        empty: tw(req.t, queue.empty, { language }),
        key: queue.key,
        rows,
        scheduled: Boolean(queue.scheduled),
        title: tw(req.t, queue.title, { language }),
      }
    }),
  )
}
