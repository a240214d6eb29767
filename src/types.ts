import type { CollectionConfig, CollectionSlug, Field, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { TransitionName } from './workflow/approval'
import { IDENTITY_ROLE_NAMES, WORKFLOW_ROLES, type WorkflowRole } from './workflow/roles'
import type { TranslationTransition } from './workflow/translation'
import { WorkflowConfigError } from './startup/configError'

export type { WorkflowRole } from './workflow/roles'

/** A workflow transition: of the source locale's approval, or of one target locale's translation. */
export type WorkflowAction = TransitionName | TranslationTransition

export type WorkflowCanArgs = {
  /** The transition asked for. */
  action: WorkflowAction
  /** Slug of the governed collection. */
  collection: string
  /** The document's latest draft in the source locale, with its `workflow` and `translationWorkflow` groups. */
  doc: Record<string, unknown>
  /** The source locale for approval transitions; the target locale for translation ones. */
  locale: string
  req: PayloadRequest
  /** The caller's workflow roles, read as `roles` says. */
  roles: readonly WorkflowRole[]
  /** The signed-in user making the transition (`req.user`). */
  user: Record<string, unknown> & { id: number | string }
}

/** Decides whether `user` may make `action` on `doc` (see `EditorialWorkflowOptions.can`). */
export type WorkflowCan = (args: WorkflowCanArgs) => boolean | Promise<boolean>

export type WorkflowRolesOptions = {
  /**
   * Field of the users collection (`usersSlug`) holding each user's role names: a `select` with
   * `hasMany`, a list of strings, or a single value.
   * @default 'roles'
   */
  field?: string
  /**
   * Per workflow role, the app's role name (or names) that carry it; a role left out keeps its own
   * name. E.g. `{ editor: 'author', reviewer: ['approver', 'chief'], translator: 'linguist' }`.
   * @default { admin: 'admin', editor: 'editor', reviewer: 'reviewer', translator: 'translator' }
   */
  names?: Partial<Record<WorkflowRole, string | string[]>>
}

export type CollectionOverrides = {
  /**
   * Changes the collection the plugin adds: gets it as the plugin builds it (`defaultCollection`, and
   * its `defaultFields`) and returns the collection to use. Fields, admin settings, labels and hooks
   * may be added; `access` is ANDed with the plugin's (it can narrow, never widen), the plugin's own
   * hooks run first and its refusal hooks cannot be removed, and the slug stays `eventsSlug`.
   */
  overrides?: (args: {
    defaultCollection: CollectionConfig
    defaultFields: Field[]
  }) => CollectionConfig
}

export type EditorialWorkflowOptions = {
  /**
   * Per governed collection, the top-level fields of the stub a reviewer may announce (the `announce`
   * transition): readers get a document with only these fields' source-locale values and
   * `status: 'coming_soon'` while its full text goes through review. A collection not listed cannot be
   * announced.
   * @default {}
   */
  announceFields?: Record<string, string[]>
  /**
   * Decides whether a user may make a workflow transition, in place of the roles table (which roles
   * may submit, approve, publish…). Called with the transition, the document and the request, sync or
   * async; wherever the plugin lists the transitions a user may make (the panel's buttons, My work,
   * the `transitions` of `GET …/workflow`) it asks the same question. It decides only who may: the
   * state rules, four eyes, a required comment, a current approval and every other rule of the
   * machines still hold and cannot be lifted by `can`. Roles (`roles`) still decide everything else:
   * who is staff (reads drafts and workflow fields), translator scope, a reviewer's suggestions in
   * review, who may assign and be assigned, and whom e-mails go to.
   * @default undefined (the roles table decides)
   */
  can?: WorkflowCan
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
   * The append-only event log collection, as `@payloadcms/plugin-form-builder`'s `formOverrides`:
   * add fields, admin settings, or narrower access. Its slug is `eventsSlug`.
   * @default {}
   */
  eventsCollection?: CollectionOverrides
  /**
   * Most workflow and translation-file requests one caller (signed-in user, else client address)
   * may make per minute on one app instance; past it they get 429 with Retry-After. 0: no limit.
   * @default 60
   */
  rateLimitPerMinute?: number
  /**
   * The review assignments collection (`review-assignments`), overridden as `eventsCollection`.
   * @default {}
   */
  reviewAssignmentsCollection?: CollectionOverrides
  /**
   * How a user's workflow roles are read: the users' field holding role names and the app's names
   * for the workflow's roles (admin, editor, reviewer, translator).
   * @default { field: 'roles', names: { admin: 'admin', editor: 'editor', reviewer: 'reviewer', translator: 'translator' } }
   */
  roles?: WorkflowRolesOptions
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
   * The auth collection whose documents carry the roles (`roles.field`): submitters, reviewers, assignees, e-mail
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
  secret: z
    .string()
    .min(32, 'use a random string of at least 32 characters (e.g. `openssl rand -hex 32`)'),
  urls: z.array(
    z.string().refine(isHttpUrl, 'each URL must be an absolute http:// or https:// URL'),
  ),
})

const isFunction = (value: unknown) => typeof value === 'function'
const overridesSchema = z
  .object({
    overrides: z
      .custom<NonNullable<CollectionOverrides['overrides']>>(
        isFunction,
        'a function ({ defaultCollection, defaultFields }) => collection',
      )
      .optional(),
  })
  .strict()
  .default({})
const roleNameSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((names) => (Array.isArray(names) ? names : [names]))
const rolesSchema = z
  .object({
    field: z.string().min(1).default('roles'),
    names: z.partialRecord(z.enum(WORKFLOW_ROLES), roleNameSchema).default({}),
  })
  .strict()
  .default({ field: 'roles', names: {} })
  .transform(({ field, names }) => ({
    field,
    names: { ...IDENTITY_ROLE_NAMES, ...names } as Record<WorkflowRole, string[]>,
  }))

const schema = z
  .object({
    announceFields: z
      .record(z.string(), z.array(z.string().min(1)).min(1, 'list at least one field of the stub'))
      .default({}),
    can: z
      .custom<WorkflowCan>(
        isFunction,
        'a function ({ user, action, collection, doc, req }) => boolean',
      )
      .optional(),
    collections: z.array(z.string().min(1)).min(1, 'name at least one collection'),
    disabled: z.boolean().default(false),
    eventsCollection: overridesSchema,
    eventsSlug: z.string().min(1).default('workflow-events'),
    rateLimitPerMinute: z.number().int().min(0).default(60),
    reviewAssignmentsCollection: overridesSchema,
    roles: rolesSchema,
    slugField: z.string().min(1).default('slug'),
    stuckJobAfterMs: z.number().int().min(1000).default(300_000),
    sourceLocale: z.string().min(1).default('en'),
    targetLocales: z.array(z.string().min(1)).min(1).default(['fr']),
    usersSlug: z.string().min(1).default('users'),
    webhooks: webhooksSchema.optional(),
  })
  .superRefine((options, ctx) => {
    for (const slug of Object.keys(options.announceFields)) {
      if (!options.collections.includes(slug)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${slug}" is not a governed collection (options.collections)`,
          path: ['announceFields', slug],
        })
      }
    }
  })

export type SanitizedWorkflowOptions = z.infer<typeof schema> & { collections: CollectionSlug[] }

export const sanitizeOptions = (options: EditorialWorkflowOptions): SanitizedWorkflowOptions => {
  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`)
      .join('; ')
    throw new WorkflowConfigError('invalid_options', `invalid options (${problems}).`, { problems })
  }
  return parsed.data as SanitizedWorkflowOptions
}
