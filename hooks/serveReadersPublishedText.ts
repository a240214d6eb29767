import type { CollectionBeforeOperationHook } from 'payload'

import { isWorkflowStaff } from '../src/access/roles'
import { unaskedReaderFields } from '../src/delivery/readerFieldsOnDemand'
import type { SanitizedWorkflowOptions } from '../src/types'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../src/workflow/fieldNames'

/**
 * Readers (callers without a staff role) get the published documents as published: `draft=true`
 * is ignored for them. The published document carries a translation only where it is approved
 * (src/db/deliverOnPublishWrite.ts), so a target-locale read falls back to the source text field by
 * field (`translation.fallbackFields` names those fields), or, with `fallback-locale=none`, leaves
 * them null, as Payload does for everyone. The staff-only workflow groups, which readers may
 * not see anyway, are left out of the SQL (Payload's `select`), and so are the reader fields a
 * GraphQL query does not name (src/delivery/readerFieldsOnDemand.ts): reads cost what they cost
 * without the plugin. Internal reads (overrideAccess) are left alone.
 */
export const serveReadersPublishedText =
  (options: SanitizedWorkflowOptions): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    const reading = operation === 'read' || (operation as string) === 'readDistinct'
    if (
      !reading ||
      (args as { overrideAccess?: boolean }).overrideAccess ||
      isWorkflowStaff(req.user, options)
    )
      return args
    const select = (args as { select?: Record<string, unknown> }).select
    const includes = select && Object.values(select).some((value) => value !== false)
    const unasked = Object.fromEntries(
      unaskedReaderFields(req, collection.slug).map((name) => [name, false]),
    )
    const withoutInternals = includes
      ? select
      : { ...select, ...unasked, [TRANSLATION_FIELD]: false, [WORKFLOW_FIELD]: false }
    return { ...args, draft: false, select: withoutInternals }
  }
