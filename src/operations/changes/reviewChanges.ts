import type { CollectionSlug, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import type { SanitizedWorkflowOptions } from '../../types'
import { tw } from '../../translations'
import { readWorkflow } from '../../workflow/state'
import { readTranslations } from '../../workflow/translationState'
import { WorkflowError } from '../errors'
import { plainText } from './plainText'
import { preservingLocale } from '../preservingLocale'
import {
  type AsText,
  baselineRow,
  compareVersions,
  type ContentField,
  contentFields,
  contentVersions,
  type FieldChange,
  type Row,
} from './compare'

/** What the reviewer compares with: the version at the last review, else the published one. */
export type Baseline =
  | {
      at: string
      by: null | string
      kind: 'review'
      transition: 'approve' | 'request_changes'
      versionId: number | string
    }
  | { at: string; kind: 'published'; versionId: number | string }
  | { kind: 'first' }

/** A version whose content changed (state-only versions are left out), who saved it and when. */
export type ContentVersion = {
  at: string
  by: null | string
  id: number | string
  locales: string[]
}

export type ReviewChanges = {
  baseline: Baseline
  changes: FieldChange[]
  current: { at: string; id: number | string } | null
  fields: ContentField[]
  /** Content versions after the baseline (all of them when there is none), newest first. */
  versions: ContentVersion[]
}

/** Transitions after which a reviewer has seen the content. */
export const REVIEW_TRANSITIONS = ['approve', 'request_changes'] as const

const MAX_VERSIONS = 300

type Names = (ids: unknown[]) => Promise<Map<string, string>>

const userNames =
  (req: PayloadRequest, options: SanitizedWorkflowOptions): Names =>
  async (ids) => {
    const wanted = [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]
    if (!wanted.length) return new Map()
    const { docs } = await req.payload.find({
      collection: options.usersSlug as 'users',
      depth: 0,
      limit: wanted.length,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: wanted } },
    })
    return new Map(
      docs.map((user) => [String(user.id), (user as { name?: null | string }).name || user.email]),
    )
  }

// The content editor of a version: the last one the workflow recorded for the language it changed.
const authorOf = (row: Row & { locales: string[] }, options: SanitizedWorkflowOptions): unknown => {
  if (row.locales.includes(options.sourceLocale))
    return readWorkflow(row.version).editors.at(-1) ?? null
  const translations = readTranslations(row.version, options.targetLocales)
  return (
    row.locales.map((locale) => translations[locale]?.editors.at(-1)).find((id) => id != null) ??
    null
  )
}

// A choice (select, radio) reads as its label in the admin's language, not its stored value.
const asTextFor =
  (req: PayloadRequest): AsText =>
  (field, value) => {
    if (!field.options) return plainText(value)
    const labelOf = (item: unknown) => {
      const option = field.options!.find((candidate) => candidate.value === item)
      return option ? String(getTranslation(option.label as string, req.i18n)) : plainText(item)
    }
    return Array.isArray(value)
      ? value.map(labelOf).join(', ')
      : value == null
        ? ''
        : labelOf(value)
  }

/**
 * "Changes since the last review" of a governed document: its latest version compared, field by
 * field and language by language, with the version a reviewer last saw (at the last approve or
 * request_changes), else with the published version. The caller must be allowed to read the document.
 */
export const reviewChanges = (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<ReviewChanges> =>
  preservingLocale(req, () => compareWithLastReview(req, options, collection, id))

const compareWithLastReview = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
): Promise<ReviewChanges> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config || !options.collections.includes(collection as CollectionSlug))
    throw new WorkflowError(tw(req.t, 'errorNoWorkflow', { collection }), 404, 'no_workflow')
  // Throws Forbidden / NotFound as a read would.
  await req.payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    draft: true,
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })
  const locales = [options.sourceLocale, ...options.targetLocales]
  const fields = contentFields(config.flattenedFields)
  const [{ docs }, { docs: events }] = await Promise.all([
    req.payload.findVersions({
      collection: collection as CollectionSlug,
      depth: 0,
      fallbackLocale: false,
      limit: MAX_VERSIONS,
      locale: 'all',
      overrideAccess: true,
      req,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    }),
    req.payload.find({
      collection: options.eventsSlug as 'workflow-events',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      sort: '-createdAt',
      where: {
        and: [
          { collection: { equals: collection } },
          { document: { equals: String(id) } },
          { locale: { equals: options.sourceLocale } },
          { transition: { in: [...REVIEW_TRANSITIONS] } },
        ],
      },
    }),
  ])
  const rows = docs as unknown as Row[]
  const current = rows[0]
  const event = events[0] as
    | undefined
    | { contentHash?: null | string; createdAt: string; transition: string; user?: unknown }
  const names = userNames(req, options)

  const found = baselineRow(rows, event?.createdAt)
  const baseRow = found?.row
  let baseline: Baseline = { kind: 'first' }
  if (found?.kind === 'review' && event) {
    const by = await names([event.user])
    baseline = {
      at: event.createdAt,
      by: by.get(String(event.user)) ?? null,
      kind: 'review',
      transition: event.transition as 'approve',
      versionId: found.row.id,
    }
  } else if (found)
    baseline = { at: found.row.updatedAt, kind: 'published', versionId: found.row.id }

  const since = baseRow
    ? rows.filter((row) => Date.parse(row.updatedAt) >= Date.parse(baseRow.updatedAt))
    : rows
  // The baseline itself is the starting point: only what came after it is listed.
  const changed = contentVersions(fields, since, locales).filter(
    (row) => !baseRow || row.id !== baseRow.id,
  )
  const authors = changed.map((row) => authorOf(row, options))
  const authorNames = await names(authors)
  return {
    baseline,
    changes:
      current && baseRow
        ? compareVersions(fields, baseRow.version, current.version, locales, asTextFor(req))
        : [],
    current: current ? { at: current.updatedAt, id: current.id } : null,
    fields,
    versions: changed
      .map((row, index) => ({
        at: row.updatedAt,
        by: authors[index] == null ? null : (authorNames.get(String(authors[index])) ?? null),
        id: row.id,
        locales: row.locales,
      }))
      .reverse(),
  }
}
