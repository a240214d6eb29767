import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { englishT, languageName } from './labels'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'

export type QueueRow = {
  collection: string
  collectionLabel: string
  href: string
  id: number | string
  state: string
  title: string
  translations: Record<string, string>
  updatedAt: string
}

export type Queue = {
  empty: string
  key: string
  rows: QueueRow[]
  title: string
}

type Doc = Record<string, unknown> & { id: number | string; updatedAt: string }
type Roles = readonly string[]

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** The queues a user's roles give them, each a `where` on the latest drafts plus an in-memory check. */
const queueDefinitions = (roles: Roles, userId: number | string, options: SanitizedWorkflowOptions) => {
  const is = (role: string) => roles.includes(role) || roles.includes('admin')
  const notMine = (group: Record<string, unknown> | undefined) =>
    !same(idOf(group?.submittedBy), userId) && !(Array.isArray(group?.editors) && group.editors.some((id) => same(id, userId)))
  const queues: {
    empty: string
    filter?: (doc: Doc) => boolean
    key: string
    locale?: string
    title: string
    where: Where
  }[] = []
  if (is('reviewer')) {
    queues.push({
      empty: 'Nothing is waiting for your review.',
      filter: (doc) => notMine(doc[WORKFLOW_FIELD] as Record<string, unknown>),
      key: 'review',
      title: 'Submitted for your review',
      where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'in_review' } },
    })
    queues.push({
      empty: 'Nothing approved is waiting to be published.',
      key: 'publish',
      title: 'Approved, ready to publish',
      where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'approved' } },
    })
    for (const locale of options.targetLocales) {
      queues.push({
        empty: `No ${locale} translation is waiting for your review.`,
        filter: (doc) => notMine((doc[TRANSLATION_FIELD] as Record<string, Record<string, unknown>> | undefined)?.[locale]),
        key: `review-${locale}`,
        title: `${languageName(englishT, locale)} translations for your review`,
        where: {
          [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_review' },
        },
      })
    }
  }
  if (is('translator')) {
    for (const locale of options.targetLocales) {
      const language = languageName(englishT, locale)
      queues.push({
        empty: `No ${language} to start or update.`,
        key: `translate-${locale}`,
        locale,
        title: `${language} not started or outdated`,
        where: {
          [`${TRANSLATION_FIELD}.${locale}.status`]: {
            in: ['not_started', 'outdated'],
          },
        },
      })
      queues.push({
        empty: `No ${language} in progress.`,
        key: `continue-${locale}`,
        locale,
        title: `${language} in progress`,
        where: {
          [`${TRANSLATION_FIELD}.${locale}.status`]: { equals: 'in_progress' },
        },
      })
    }
  }
  if (is('editor')) {
    queues.push({
      empty: 'No changes are requested from you.',
      key: 'changes',
      title: 'Changes requested',
      where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'changes_requested' } },
    })
    queues.push({
      empty: 'No drafts waiting to be submitted.',
      key: 'drafts',
      title: 'Drafts not yet submitted',
      where: { [`${WORKFLOW_FIELD}.state`]: { equals: 'draft' } },
    })
  }
  return queues
}

/** "My work": per queue, the documents of every governed collection that wait for this user. */
export const myWorkQueues = async (req: PayloadRequest, options: SanitizedWorkflowOptions): Promise<Queue[]> => {
  const user = req.user as ({ id: number | string; roles?: string[] } & Record<string, unknown>) | null
  if (!user?.roles?.length) return []
  const adminRoute = req.payload.config.routes.admin
  const queues = queueDefinitions(user.roles, user.id, options)
  return Promise.all(
    queues.map(async (queue) => {
      const rows: QueueRow[] = []
      for (const slug of options.collections) {
        const config = req.payload.collections[slug as CollectionSlug]!.config
        const { docs } = await req.payload.find({
          collection: slug,
          depth: 0,
          draft: true,
          limit: 50,
          locale: options.sourceLocale as 'en',
          overrideAccess: false,
          req,
          sort: '-updatedAt',
          user,
          where: queue.where,
        })
        for (const doc of docs as unknown as Doc[]) {
          if (queue.filter && !queue.filter(doc)) continue
          const translations = (doc[TRANSLATION_FIELD] ?? {}) as Record<string, { status?: string }>
          const title = config.admin?.useAsTitle ? doc[config.admin.useAsTitle] : undefined
          rows.push({
            collection: slug,
            collectionLabel: typeof config.labels?.singular === 'string' ? config.labels.singular : slug,
            href: `${adminRoute}/collections/${slug}/${doc.id}${queue.locale ? `?locale=${queue.locale}` : ''}`,
            id: doc.id,
            state: String((doc[WORKFLOW_FIELD] as { state?: string } | undefined)?.state ?? 'draft'),
            title: typeof title === 'string' && title ? title : `#${doc.id}`,
            translations: Object.fromEntries(options.targetLocales.map((locale) => [locale, translations[locale]?.status ?? 'not_started'])),
            updatedAt: doc.updatedAt,
          })
        }
      }
      return { empty: queue.empty, key: queue.key, rows, title: queue.title }
    }),
  )
}
