import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { actorFor } from '../access/can'
import { hasWorkflowRole, workflowRolesOf } from '../access/roles'
import { assignedTo, assigneesOf } from '../assignments/read'
import { tw, type WorkflowKey } from '../translations'
import type { SanitizedWorkflowOptions, WorkflowAction } from '../types'
import { authorsOf, fourEyesConflict } from '../workflow/fourEyes'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import { idOf, type Id } from '../workflow/ids'
import { readWorkflow } from '../workflow/state'
import { WORKFLOW_ROLES, type WorkflowRole } from '../workflow/roles'
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
type User = Record<string, unknown> & { id: Id }
type Definition = {
  /** The transition the queue's documents wait for: under the app's `can`, a row shows only if `can` allows it. */
  action?: WorkflowAction
  assign?: boolean
  /** The user's roles give them this queue (else, under `can`, it shows only when `can` lets them act on a row). */
  byRole: boolean
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

/**
 * The queues of a user with `roles`, each a `where` on the latest drafts plus an in-memory check;
 * `held` are the roles the user has (under `can`, `roles` are all of them and `byRole` tells apart).
 */
const queueDefinitions = (
  req: PayloadRequest,
  user: User,
  options: SanitizedWorkflowOptions,
  roles: readonly WorkflowRole[],
  held: readonly WorkflowRole[],
): Definition[] => {
  const holds = (list: readonly WorkflowRole[], role: WorkflowRole) =>
    list.includes(role) || list.includes('admin')
  const is = (role: WorkflowRole) => holds(roles, role)
  const notMine = (group: Record<string, unknown> | undefined) =>
    !fourEyesConflict(user.id, {
      editors: Array.isArray(group?.editors) ? group.editors : [],
      submittedBy: idOf(group?.submittedBy),
    })
  const inReview: Where = { [`${WORKFLOW_FIELD}.state`]: { equals: 'in_review' } }
  const queues: Definition[] = []
  const push = (queue: Omit<Definition, 'byRole'>, ...by: WorkflowRole[]) =>
    queues.push({ ...queue, byRole: by.some((role) => holds(held, role)) })
  if (is('reviewer')) {
    push(
      {
        action: 'approve',
        assign: true,
        empty: 'queueAssignedEmpty',
        ids: (slug) => assignedTo(req, slug, user.id),
        key: 'assigned',
        since: 'submit',
        title: 'queueAssignedTitle',
        where: inReview,
      },
      'reviewer',
    )
    push(
      {
        action: 'approve',
        assign: true,
        empty: 'queueReviewEmpty',
        filter: (doc) => notMine(doc[WORKFLOW_FIELD] as Record<string, unknown>),
        key: 'review',
        since: 'submit',
        title: 'queueReviewTitle',
        where: inReview,
      },
      'reviewer',
    )
    push(
      {
        action: 'publish',
        empty: 'queuePublishEmpty',
        key: 'publish',
        since: 'submit',
        title: 'queuePublishTitle',
        where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'approved' } },
      },
      'reviewer',
    )
    for (const locale of options.targetLocales) {
      push(
        {
          action: 'approve_translation',
          empty: 'queueTranslationReviewEmpty',
          filter: (doc) =>
            notMine(
              (doc[TRANSLATION_FIELD] as Record<string, Record<string, unknown>> | undefined)?.[
                locale
              ],
            ),
          key: `review-${locale}`,
          locale,
          since: 'submit_translation',
          title: 'queueTranslationReviewTitle',
          where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_review' } },
        },
        'reviewer',
      )
    }
  }
  if (is('reviewer') || is('editor')) {
    push(
      {
        empty: 'queueScheduledEmpty',
        key: 'scheduled',
        scheduled: true,
        since: 'submit',
        sort: `${WORKFLOW_FIELD}.scheduledAt`,
        title: 'queueScheduledTitle',
        where: {
          and: [
            { [`${WORKFLOW_FIELD}.state`]: { equals: 'approved' } },
            { [`${WORKFLOW_FIELD}.scheduledAt`]: { exists: true } },
          ],
        },
      },
      'reviewer',
      'editor',
    )
  }
  if (is('translator')) {
    for (const locale of options.targetLocales) {
      push(
        {
          action: 'submit_translation',
          empty: 'queueTranslateEmpty',
          key: `translate-${locale}`,
          locale,
          title: 'queueTranslateTitle',
          where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { in: ['not_started', 'outdated'] } },
        },
        'translator',
      )
      push(
        {
          action: 'submit_translation',
          empty: 'queueContinueEmpty',
          key: `continue-${locale}`,
          locale,
          title: 'queueContinueTitle',
          where: { [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_progress' } },
        },
        'translator',
      )
    }
  }
  if (is('editor')) {
    push(
      {
        action: 'submit',
        empty: 'queueChangesEmpty',
        key: 'changes',
        since: 'submit',
        title: 'queueChangesTitle',
        where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'changes_requested' } },
      },
      'editor',
    )
    push(
      {
        action: 'submit',
        empty: 'queueDraftsEmpty',
        key: 'drafts',
        title: 'queueDraftsTitle',
        where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'draft' } },
      },
      'editor',
    )
  }
  return queues
}

