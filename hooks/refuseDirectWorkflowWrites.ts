import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { publishIfScheduled } from '../src/operations/publishIfScheduled'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'
import { ALTERNATES_FIELD, DELIVERY_FIELD, PROGRESS_FIELD } from '../src/workflow/fieldNames'
import { INITIAL_WORKFLOW, readWorkflow, sameWorkflow } from '../src/workflow/state'
import { WORKFLOW_FIELD } from '../src/workflow/sourceContent'
import { initialTranslations, readTranslations, sameTranslations, TRANSLATION_FIELD } from '../src/workflow/translationState'

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
    const before = operation === 'create' ? INITIAL_WORKFLOW : readWorkflow(originalDoc)
    const locales = options.targetLocales
    const translations = operation === 'create' ? initialTranslations(locales) : readTranslations(originalDoc, locales)
    const restoring = Boolean(req.context?.isRestoringVersion)
    const workflowChanged = data[WORKFLOW_FIELD] !== undefined && !sameWorkflow(before, readWorkflow(data))
    const translationChanged = data[TRANSLATION_FIELD] !== undefined && !sameTranslations(translations, readTranslations(data, locales))
    if ((workflowChanged || translationChanged) && !restoring) {
      throw new WorkflowError(
        `The workflow and translation fields of ${collection.slug} change only through transitions: POST /api/${collection.slug}/${id ?? '<id>'}/workflow/<transition> (submit, approve, publish…).`,
        403,
      )
    }
    if (data._status === 'published' && operation === 'update' && !restoring) {
      // Payload's scheduled-publish job: allowed only when due and the approval still matches.
      const scheduled = await publishIfScheduled({ collection, options, req }, originalDoc!.id, before)
      if (scheduled) return { ...data, [TRANSLATION_FIELD]: translations, [WORKFLOW_FIELD]: scheduled }
    }
    if (data._status === 'published') {
      throw new WorkflowError(
        restoring
          ? 'This version was published: restoring it would publish it again without a new approval. Restore it as a draft (draft=true), then submit it for review.'
          : `Publishing goes through the workflow: save as a draft (draft=true), submit for review, have another reviewer approve, then POST /api/${collection.slug}/${id ?? '<id>'}/workflow/publish.`,
        403,
      )
    }
    // Restored versions keep the current workflow; duplicates start from the beginning. What readers
    // get (marker, progress, alternates) is computed on publish: values sent back by a form or a
    // client (the draft may hold stale copies) are dropped, as Payload drops read-only fields.
    const { [ALTERNATES_FIELD]: _alternates, [DELIVERY_FIELD]: _delivery, [PROGRESS_FIELD]: _progress, ...content } = data
    return { ...content, [TRANSLATION_FIELD]: translations, [WORKFLOW_FIELD]: before }
  }
