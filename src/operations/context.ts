import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { readWorkflow } from '../workflow/state'
import { WorkflowError } from './errors'
import { storedSourceHash } from './sourceHash'

/** What the machine needs to know about a document, read inside the caller's transaction. */
export const loadTransitionContext = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
) => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const latest = await req.payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: true,
    req,
  })
  if (!config || !latest) throw new WorkflowError(`No ${collection} document with id ${id}: check the id.`, 404)
  const published = await req.payload.find({
    collection: collection as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return {
    hash: await storedSourceHash({ collection: config, options, req }, id),
    latest,
    live: published.docs.length > 0,
    workflow: readWorkflow(latest as unknown as Record<string, unknown>),
  }
}
