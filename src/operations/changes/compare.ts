import type { FlattenedField } from 'payload'

import { canonicalize, sameContent } from '../../workflow/contentHash'
import { PLUGIN_FIELDS } from '../../workflow/fieldNames'
import { plainText } from './plainText'
import { type DiffPart, wordDiff } from './wordDiff'

/** A content field as the comparison needs it: its label is Payload's (string, `{ en, fr }` or a function). */
export type ContentField = {
  label: unknown
  localized: boolean
  name: string
  options?: Array<{ label: unknown; value: string }>
}

/** How a field's value reads as text: by default its plain text (see plainText). */
export type AsText = (field: ContentField, value: unknown) => string

export type FieldChange = {
  after: string
  before: string
  field: string
  label: unknown
  /** The locale of a translatable field's text; null for a field that is the same in every language. */
  locale: null | string
  parts: DiffPart[]
}

type Doc = Record<string, unknown>

// Written by Payload or by the plugin (states, hashes, delivery, progress): never content.
const BOOKKEEPING = new Set<string>([
  '_status',
  'createdAt',
  'deletedAt',
  'id',
  'updatedAt',
  ...PLUGIN_FIELDS,
])

/** The fields whose values are content, in form order (rows, collapsibles and unnamed tabs flattened). */
export const contentFields = (fields: FlattenedField[]): ContentField[] =>
  fields
    // Flattened fields all hold data; joins and virtual fields are read from elsewhere.
    .filter(
      (field) =>
        field.type !== 'join' &&
        !(field as { virtual?: unknown }).virtual &&
        !BOOKKEEPING.has(field.name),
    )
    .map((field) => ({
      label: 'label' in field ? field.label : undefined,
      localized: Boolean(field.localized),
      name: field.name,
      ...((field.type === 'select' || field.type === 'radio') && {
        options: field.options.map((option) =>
          typeof option === 'string'
            ? { label: option, value: option }
            : { label: option.label, value: option.value },
        ),
      }),
    }))

const valueIn = (doc: Doc, field: ContentField, locale: null | string) => {
  const value = doc[field.name]
  return locale === null ? value : (value as Doc | null | undefined)?.[locale]
}

/**
 * Field by field (and language by language for translatable fields), what differs between two
 * versions read with `locale: 'all'`, as readable text with the changed words marked.
 */
export const compareVersions = (
  fields: ContentField[],
  before: Doc,
  after: Doc,
  locales: readonly string[],
  asText: AsText = (_, value) => plainText(value),
): FieldChange[] =>
  fields.flatMap((field) =>
    (field.localized ? locales : [null]).flatMap((locale) => {
      const [from, to] = [valueIn(before, field, locale), valueIn(after, field, locale)]
      if (sameContent(from, to)) return []
      const [beforeText, afterText] = [asText(field, from), asText(field, to)]
      return [
        {
          after: afterText,
          before: beforeText,
          field: field.name,
          label: field.label,
          locale,
          parts: wordDiff(beforeText, afterText),
        },
      ]
    }),
  )

/** The content of a version in every language, canonical: equal keys, same content. */
export const contentKey = (fields: ContentField[], doc: Doc): string =>
  JSON.stringify(
    canonicalize(Object.fromEntries(fields.map((field) => [field.name, doc[field.name] ?? null]))),
  )

export type Row = { id: number | string; updatedAt: string; version: Doc }

/**
 * The versions whose content differs from the one before them, oldest first (a transition writes a
 * version with only workflow changes: those are left out), each with the languages it changed.
 */
export const contentVersions = (
  fields: ContentField[],
  rows: Row[],
  locales: readonly string[],
): Array<Row & { locales: string[] }> => {
  const ordered = [...rows].sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))
  const kept: Array<Row & { locales: string[] }> = []
  let previous: Doc | undefined
  for (const row of ordered) {
    if (!previous || contentKey(fields, previous) !== contentKey(fields, row.version)) {
      const changes = previous ? compareVersions(fields, previous, row.version, locales) : []
      const changed = [...new Set(changes.map((change) => change.locale ?? locales[0]!))]
      kept.push({ ...row, locales: previous ? changed : [...locales] })
    }
    previous = row.version
  }
  return kept
}

/**
 * The version a reviewer last saw, among `rows` (newest first): the latest written no later than
 * the last approve / request_changes event (a transition writes its version just before its event,
 * in one transaction); without one, the latest published version; else none (a first review).
 */
export const baselineRow = (
  rows: Row[],
  reviewedAt?: string,
): { kind: 'published' | 'review'; row: Row } | null => {
  const reviewed =
    reviewedAt === undefined
      ? undefined
      : rows.find((row) => Date.parse(row.updatedAt) <= Date.parse(reviewedAt))
  if (reviewed) return { kind: 'review', row: reviewed }
  const published = rows.find((row) => row.version._status === 'published')
  return published ? { kind: 'published', row: published } : null
}
