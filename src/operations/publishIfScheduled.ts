import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { tw } from '../translations'
import { noteScheduledPublish } from '../webhooks/queue'
import type { WorkflowData } from '../workflow/state'
import { WorkflowError } from './errors'
import { recordEvent } from './recordEvent'
import { eventComment, type EventMessage } from './eventMessage'
import { storedSourceHash } from './sourceHash'

type Args = {
  collection: SanitizedCollectionConfig
  options: SanitizedWorkflowOptions
  req: PayloadRequest
}

const scheduledMessage = (at: string): EventMessage => [
  { key: 'eventScheduledPublication', vars: { date: at } },
]

/**
 * Payload's `schedulePublish` job publishes by writing `_status: 'published'`. It is let through only
 * when a `schedule` transition set a time that has come and the approved hash still matches the
 * content now: the approval is checked when the job runs, not when it was scheduled.
 * Returns the workflow to store, or null when this is not a due scheduled publish.
 */
export const publishIfScheduled = async (
  args: Args,
  id: number | string,
  before: WorkflowData,
): Promise<null | WorkflowData> => {
  if (before.state !== 'approved' || !before.scheduledAt) return null
  if (new Date(before.scheduledAt).getTime() > Date.now()) return null
  const hash = await storedSourceHash(args, id)
  if (hash !== before.approvedHash) {
    throw new WorkflowError(tw(args.req.t, 'errorScheduledStale'), 409, 'stale_approval')
  }
  await recordEvent(args.req, args.options, {
    collection: args.collection.slug,
    comment: eventComment(args.req, args.collection.slug, scheduledMessage(before.scheduledAt)),
    message: scheduledMessage(before.scheduledAt),
    contentHash: hash,
    document: id,
    from: 'approved',
    locale: args.options.sourceLocale,
    to: 'published',
    transition: 'publish',
  })
  await noteScheduledPublish(args.req, args.options, args.collection.slug, id)
  // The full text replaces an announced stub, as in the publish transition.
  return {
    ...before,
    announcedAt: null,
    announcedBy: null,
    announcedHash: null,
    scheduledAt: null,
    state: 'published',
  }
}
