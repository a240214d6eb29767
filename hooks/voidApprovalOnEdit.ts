import type { CollectionBeforeChangeHook } from 'payload'

import { hasWorkflowRole } from '../src/access/roles'
import { isDiscardWrite } from '../src/operations/discardWrite'
import { WorkflowError } from '../src/operations/errors'
import { recordEvent } from '../src/operations/recordEvent'
import { skipScheduledPublish } from '../src/operations/skipScheduledPublish'
import { incomingSourceHash } from '../src/operations/sourceHash'
import { tw } from '../src/translations'
import { eventComment, type EventMessage } from '../src/operations/eventMessage'
import type { SanitizedWorkflowOptions } from '../src/types'
import { isTransitionWrite } from '../src/workflow/intent'
import { addEditor, readWorkflow, type WorkflowData } from '../src/workflow/state'
import { WORKFLOW_FIELD } from '../src/workflow/fieldNames'

const VOIDED_BY_EDIT = new Set(['approved', 'published'])

/**
 * A change to the source content records its author (four eyes). While the document is in review,
 * a reviewer's change is a suggestion (it stays in review; the reviewer may no longer approve it)
 * and anyone else's is refused with `withdraw_first`: the submission is withdrawn explicitly (the
 * `withdraw` transition), never silently. When the content was approved or published, the edit
 * sends the working copy back to draft with an `edit` event: an approved version that is then
 * edited can never go live without a new approval. Runs on every write path (overrideAccess and
 * restores included).
 */
export const voidApprovalOnEdit =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (
      operation === 'update' &&
      (isTransitionWrite(req, collection.slug, originalDoc?.id) ||
        isDiscardWrite(req, collection.slug, originalDoc?.id))
    )
      return data
    const before = readWorkflow(data)
    const hash = await incomingSourceHash(
      { collection, options, req },
      { data, id: originalDoc?.id, originalDoc },
    )
    if (operation === 'update' && hash === before.contentHash) return data
    const editors = addEditor(before.editors, req.user?.id)
    const event = (transition: 'edit' | 'suggest', to: string, message: EventMessage | null) =>
      recordEvent(req, options, {
        collection: collection.slug,
        comment: message && eventComment(req, collection.slug, message),
        contentHash: hash,
        message,
        document: originalDoc!.id,
        from: before.state,
        locale: options.sourceLocale,
        to,
        transition,
      })
    if (operation === 'update' && before.state === 'in_review') {
      if (!hasWorkflowRole(req.user, options, 'reviewer'))
        throw new WorkflowError(tw(req.t, 'errorWithdrawFirst'), 409, 'withdraw_first')
      await event('suggest', 'in_review', null)
      return { ...data, [WORKFLOW_FIELD]: { ...before, contentHash: hash, editors } }
    }
    const voided = operation === 'update' && VOIDED_BY_EDIT.has(before.state)
    const next: WorkflowData = voided
      ? {
          ...before,
          approvedBy: null,
          approvedHash: null,
          contentHash: hash,
          editors,
          scheduledAt: null,
          scheduledBy: null,
          state: 'draft',
        }
      : { ...before, contentHash: hash, editors }
    if (voided) {
      const message: EventMessage = [
        { key: 'eventEditVoided' },
        ...(before.scheduledAt
          ? [
              {
                key: 'eventScheduleCalledOff' as const,
                vars: { date: new Date(before.scheduledAt).toISOString() },
              },
            ]
          : []),
      ]
      if (before.scheduledAt)
        await skipScheduledPublish(
          req,
          collection.slug,
          originalDoc!.id,
          eventComment(req, collection.slug, message),
        )
      await event('edit', 'draft', message)
    }
    return { ...data, [WORKFLOW_FIELD]: next }
  }
