import type { CollectionBeforeChangeHook } from 'payload'

import { recordEvent } from '../src/operations/recordEvent'
import { skipScheduledPublish } from '../src/operations/skipScheduledPublish'
import { incomingSourceHash } from '../src/operations/sourceHash'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'
import { addEditor, readWorkflow, type WorkflowData } from '../src/workflow/state'
import { WORKFLOW_FIELD } from '../src/workflow/sourceContent'

const VOIDED_BY_EDIT = new Set(['approved', 'in_review', 'published'])

/**
 * A change to the source content records its author (four eyes) and, when the content was under
 * review, approved or published, sends the working copy back to draft with an `edit` event: an
 * approved version that is then edited can never go live without a new approval.
 */
export const voidApprovalOnEdit =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'update' && isTransitionWrite(req, collection.slug, originalDoc?.id)) return data
    const before = readWorkflow(data)
    const hash = await incomingSourceHash({ collection, options, req }, { data, id: originalDoc?.id, originalDoc })
    if (operation === 'update' && hash === before.contentHash) return data
    const editors = addEditor(before.editors, req.user?.id)
    const voided = operation === 'update' && VOIDED_BY_EDIT.has(before.state)
    const next: WorkflowData = voided
      ? { ...before, approvedBy: null, approvedHash: null, contentHash: hash, editors, scheduledAt: null, scheduledBy: null, state: 'draft' }
      : { ...before, contentHash: hash, editors }
    if (voided) {
      const scheduled = before.scheduledAt
        ? ` The publication scheduled for ${new Date(before.scheduledAt).toISOString()} was called off.`
        : ''
      const comment = `The content was edited, so the approval no longer holds: submit it for review again.${scheduled}`
      if (before.scheduledAt) await skipScheduledPublish(req, collection.slug, originalDoc!.id, comment)
      await recordEvent(req, options, {
        collection: collection.slug,
        comment,
        contentHash: hash,
        document: originalDoc!.id,
        from: before.state,
        locale: options.sourceLocale,
        to: 'draft',
        transition: 'edit',
      })
    }
    return { ...data, [WORKFLOW_FIELD]: next }
  }
