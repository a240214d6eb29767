import { randomUUID } from 'node:crypto'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasSlugField } from '../fields/deliveryFields'
import { preservingLocale } from '../operations/preservingLocale'
import type { SanitizedWorkflowOptions } from '../types'
import { SERVES_TRANSLATION } from '../operations/planDelivery'
import { DELIVERY_FIELD, PREVIOUS_SLUGS_FIELD } from '../workflow/fieldNames'

export const WEBHOOK_KINDS = ['announce', 'publish', 'unpublish', 'translation_approved'] as const
export type WebhookKind = (typeof WEBHOOK_KINDS)[number]

/** The JSON body POSTed to each URL (the same `id` for every URL and every attempt). */
export type WebhookEvent = {
  collection: string
  docId: number | string
  id: string
  kind: WebhookKind
  /**
   * publish: the locales readers now get; announce: the same, of the stub (status coming_soon); unpublish: the ones they
   * had; translation_approved: the approved locale.
   */
  locales: string[]
  occurredAt: string
  /** Per locale, slugs readers followed before (oldest first): redirect them to `slugs`, and purge them from caches. */
  previousSlugs: Record<string, string[]>
  /** Per locale, the slug readers follow (for unpublish: followed until now); null where not served. */
  slugs: Record<string, null | string>
}

/** What readers get of one document: the locales served and each locale's slug (null where not served). */
export type ReadersView = {
  locales: string[]
  previousSlugs: Record<string, string[]>
  slugs: Record<string, null | string>
}

type Row = Record<string, unknown>

/** Reads the published document (all locales, in `req`'s transaction) as readers have it now. */
export const readersView = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<ReadersView> =>
  preservingLocale(req, async () => {
    const config = req.payload.collections[collection as CollectionSlug]!.config
    const withSlug = hasSlugField(config, options)
    const row = (await req.payload.findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: false,
      fallbackLocale: false,
      id,
      locale: 'all',
      overrideAccess: true,
      req,
      // `as never`: Payload types `select` per slug, and this slug is known only at run time.
      select: {
        _status: true,
        [DELIVERY_FIELD]: true,
        ...(withSlug ? { [options.slugField]: true, [PREVIOUS_SLUGS_FIELD]: true } : {}),
      } as never,
    })) as null | Row
    const published = row?._status === 'published'
    const markers = (row?.[DELIVERY_FIELD] as null | Row | undefined) ?? {}
    const slugs = (withSlug ? (row?.[options.slugField] as null | Row | undefined) : null) ?? {}
    // A target locale is served once some of its text is approved (approved, partial, or outdated: its slug keeps answering).
    const served = (locale: string) =>
      published &&
      (locale === options.sourceLocale || SERVES_TRANSLATION.has(String(markers[locale])))
    const locales = [options.sourceLocale, ...options.targetLocales]
    const previous =
      (row?.[PREVIOUS_SLUGS_FIELD] as null | Record<string, string[]> | undefined) ?? {}
    return {
      locales: locales.filter(served),
      previousSlugs: Object.fromEntries(locales.map((locale) => [locale, previous[locale] ?? []])),
      slugs: Object.fromEntries(
        locales.map((locale) => [
          locale,
          served(locale) ? ((slugs[locale] as string | undefined) ?? null) : null,
        ]),
      ),
    }
  })

export const webhookEvent = (
  kind: WebhookKind,
  collection: string,
  docId: number | string,
  view: ReadersView,
  locales = view.locales,
): WebhookEvent => ({
  collection,
  docId,
  id: randomUUID(),
  kind,
  locales,
  occurredAt: new Date().toISOString(),
  previousSlugs: view.previousSlugs,
  slugs: view.slugs,
})

/**
 * The body bytes, keys in a fixed order: the job stores the event as JSON (PostgreSQL `jsonb`
 * does not keep key order), and every attempt must send a body that reads the same.
 */
export const serializeEvent = (event: WebhookEvent): string =>
  JSON.stringify({
    id: event.id,
    kind: event.kind,
    collection: event.collection,
    docId: event.docId,
    slugs: event.slugs,
    previousSlugs: event.previousSlugs,
    locales: event.locales,
    occurredAt: event.occurredAt,
  })
