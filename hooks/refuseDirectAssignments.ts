import type { CollectionBeforeOperationHook } from 'payload'

import { isAssignmentWrite } from '../src/assignments/intent'
import { WorkflowError } from '../src/operations/errors'
import { tw } from '../src/translations'

const WRITES = new Set(['create', 'delete', 'deleteByID', 'update', 'updateByID'])

/** Review assignments change only through the assign operation, on every path (Local API included). */
export const refuseDirectAssignments: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (WRITES.has(operation) && !isAssignmentWrite(req)) {
    throw new WorkflowError(tw(req.t, 'errorAssignThroughEndpoint'), 403, 'assign_through_endpoint')
  }
  return args
}
