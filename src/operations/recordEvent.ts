import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import type { EventMessage } from './eventMessage'
import { withEventWrite } from '../workflow/intent'

export type WorkflowEventInput = {
  collection: string
  comment?: null | string
  contentHash: null | string
  document: number | string
  from: string
  locale: string
  /** What the system says about the event, rendered in each reader's language (see eventMessage.ts). */
  message?: EventMessage | null
  to: string
  transition: string
}

/** Appends one event, in the caller's transaction (same `req`). */
export const recordEvent = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  event: WorkflowEventInput,
) =>
  withEventWrite(req, () =>
    req.payload.create({
      collection: options.eventsSlug as 'workflow-events',
      // `as never`: the app's generated type narrows `transition` to its names; the plugin writes any of them.
      data: {
        ...event,
        comment: event.comment ?? null,
        message: event.message ?? null,
        document: String(event.document),
        user: req.user?.id ?? null,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
