import type { PayloadRequest } from 'payload'

import type { TransitionInput } from '../operations/plan'
import type { SanitizedWorkflowOptions } from '../types'
import { noteForWrite, takeWriteNote } from '../workflow/writeNotes'
import {
  readersView,
  type ReadersView,
  type WebhookEvent,
  webhookEvent,
  type WebhookKind,
} from './event'
import { WEBHOOK_TASK } from './task'

const KIND_OF: Partial<Record<TransitionInput['name'], WebhookKind>> = {
  announce: 'announce',
  approve_translation: 'translation_approved',
  publish: 'publish',
  unpublish: 'unpublish',
}

const SCHEDULED_PUBLISH_NOTE = 'webhook-scheduled-publish'

export const webhooksOn = (options: SanitizedWorkflowOptions): boolean =>
  !options.disabled && Boolean(options.webhooks?.urls.length)

/** Queues one delivery job per URL with `req`: in the caller's transaction, so a rollback queues nothing. */
export const queueWebhooks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  event: WebhookEvent,
): Promise<void> => {
  if (!webhooksOn(options)) return
  for (const url of options.webhooks!.urls) {
    await req.payload.jobs.queue({ input: { event, url }, req, task: WEBHOOK_TASK })
  }
}

/** Before an unpublish: what readers have now, which the event reports once they have lost it. */
export const viewBeforeTransition = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: TransitionInput,
): Promise<null | ReadersView> =>
  webhooksOn(options) && input.name === 'unpublish'
    ? readersView(req, options, input.collection, input.id)
    : null

/** After a successful transition's event, in its transaction: the webhook for announce, publish, unpublish and translation approval. */
export const queueTransitionWebhooks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  input: TransitionInput,
  before: null | ReadersView,
): Promise<void> => {
  const kind = KIND_OF[input.name]
  if (!kind || !webhooksOn(options)) return
  const view = before ?? (await readersView(req, options, input.collection, input.id))
  const locales =
    kind === 'translation_approved' ? [input.locale ?? options.targetLocales[0]!] : view.locales
  await queueWebhooks(req, options, webhookEvent(kind, input.collection, input.id, view, locales))
}

/**
 * Payload's scheduled publish is let through in a beforeChange hook, before the row is written and
 * its translations settled: note it there, and queue from the afterChange hook of the same write.
 */
export const noteScheduledPublish = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<void> => {
  if (webhooksOn(options)) await noteForWrite(req, SCHEDULED_PUBLISH_NOTE, collection, id, true)
}

export const queueNotedPublishWebhooks = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<void> => {
  if (
    !webhooksOn(options) ||
    !(await takeWriteNote<boolean>(req, SCHEDULED_PUBLISH_NOTE, collection, id))
  )
    return
  await queueWebhooks(
    req,
    options,
    webhookEvent('publish', collection, id, await readersView(req, options, collection, id)),
  )
}
