import type { CollectionConfig, Config } from 'payload'

import { checkEditLockInTransaction } from '../hooks/checkEditLockInTransaction'
import { compareProgressAsNumbers } from '../hooks/compareProgressAsNumbers'
import { discardToPublished } from '../hooks/discardToPublished'
import { keepTranslatorsText } from '../hooks/keepTranslatorsText'
import { lockRowBeforeRead } from '../hooks/lockRowBeforeRead'
import { lockRowForEdit } from '../hooks/lockRowForEdit'
import { noteLiveDocuments } from '../hooks/noteLiveDocuments'
import { noteUploadsBeforeDelete } from '../hooks/noteUploadsBeforeDelete'
import { notePublishedTranslations } from '../hooks/notePublishedTranslations'
import { queueScheduledPublishWebhooks } from '../hooks/queueScheduledPublishWebhooks'
import { refuseDirectWorkflowWrites } from '../hooks/refuseDirectWorkflowWrites'
import { showRefusalsWhole } from '../hooks/showRefusalsWhole'
import { releaseUploadsOnScheduledPublish } from '../hooks/releaseUploadsOnScheduledPublish'
import { refuseSilentUnpublish } from '../hooks/refuseSilentUnpublish'
import { refuseStaleWrites } from '../hooks/refuseStaleWrites'
import { refuseTranslatorSourceWrites } from '../hooks/refuseTranslatorSourceWrites'
import { showUntranslatedAsNull } from '../hooks/showUntranslatedAsNull'
import { serveReadersPublishedText } from '../hooks/serveReadersPublishedText'
import { trackTranslationStatus } from '../hooks/trackTranslationStatus'
import { voidApprovalOnEdit } from '../hooks/voidApprovalOnEdit'
import { withdrawUploadsOfDeleted } from '../hooks/withdrawUploadsOfDeleted'
import { withAdminViews } from './admin/withAdminViews'
import { withAssignments } from './assignments/withAssignments'
import { withAdmin } from './admin/withAdmin'
import { withOverrides } from './collections/overrides'
import { workflowEventsCollection } from './collections/WorkflowEvents'
import { withReferencedBlocks } from './workflow/blockReferences'
import { deliverOnPublishWrite } from './db/deliverOnPublishWrite'
import { safeJobClaims } from './db/safeJobClaims'
import { sitemapEndpoint } from './endpoints/sitemap'
import { translationEndpoints } from './endpoints/translations'
import { workflowEndpoints } from './endpoints/workflow'
import { readerFieldsOnDemand } from './delivery/readerFieldsOnDemand'
import { deliveryFields } from './fields/deliveryFields'
import { populatedFields } from './fields/populatedFields'
import { publicStatusField } from './fields/publicStatusField'
import { PUBLIC_STATUS_FIELD } from './workflow/fieldNames'
import { topLevelFields } from './workflow/sourceContent'
import { translationGroup } from './fields/translationGroup'
import { workflowGroup } from './fields/workflowGroup'
import { withNotifications } from './notifications/withNotifications'
import { checkDatabaseAdapter, checkTransactions } from './startup/checkDatabase'
import { WorkflowConfigError } from './startup/configError'
import { checkLocales } from './startup/checkLocales'
import { checkUsersSlug } from './startup/checkUsersSlug'
import {
  sanitizeOptions,
  type EditorialWorkflowOptions,
  type SanitizedWorkflowOptions,
} from './types'
import { embargoedUploadSlugs, withUploadEmbargo } from './uploads/withUploadEmbargo'
import { withWorkflowTranslations } from './translations'
import { deliverWebhookTask } from './webhooks/task'

export type {
  CollectionOverrides,
  EditorialWorkflowOptions,
  SanitizedWorkflowOptions,
  WebhookOptions,
  WorkflowAction,
  WorkflowCan,
  WorkflowCanArgs,
  WorkflowRole,
  WorkflowRolesOptions,
} from './types'
export { allowedByRoles } from './access/can'
export type { WebhookEvent, WebhookKind } from './webhooks/event'
export { verifyWebhook, webhookSignature } from './webhooks/sign'
export { transitionDocument, workflowStatus } from './operations/localApi'
export { WorkflowError } from './operations/errors'
export { NOTIFICATIONS_CONTEXT } from './notifications/notifyAfterCommit'
export { WorkflowConfigError } from './startup/configError'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

