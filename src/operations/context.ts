import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { contentHash } from '../workflow/contentHash'
import { isEmpty } from '../workflow/progress'
import {
  pickContent,
  translatableFieldNames,
  translationHashes,
  translationText,
} from '../workflow/sourceContent'
import { readWorkflow, type WorkflowData } from '../workflow/state'
import { readTranslations, type TranslationData } from '../workflow/translationState'
import { WorkflowError } from './errors'
import { isAnnounced, isLive } from './isLive'
import { readPublishedSource } from './publishedSource'
import { readLatestSource, sourceContentOf } from './sourceHash'

/** The latest published version in the source locale: what readers get, and what `discard` goes back to. */
export type PublishedSource = {
  content: Record<string, unknown>
  hash: string
  workflow: WorkflowData
}

/** The stub `announce` would make: the announce fields' source values in the latest draft, and their hash. */
export type Stub = {
  content: Record<string, unknown>
  empty: boolean
  fields: string[]
  hash: string
}

export type TransitionContextData = {
  /** Readers get an announced stub (status coming_soon), not the full text. */
  announced: boolean
  /** The stub of a collection listed in `announceFields`; null for the others. */
  stub: null | Stub
  /** The latest draft in the source locale, workflow groups included (what the app's `can` is shown). */
  doc: Record<string, unknown>
  /** True when the working copy's source content differs from the published version's. */
  draftChanges: boolean
  hash: string
  /** The full text is published (an announced stub is not: see `announced`). */
  live: boolean
  /** The published version, when the document is live. */
  published: null | PublishedSource
  /** Per-field hashes of the translatable source fields as published ({} when not live). */
  publishedFieldHashes: Record<string, string>
  /** The content fields of the latest draft in the source locale. */
  sourceContent: Record<string, unknown>
  /** Per-field hashes of the translatable source fields as stored now. */
  sourceFieldHashes: Record<string, string>
  translatableFields: string[]
  /** Each translatable field's text in `content` (one locale), as progress counts it (see translationText). */
  translatableText: (content: Record<string, unknown>) => Record<string, unknown>
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
  if (!config || !latest)
    throw new WorkflowError(
      tw(req.t, 'errorNotFound', { collection, id: String(id) }),
      404,
      'not_found',
    )
  const content = sourceContentOf(config, latest)
  const translatableFields = translatableFieldNames(config.flattenedFields)
  const hash = contentHash(content)
  const rowLive = locked ? locked.live : await isLive(req, collection, id)
  const announced = rowLive && (await isAnnounced(req, collection, id))
  const live = rowLive && !announced
  const published = live
    ? await readPublishedSource({ collection: config, options, req }, id)
    : null
  return {
    announced,
    stub: stubOf(config, options, latest),
    doc: latest,
    draftChanges: published !== null && published.hash !== hash,
    hash,
    live,
    published,
    publishedFieldHashes: published
      ? translationHashes(config.flattenedFields, published.content, translatableFields)
      : {},
    sourceContent: content,
    sourceFieldHashes: translationHashes(config.flattenedFields, content, translatableFields),
    translatableFields,
    translatableText: (doc) => translationText(config.flattenedFields, doc, translatableFields),
    translations: readTranslations(latest, options.targetLocales),
    workflow: readWorkflow(latest),
  }
}

/** The title of a stub: the collection's `useAsTitle` when it is a stub field, else the first stub field. */
const stubOf = (
  config: SanitizedCollectionConfig,
  options: SanitizedWorkflowOptions,
  latest: Record<string, unknown>,
): null | Stub => {
  const fields = options.announceFields[config.slug]
  if (!fields?.length) return null
  const content = pickContent(latest, fields)
  const title =
    config.admin?.useAsTitle && fields.includes(config.admin.useAsTitle)
      ? config.admin.useAsTitle
      : fields[0]!
  return { content, empty: isEmpty(content[title]), fields, hash: contentHash(content) }
}
