import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { isEventWrite } from '../src/workflow/intent'

/** Events are written by transitions only, never by a direct create (Local API included). */
export const refuseForgedEvents: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!isEventWrite(req)) {
    throw new WorkflowError('Workflow events are recorded by transitions only: make the transition instead.', 403)
  }
  return data
}
