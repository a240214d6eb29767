import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { tw } from '../src/translations'
import { isEventWrite } from '../src/workflow/intent'

/** Events are written by transitions only, never by a direct create (Local API included). */
export const refuseForgedEvents: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!isEventWrite(req)) {
    throw new WorkflowError(tw(req.t, 'errorEventsByTransitions'), 403, 'events_by_transitions')
  }
  return data
}
