import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'
import { cache } from 'react'

import { readWorkflowStatus } from '../operations/status'
import type { SanitizedWorkflowOptions } from '../types'

export const workflowOptions = (req: PayloadRequest): SanitizedWorkflowOptions =>
  (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow

type Status = Awaited<ReturnType<typeof readWorkflowStatus>>

// One read per document, user and render, however many admin components (panel, header status,
// document buttons) show it.
const perRender = cache(() => new Map<string, Promise<Status>>())

/**
 * The workflow status for an admin component, read on a request of its own: Local API calls set the
 * locale of the request they are given, and the admin's request must keep the locale being edited.
 */
export const readStatusFor = (
  payload: Payload,
  user: null | TypedUser | undefined,
  collection: string,
  id: number | string,
): Promise<Status> => {
  const key = `${collection}\0${id}\0${user?.id ?? ''}`
  const reads = perRender()
  let read = reads.get(key)
  if (!read) {
    const options = (payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions })
      .editorialWorkflow
    read = createLocalReq({ user: user ?? undefined }, payload).then((req) =>
      readWorkflowStatus(req, options, collection, id),
    )
    reads.set(key, read)
  }
  return read
}

export const readStatusForAdmin = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
) => readStatusFor(req.payload, req.user, collection, id)
