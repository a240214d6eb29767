import type { CollectionBeforeOperationHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'
import { tw } from '../src/translations'

/** The event log is append-only: no update or delete, for anyone, on any path. */
export const refuseEventChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    operation === 'update' ||
    operation === 'delete' ||
    operation === 'updateByID' ||
    operation === 'deleteByID'
  ) {
    throw new WorkflowError(tw(req.t, 'errorEventsAppendOnly'), 403, 'events_append_only')
  }
  return args
}
