import type { CollectionBeforeOperationHook } from 'payload'

import { WorkflowError } from '../src/operations/errors'

/** The event log is append-only: no update or delete, for anyone, on any path. */
export const refuseEventChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'updateByID' || operation === 'deleteByID') {
    throw new WorkflowError('Workflow events are an append-only audit trail: they cannot be changed or deleted.', 403)
  }
  return args
}