type EventRow = { createdAt: string; document: string; user?: unknown }

/** Per document, the latest event of one kind (in one locale): who made it and when. */
const latestEvents = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  slug: string,
  ids: Id[],
  transition: string,
  locale: string,
) => {
  const latest = new Map<string, EventRow>()
  if (!ids.length) return latest
  const { docs } = await req.payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: '-createdAt',
    where: {
      and: [
        { collection: { equals: slug } },
        { document: { in: ids.map(String) } },
        { transition: { equals: transition } },
        { locale: { equals: locale } },
      ],
    },
  })
  for (const event of docs as unknown as EventRow[])
    if (!latest.has(event.document)) latest.set(event.document, event)
  return latest
}

const namesOf = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  ids: Id[],
): Promise<Map<string, string>> => {
  if (!ids.length) return new Map()
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: [...new Set(ids.map(String))] } },
  })
  return new Map(
    (docs as unknown as { email: string; id: Id; name?: string }[]).map((user) => [
      String(user.id),
      user.name || user.email,
    ]),
  )
}

/** "My work": per queue, the documents of every governed collection that wait for this user, in the admin's language. */
export const myWorkQueues = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<Queue[]> => {
  const user = req.user as null | User
  const held = workflowRolesOf(user, options)
  if (!user || !held.length) return []
  const adminRoute = req.payload.config.routes.admin
  // Under the app's `can`, every queue is looked at and its rows are those `can` lets the user act on.
  const definitions = queueDefinitions(
    req,
    user,
    options,
    options.can ? WORKFLOW_ROLES : held,
    held,
  )
  const mayAct = async (queue: Definition, slug: string, doc: Doc) => {
    if (!options.can || !queue.action) return queue.byRole
    const actor = await actorFor(
      req,
      options,
      { collection: slug, doc, locale: queue.locale ?? options.sourceLocale },
      [queue.action],
    )
    return actor.permitted?.[queue.action] === true
  }
  const queues = await Promise.all(
    definitions.map(async (queue) => {
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
        const candidates = (docs as unknown as Doc[]).filter(
          (doc) => !queue.filter || queue.filter(doc),
        )
        const verdicts = await Promise.all(candidates.map((doc) => mayAct(queue, slug, doc)))
        const found = candidates.filter((_, index) => verdicts[index])
        const ids = found.map((doc) => doc.id)
        const events = queue.since
          ? await latestEvents(
              req,
              options,
              slug,
              ids,
              queue.since,
              queue.locale ?? options.sourceLocale,
            )
          : new Map<string, EventRow>()
        const assignees = queue.assign ? await assigneesOf(req, slug, ids) : new Map<string, Id>()
        const people = [
          ...[...events.values()].map((event) => idOf(event.user)),
          ...assignees.values(),
        ].filter((id): id is Id => id != null)
        const names = await namesOf(req, options, people)
        const person = (id: Id | null | undefined): null | Person =>
          id == null ? null : { id, name: names.get(String(id)) ?? `#${id}` }
        for (const doc of found) {
          const workflow = readWorkflow(doc)
          const translations = (doc[TRANSLATION_FIELD] ?? {}) as Record<string, { status?: string }>
          const title = config.admin?.useAsTitle ? doc[config.admin.useAsTitle] : undefined
          const event = events.get(String(doc.id))
          rows.push({
            assignee: person(assignees.get(String(doc.id))),
            collection: slug,
            collectionLabel: config.labels?.singular
              ? getTranslation(config.labels.singular as never, req.i18n)
              : slug,
            href: `${adminRoute}/collections/${slug}/${doc.id}${queue.locale ? `?locale=${queue.locale}` : ''}`,
            id: doc.id,
            ineligible: authorsOf(workflow),
            scheduledAt: workflow.scheduledAt,
            state: workflow.state,
            submittedBy: person(idOf(event?.user)),
            title: typeof title === 'string' && title ? title : `#${doc.id}`,
            translations: Object.fromEntries(
              options.targetLocales.map((locale) => [
                locale,
                translations[locale]?.status ?? 'not_started',
              ]),
            ),
            updatedAt: doc.updatedAt,
            waitingSince: event?.createdAt ?? doc.updatedAt,
          })
        }
      }
      return {
        assign: Boolean(queue.assign && hasWorkflowRole(user, options, 'reviewer', 'admin')),
        byRole: queue.byRole,
        empty: tw(req.t, queue.empty, { language }),
        key: queue.key,
        rows,
        scheduled: Boolean(queue.scheduled),
        title: tw(req.t, queue.title, { language }),
      }
    }),
  )
  return queues
    .filter(({ byRole, rows }) => byRole || rows.length > 0)
    .map(({ byRole: _byRole, ...queue }) => queue)
}
