import type { CollectionSlug } from 'payload'
import { z } from 'zod'

export type EditorialWorkflowOptions = {
  /**
   * Per governed collection, the top-level fields of the stub a reviewer may announce (the `announce`
   * transition): readers get a document with only these fields' source-locale values and
   * `status: 'coming_soon'` while its full text goes through review. A collection not listed cannot be
   * announced.
   * @default {}
   */
  announceFields?: Record<string, string[]>
  /** Slugs of the collections the approval workflow governs; each needs `versions.drafts`. */
  collections: CollectionSlug[]
  /**
   * Keep the schema (fields, event log) but install no hooks or endpoints, so migrations stay stable.
   * @default false
   */
  disabled?: boolean
  /**
   * Slug of the append-only event log collection the plugin adds.
   * @default 'workflow-events'
   */
  eventsSlug?: string
  /**
   * Most workflow and translation-file requests one caller (signed-in user, else client address)
   * may make per minute on one app instance; past it they get 429 with Retry-After. 0: no limit.
   * @default 60
   */
  rateLimitPerMinute?: number
  /**
   * A queued job (webhook delivery, scheduled publish) still marked as running this long after it was
   * taken is taken to be lost with a worker that died (crash, deploy, kill) and is run again by the next
   * worker: deliveries are at least once. Longer than any job's run (a webhook attempt times out in 10 s).
   * @default 300000
   */
  stuckJobAfterMs?: number
  /**
   * Localized text field holding each document's address part; when a governed collection has it,
   * published documents carry `alternates` ({ en, fr } slugs readers can follow) and appear in
   * `GET /api/sitemap`.
   * @default 'slug'
   */
  slugField?: string
  /**
   * Locale whose content is approved and hashed, and the source language of XLIFF files. Must be one
   * of `config.localization.locales` (checked at start).
   * @default 'en'
   */
  sourceLocale?: string
  /**
   * Locales translators work in, each with its own translation status and reader marker
   * (`translation.<locale>`). Each must be one of `config.localization.locales` and differ from
   * `sourceLocale` (checked at start).
   * @default ['fr']
   */
  targetLocales?: string[]
  /**
   * The auth collection whose documents carry `roles`: submitters, reviewers, assignees, e-mail
   * recipients and the event log's `user` are its documents. Must have `auth` (checked at start).
   * @default 'users'
   */
  usersSlug?: string
  /**
   * Signed JSON events (publish, unpublish, translation approval) POSTed to each URL by Payload's jobs
   * queue (task `deliverWebhook`), retried with exponential backoff. Unset or no URLs: nothing is queued.
   */
  webhooks?: WebhookOptions
}

export type WebhookOptions = {
  /**
   * Delivery attempts per URL and event, the first one included.
   * @default 5
   */
  attempts?: number
  /**
   * Wait before the first retry, in milliseconds; it doubles at each further retry. A retry runs at
   * the first run of the jobs queue after its wait.
   * @default 2000
   */
  backoffMs?: number
  /** Key of the HMAC-SHA256 signature (`x-webhook-signature`); at least 32 characters, kept secret. */
  secret: string
  /** http(s) URLs that receive every event. */
  urls: string[]
}

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

const webhooksSchema = z.object({
  attempts: z.number().int().min(1).max(20).default(5),
  backoffMs: z.number().int().min(0).default(2000),
  secret: z.string().min(32, 'use a random string of at least 32 characters (e.g. `openssl rand -hex 32`)'),
  urls: z.array(z.string().refine(isHttpUrl, 'each URL must be an absolute http:// or https:// URL')),
})

const schema = z.object({
  announceFields: z.record(z.string(), z.array(z.string().min(1)).min(1, 'list at least one field of the stub')).default({}),
  collections: z.array(z.string().min(1)).min(1, 'name at least one collection'),
  disabled: z.boolean().default(false),
  eventsSlug: z.string().min(1).default('workflow-events'),
  rateLimitPerMinute: z.number().int().min(0).default(60),
  slugField: z.string().min(1).default('slug'),
  stuckJobAfterMs: z.number().int().min(1000).default(300_000),
  sourceLocale: z.string().min(1).default('en'),
  targetLocales: z.array(z.string().min(1)).min(1).default(['fr']),
  usersSlug: z.string().min(1).default('users'),
  webhooks: webhooksSchema.optional(),
}).superRefine((options, ctx) => {
  for (const slug of Object.keys(options.announceFields)) {
    if (!options.collections.includes(slug)) {
      ctx.addIssue({ code: 'custom', message: `"${slug}" is not a governed collection (options.collections)`, path: ['announceFields', slug] })
    }
  }
})

export type SanitizedWorkflowOptions = z.infer<typeof schema> & { collections: CollectionSlug[] }

export const sanitizeOptions = (options: EditorialWorkflowOptions): SanitizedWorkflowOptions => {
  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ')
    throw new Error(`editorialWorkflow: invalid options (${problems}).`)
  }
  return parsed.data as SanitizedWorkflowOptions
}
