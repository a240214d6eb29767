import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { readWorkflowStatus } from './status'
import { runTransition, type TransitionInput } from './transition'

const optionsOf = (req: PayloadRequest): SanitizedWorkflowOptions => {
  const options = (
    req.payload.config.custom as { editorialWorkflow?: SanitizedWorkflowOptions } | undefined
  )?.editorialWorkflow
  if (!options) throw new Error('editorialWorkflow is not installed in this Payload config.')
  return options
}

/** Local API: make a transition as `req.user`, in `req`'s transaction when it has one. */
export const transitionDocument = (req: PayloadRequest, input: TransitionInput) =>
  runTransition(req, optionsOf(req), input)

/** Local API: the same answer as `GET /api/<collection>/<id>/workflow`. */
export const workflowStatus = (req: PayloadRequest, collection: string, id: number | string) =>
  readWorkflowStatus(req, optionsOf(req), collection, id)
