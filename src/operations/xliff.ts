import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { isWorkflowStaff } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import { tw } from '../translations'
import { isEmpty } from '../workflow/progress'
import {
  leavesOf,
  mixedFields,
  topLevelField,
  translatableFieldNames,
  translationHashes,
  withLeaves,
} from '../workflow/sourceContent'
import { fieldHashes } from '../workflow/sourceDiff'
import {
  applyXliff,
  exportXliff,
  parseXliff,
  XliffError,
  type XliffField,
  type XliffFieldKind,
} from '../xliff'
import { WorkflowError } from './errors'
import { NO_JOINS } from './noJoins'
import { preservingLocale } from './preservingLocale'
import { readLatestSource, sourceContentOf } from './sourceHash'

type Target = { collection: string; id: number | string; locale: string }

const kindOf = (field: FlattenedField): XliffFieldKind | null => {
  if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText')
    return field.type
  if (field.type === 'array') {
    // Rows of one text field (besides Payload's row id), e.g. recommendations.
    const data = field.flattenedFields.filter((sub) => sub.name !== 'id')
    if (data.length === 1 && data[0]!.name === 'text') return 'array-text'
  }
  return null
}

/** Loads what both directions need: the text fields with their English and current target values. */
const load = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  { collection, id, locale }: Target,
) => {
  const user = req.user
  if (!user) throw new WorkflowError(tw(req.t, 'errorSignInXliff'), 401, 'sign_in')
  if (!isWorkflowStaff(user, options))
    throw new WorkflowError(tw(req.t, 'errorStaffOnlyXliff'), 403, 'staff_only')
  if (!options.targetLocales.includes(locale)) {
    throw new WorkflowError(
      tw(req.t, 'errorNotTranslationLocale', {
        locale,
        locales: options.targetLocales.map((code) => `${code}.xlf`).join(', '),
      }),
      400,
      'not_translation_locale',
    )
  }
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config)
    throw new WorkflowError(
      tw(req.t, 'errorNoTranslationWorkflow', { collection }),
      404,
      'no_workflow',
    )
  // One after the other: each Local API call sets req.locale, so two in parallel would read the same locale.
  const source = await readLatestSource({ collection: config, options, req }, id)
  const target = await preservingLocale(req, () =>
    req.payload.findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      fallbackLocale: false,
      id,
      joins: NO_JOINS,
      locale: locale as 'fr',
      overrideAccess: true,
      req,
    }),
  )
  if (!source || !target)
    throw new WorkflowError(
      tw(req.t, 'errorNotFound', { collection, id: String(id) }),
      404,
      'not_found',
    )
  const names = translatableFieldNames(config.flattenedFields)
  const mixed = mixedFields(config.flattenedFields)
  const hashes = translationHashes(config.flattenedFields, sourceContentOf(config, source), names)
  const fields: XliffField[] = []
  const sourceHashes: Record<string, string> = {}
  const targetDoc = target as unknown as Record<string, unknown>
  for (const name of names) {
    const field = mixed.get(name)
    if (!field) {
      const top = topLevelField(config.flattenedFields, name)
      const kind = top ? kindOf(top) : null
      if (kind) fields.push({ kind, name, source: source[name], target: targetDoc[name] })
      sourceHashes[name] = hashes[name]!
      continue
    }
    // A shared group, tab, array or blocks: one field per localized text inside it, named by its
    // path (row ids included), with the hash of its own source text, so that each is checked alone.
    const targets = new Map(leavesOf(field, targetDoc[name]).map((leaf) => [leaf.path, leaf.value]))
    for (const leaf of leavesOf(field, source[name])) {
      const kind = kindOf(leaf.field)
      if (!kind || isEmpty(leaf.value)) continue
      const leafName = `${name}.${leaf.path}`
      fields.push({ kind, name: leafName, source: leaf.value, target: targets.get(leaf.path) })
      sourceHashes[leafName] = fieldHashes({ [leafName]: leaf.value }, [leafName])[leafName]!
    }
  }
  return { fields, mixed, sourceHashes, target: targetDoc }
}

/**
 * The write an import makes: top-level fields as translated; the texts of each mixed field (named
 * `field.path`) set into its current target-locale value, whose shared part stays as it is.
 */
const foldLeaves = (
  texts: Record<string, unknown>,
  mixed: Map<string, FlattenedField>,
  current: Record<string, unknown>,
): Record<string, unknown> => {
  const data: Record<string, unknown> = {}
  const leaves = new Map<string, Record<string, unknown>>()
  for (const [key, value] of Object.entries(texts)) {
    const name = [...mixed.keys()].find((candidate) => key.startsWith(`${candidate}.`))
    if (name === undefined) data[key] = value
    else leaves.set(name, { ...leaves.get(name), [key.slice(name.length + 1)]: value })
  }
  for (const [name, set] of leaves) data[name] = withLeaves(mixed.get(name)!, current[name], set)
  return data
}

/** XLIFF 1.2 of a document's text fields, English source with the current target text. */
export const exportTranslation = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: Target,
): Promise<string> => {
  const { fields, sourceHashes } = await load(req, options, target)
  return exportXliff({
    collection: target.collection,
    fields,
    id: target.id,
    sourceHashes,
    sourceLocale: options.sourceLocale,
    targetLocale: target.locale,
  })
}

/**
 * Imports a translated XLIFF file into the target-locale draft, as the caller (access, translator
 * scope and translation status apply as for any edit). Units without a translation change nothing.
 */
export const importTranslation = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: Target,
  xml: string,
) => {
  const { fields, mixed, sourceHashes, target: current } = await load(req, options, target)
  const parsed = parseXliff(xml)
  const { data: texts, incomplete } = applyXliff(parsed, {
    collection: target.collection,
    currentSourceHashes: sourceHashes,
    fields,
    id: target.id,
    sourceLocale: options.sourceLocale,
    targetLocale: target.locale,
  })
  // Text inside a shared field that is no longer there (its row removed, its English emptied) has
  // nowhere to go: the file is older than the document.
  const gone = Object.keys(parsed.sourceHashes).filter(
    (key) => !(key in sourceHashes) && [...mixed.keys()].some((name) => key.startsWith(`${name}.`)),
  )
  if (gone.length > 0)
    throw new XliffError('stale_source', `Source changed since export: ${gone.join(', ')}.`, {
      fields: gone,
      words: { key: 'xliffStaleSource', vars: { fields: gone.join(', ') } },
    })
  const data = foldLeaves(texts, mixed, current)
  // `as never`: Payload types `data` per slug, and this slug is known only at run time.
  const doc = Object.keys(data).length
    ? await req.payload.update({
        collection: target.collection as CollectionSlug,
        data: data as never,
        depth: 0,
        draft: true,
        id: target.id,
        locale: target.locale as 'fr',
        overrideAccess: false,
        req,
      })
    : null
  return {
    imported: Object.keys(texts),
    incomplete,
    updatedAt: (doc as { updatedAt?: string } | null)?.updatedAt ?? null,
  }
}
