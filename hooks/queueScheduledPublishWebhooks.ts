import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../src/types'
import { queueNotedPublishWebhooks } from '../src/webhooks/queue'

/**
 * After Payload's scheduled-publish job has written the document (its row write settles what
 * readers get: src/db/deliverOnPublishWrite.ts), queues its `publish` webhooks in the same
 * transaction. The publish transition queues its own; this only acts on writes publishIfScheduled
 * noted.
 */
export const queueScheduledPublishWebhooks =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    await queueNotedPublishWebhooks(req, options, collection.slug, doc.id)
    return doc
  }
