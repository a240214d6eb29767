import type { CollectionBeforeOperationHook } from 'payload'

import { isAssignmentWrite } from '../src/assignments/intent'
import { WorkflowError } from '../src/operations/errors'

const WRITES = new Set(['create', 'delete', 'deleteByID', 'update', 'updateByID'])

/** Review assignments change only through the assign operation, on every path (Local API included). */
export const refuseDirectAssignments: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (WRITES.has(operation) && !isAssignmentWrite(req)) {
    throw new WorkflowError('Reviewers are assigned with POST /api/<collection>/<id>/workflow/assign {"reviewer": <user id> | null}.', 403)
  }
  return args
}
