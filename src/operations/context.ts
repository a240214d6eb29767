import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { contentHash } from '../workflow/contentHash'
import { translatableFieldNames } from '../workflow/sourceContent'
import { fieldHashes } from '../workflow/sourceDiff'
import { readWorkflow, type WorkflowData } from '../workflow/state'
import { readTranslations, type TranslationData } from '../workflow/translationState'
import { WorkflowError } from './errors'
import { isLive } from './isLive'
import { storedSourceContent } from './sourceHash'

export type TransitionContextData = {
  hash: string
  live: boolean
  /** Per-field hashes of the translatable source fields as stored now. */
  sourceFieldHashes: Record<string, string>
  translatableFields: string[]
  translations: Record<string, TranslationData>
  workflow: WorkflowData
}

/** What the machines need to know about a document, read inside the caller's transaction. */
export const loadTransitionContext = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<TransitionContextData> => {
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
  const content = await storedSourceContent({ collection: config, options, req }, id)
  const translatableFields = translatableFieldNames(config.fields)
  return {
    hash: contentHash(content),
    live: await isLive(req, collection, id),
    sourceFieldHashes: fieldHashes(content, translatableFields),
    translatableFields,
    translations: readTranslations(latest as unknown as Record<string, unknown>, options.targetLocales),
    workflow: readWorkflow(latest as unknown as Record<string, unknown>),
  }
}