const withWorkflow = (
  collection: CollectionConfig,
  options: SanitizedWorkflowOptions,
): CollectionConfig => ({
  ...collection,
  defaultPopulate: options.disabled
    ? collection.defaultPopulate
    : populatedFields(collection, options),
  endpoints: options.disabled
    ? collection.endpoints
    : [
        ...workflowEndpoints(collection.slug, options),
        ...translationEndpoints(collection.slug, options),
        ...(collection.endpoints || []),
      ],
  fields: [
    ...collection.fields,
    workflowGroup(options),
    translationGroup(options),
    ...deliveryFields(collection, options),
    publicStatusField(),
  ],
  hooks: options.disabled
    ? collection.hooks
    : {
        ...collection.hooks,
        afterChange: [
          refuseSilentUnpublish,
          queueScheduledPublishWebhooks(options),
          releaseUploadsOnScheduledPublish(options),
          keepTranslatorsText(options),
          ...(collection.hooks?.afterChange ?? []),
        ],
        afterDelete: [withdrawUploadsOfDeleted(options), ...(collection.hooks?.afterDelete ?? [])],
        afterRead: [...(collection.hooks?.afterRead ?? []), showUntranslatedAsNull(options)],
        beforeDelete: [noteUploadsBeforeDelete(options), ...(collection.hooks?.beforeDelete ?? [])],
        beforeOperation: [
          checkEditLockInTransaction,
          lockRowBeforeRead,
          serveReadersPublishedText(options),
          compareProgressAsNumbers,
          ...(collection.hooks?.beforeOperation ?? []),
        ],
        beforeChange: [
          lockRowForEdit,
          discardToPublished(options),
          refuseStaleWrites(options),
          refuseDirectWorkflowWrites(options),
          refuseTranslatorSourceWrites(options),
          noteLiveDocuments,
          notePublishedTranslations(options),
          voidApprovalOnEdit(options),
          trackTranslationStatus(options),
          ...(collection.hooks?.beforeChange ?? []),
        ],
      },
})

/**
 * Adds the approval workflow to `options.collections`: workflow fields, hooks that hold its rules on
 * every write path, REST endpoints, and the append-only event log.
 */
export const editorialWorkflow =
  (incoming: EditorialWorkflowOptions) =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(incoming)
    // Blocks fields name the blocks of config.blocks they use; the field walkers need those blocks.
    const config = withReferencedBlocks(incomingConfig, options.collections)
    const collections = config.collections ?? []
    checkLocales(config.localization, options)
    checkUsersSlug(collections, options)
    if (!options.disabled) checkDatabaseAdapter(config.db)
    for (const slug of options.collections) {
      const collection = collections.find((candidate) => candidate.slug === slug)
      if (!collection)
        throw new WorkflowConfigError(
          'unknown_collection',
          `collection "${slug}" does not exist; check options.collections.`,
          { collection: slug },
        )
      if (!hasDrafts(collection))
        throw new WorkflowConfigError(
          'drafts_off',
          `collection "${slug}" needs versions.drafts enabled.`,
          { collection: slug },
        )
      const names = topLevelFields(collection.fields).map((field) => field.name)
      if (names.includes(PUBLIC_STATUS_FIELD)) {
        throw new WorkflowConfigError(
          'field_clash',
          `collection "${slug}" has its own field "${PUBLIC_STATUS_FIELD}"; the plugin adds one (what readers get: published | coming_soon): rename yours.`,
          { collection: slug, field: PUBLIC_STATUS_FIELD },
        )
      }
      const missing = (options.announceFields[slug] ?? []).filter((name) => !names.includes(name))
      if (missing.length)
        throw new WorkflowConfigError(
          'unknown_announce_field',
          `announceFields["${slug}"] names ${missing.join(', ')}, not a top-level named field of "${slug}".`,
          { collection: slug, fields: missing.join(', ') },
        )
    }
    // Uploads the governed documents point at are readable by readers once a published document uses them.
    const embargoed = embargoedUploadSlugs(collections, options)
    return withAssignments(
      withAdminViews(
        withWorkflowTranslations({
          ...config,
          custom: { ...config.custom, editorialWorkflow: options },
          db: options.disabled
            ? config.db
            : safeJobClaims(deliverOnPublishWrite(config.db, options), options.stuckJobAfterMs),
          endpoints: options.disabled
            ? config.endpoints
            : [...(config.endpoints ?? []), sitemapEndpoint(options)],
          graphQL: options.disabled
            ? config.graphQL
            : {
                ...config.graphQL,
                queries: readerFieldsOnDemand(options, config.graphQL?.queries),
              },
          // Last, so that it sees the message the app's own error hooks settled on.
          hooks: options.disabled
            ? config.hooks
            : {
                ...config.hooks,
                afterError: [...(config.hooks?.afterError ?? []), showRefusalsWhole],
              },
          // Before the app's own onInit (a seed, say) writes anything under rules that would not hold.
          onInit: options.disabled
            ? config.onInit
            : async (payload) => {
                await checkTransactions(payload)
                await config.onInit?.(payload)
              },
          // Registered even when disabled or without URLs: the jobs collection's schema lists task slugs.
          jobs: {
            ...config.jobs,
            tasks: [deliverWebhookTask(options), ...(config.jobs?.tasks ?? [])],
          },
          collections: [
            ...collections.map((collection) =>
              (options.collections as readonly string[]).includes(collection.slug)
                ? withAdmin(withWorkflow(collection, options), options)
                : embargoed.has(collection.slug)
                  ? withUploadEmbargo(collection, config, options)
                  : collection,
            ),
            withOverrides(
              withNotifications(workflowEventsCollection(options), options),
              options.eventsCollection.overrides,
              'eventsCollection',
            ),
          ],
        }),
        options,
      ),
      options,
    )
  }
