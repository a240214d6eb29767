import type { CollectionBeforeChangeHook } from 'payload'

import { isDiscardWrite } from '../src/operations/discardWrite'
import { WorkflowError } from '../src/operations/errors'
import { publishIfScheduled } from '../src/operations/publishIfScheduled'
import { tw } from '../src/translations'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  PREVIOUS_SLUGS_FIELD,
  PROGRESS_FIELD,
  PUBLIC_STATUS_FIELD,
  TRANSLATION_FIELD,
  WORKFLOW_FIELD,
} from '../src/workflow/fieldNames'
import { INITIAL_WORKFLOW, readWorkflow, sameWorkflow } from '../src/workflow/state'
import {
  initialTranslations,
  readTranslations,
  sameTranslations,
} from '../src/workflow/translationState'

/**
 * Workflow fields and `_status: 'published'` change only through transitions. Runs on every write
 * path (REST, GraphQL, Local API with or without overrideAccess, bulk update, restore, duplicate,
 * autosave, jobs), because collection hooks run on all of them.
 */
export const refuseDirectWorkflowWrites =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const id = originalDoc?.id
    if (operation === 'update' && isTransitionWrite(req, collection.slug, id)) return data
    if (operation === 'update' && isDiscardWrite(req, collection.slug, id))
      return withoutReaderFields(data)
    const before = operation === 'create' ? INITIAL_WORKFLOW : readWorkflow(originalDoc)
    const locales = options.targetLocales
    const translations =
      operation === 'create' ? initialTranslations(locales) : readTranslations(originalDoc, locales)
    const restoring = Boolean(req.context?.isRestoringVersion)
    const workflowChanged =
      data[WORKFLOW_FIELD] !== undefined && !sameWorkflow(before, readWorkflow(data))
    const translationChanged =
      data[TRANSLATION_FIELD] !== undefined &&
      !sameTranslations(translations, readTranslations(data, locales))
    if ((workflowChanged || translationChanged) && !restoring) {
      throw new WorkflowError(
        tw(req.t, 'errorFieldsThroughTransitions', {
          collection: collection.slug,
          id: String(id ?? '<id>'),
        }),
        403,
        'fields_through_transitions',
      )
    }
    if (data._status === 'published' && operation === 'update' && !restoring) {
      // Payload's scheduled-publish job: allowed only when due and the approval still matches.
      const scheduled = await publishIfScheduled(
        { collection, options, req },
        originalDoc!.id,
        before,
      )
      if (scheduled)
        return { ...data, [TRANSLATION_FIELD]: translations, [WORKFLOW_FIELD]: scheduled }
    }
    if (data._status === 'published') {
      throw restoring
        ? new WorkflowError(tw(req.t, 'errorRestorePublished'), 403, 'restore_published')
        : new WorkflowError(
            tw(req.t, 'errorPublishThroughWorkflow', {
              collection: collection.slug,
              id: String(id ?? '<id>'),
            }),
            403,
            'publish_through_workflow',
          )
    }
    // Restored versions keep the current workflow; duplicates start from the beginning. What readers
    // get (marker, progress, alternates) is computed on publish: values sent back by a form or a
    // client (the draft may hold stale copies) are dropped, as Payload drops read-only fields.
    return {
      ...withoutReaderFields(data),
      [TRANSLATION_FIELD]: translations,
      [WORKFLOW_FIELD]: before,
    }
  }

const withoutReaderFields = (data: Record<string, unknown>) => {
  const {
    [ALTERNATES_FIELD]: _alternates,
    [DELIVERY_FIELD]: _delivery,
    [PREVIOUS_SLUGS_FIELD]: _previous,
    [PROGRESS_FIELD]: _progress,
    [PUBLIC_STATUS_FIELD]: _status,
    ...content
  } = data
  return content
}
