import { createLocalReq, type PayloadRequest } from 'payload'

import { readWorkflowStatus } from '../operations/status'
import type { SanitizedWorkflowOptions } from '../types'

export const workflowOptions = (req: PayloadRequest): SanitizedWorkflowOptions =>
  (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow

/**
 * The workflow status for an admin component, read on a request of its own: Local API calls set the
 * locale of the request they are given, and the admin's request must keep the locale being edited.
 */
export const readStatusForAdmin = async (req: PayloadRequest, collection: string, id: number | string) =>
  readWorkflowStatus(await createLocalReq({ user: req.user ?? undefined }, req.payload), workflowOptions(req), collection, id)
