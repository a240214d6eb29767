import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { contentHash } from '../workflow/contentHash'
import { translatableFieldNames } from '../workflow/sourceContent'
import { fieldHashes } from '../workflow/sourceDiff'
import { readWorkflow, type WorkflowData } from '../workflow/state'
import { readTranslations, type TranslationData } from '../workflow/translationState'
import { WorkflowError } from './errors'
import { isLive } from './isLive'
import { readLatestSource, sourceContentOf } from './sourceHash'

export type TransitionContextData = {
  hash: string
  live: boolean
  /** The content fields of the latest draft in the source locale. */
  sourceContent: Record<string, unknown>
  /** Per-field hashes of the translatable source fields as stored now. */
  sourceFieldHashes: Record<string, string>
  translatableFields: string[]
  translations: Record<string, TranslationData>
  workflow: WorkflowData
}

/**
 * What the machines need to know about a document, read inside the caller's transaction. A caller
 * holding the row lock passes what the lock read (`locked`), so liveness is not read twice.
 */
export const loadTransitionContext = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
  locked?: { live: boolean },
): Promise<TransitionContextData> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  // One read serves both: the workflow groups are not localized, the content is read in the source locale.
  const latest = config && (await readLatestSource({ collection: config, options, req }, id))
  if (!config || !latest) throw new WorkflowError(`No ${collection} document with id ${id}: check the id.`, 404)
  const content = sourceContentOf(config, latest)
  const translatableFields = translatableFieldNames(config.fields)
  return {
    hash: contentHash(content),
    live: locked ? locked.live : await isLive(req, collection, id),
    sourceContent: content,
    sourceFieldHashes: fieldHashes(content, translatableFields),
    translatableFields,
    translations: readTranslations(latest, options.targetLocales),
    workflow: readWorkflow(latest),
  }
}
