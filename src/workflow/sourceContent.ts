import type { Field, FlattenedField } from 'payload'
import { fieldAffectsData, flattenAllFields } from 'payload/shared'

import { sameContent } from './contentHash'
import { PLUGIN_FIELDS } from './fieldNames'

// Written by Payload or by the plugin, not content.
const SYSTEM_KEYS = new Set<string>([
  '_status',
  'createdAt',
  'deletedAt',
  'id',
  'updatedAt',
  ...PLUGIN_FIELDS,
])

/** Fields as a collection's config holds them, or already flattened (`collection.flattenedFields`). */
export type Fields = readonly Field[] | readonly FlattenedField[]

/**
 * The fields stored at the top level of a document, as Payload flattens them: fields inside rows,
 * collapsibles and unnamed tabs come up to the top level (their data lives there); named tabs,
 * groups, arrays and blocks stay one field each, holding their sub-fields. Flattening flattened
 * fields gives them back as they are, so callers may pass either.
 */
export const topLevelFields = (fields: Fields): FlattenedField[] =>
  flattenAllFields({ fields: fields as Field[] }).filter((field) =>
    fieldAffectsData(field as Field),
  )

/** The top-level field of that name, wherever the form shows it (row, collapsible, tab). */
export const topLevelField = (fields: Fields, name: string): FlattenedField | undefined =>
  topLevelFields(fields).find((field) => field.name === name)

/** Top-level fields that hold content (not joins, UI, or the workflow group). */
export const contentFields = (fields: Fields): FlattenedField[] =>
  topLevelFields(fields).filter((field) => field.type !== 'join' && !SYSTEM_KEYS.has(field.name))

export const contentFieldNames = (fields: Fields): string[] =>
  contentFields(fields).map((field) => field.name)

export const localizedFieldNames = (fields: Fields): Set<string> =>
  new Set(
    topLevelFields(fields)
      .filter((field) => 'localized' in field && field.localized)
      .map((field) => field.name),
  )

/** Content fields that are translated: localized, in form order. */
export const translatableFieldNames = (fields: Fields): string[] => {
  const localized = localizedFieldNames(fields)
  return contentFieldNames(fields).filter((name) => localized.has(name))
}

/** The content fields of a document read in the source locale. */
export const pickContent = (
  doc: Record<string, unknown>,
  names: readonly string[],
): Record<string, unknown> => Object.fromEntries(names.map((name) => [name, doc[name] ?? null]))

type Row = Record<string, unknown>
type Path = (number | string)[]

const isRow = (value: unknown): value is Row =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const isLocalized = (field: FlattenedField) => 'localized' in field && Boolean(field.localized)

/** The sub-fields a value of `field` holds (of a block row: its block's, by `blockType`). */
const subFields = (field: FlattenedField, row?: Row): FlattenedField[] => {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return field.flattenedFields
  if (field.type !== 'blocks') return []
  const blocks = field.blocks.filter((block) => typeof block !== 'string')
  if (!row) return blocks.flatMap((block) => block.flattenedFields)
  return blocks.find((block) => block.slug === row.blockType)?.flattenedFields ?? []
}

/**
 * Not localized itself but with localized fields below it (a group, named tab, array or blocks
 * shared by all languages): Payload stores one value whose localized leaves hold one value per locale.
 */
export const holdsLocalized = (field: FlattenedField): boolean =>
  !isLocalized(field) && subFields(field).some((sub) => isLocalized(sub) || holdsLocalized(sub))

/** The top-level fields that hold localized fields below them, by name. */
export const mixedFields = (fields: Fields): Map<string, FlattenedField> =>
  new Map(
    topLevelFields(fields)
      .filter(holdsLocalized)
      .map((field) => [field.name, field]),
  )

/** `value` of `field` with each localized field below it replaced by `at(its value, its path)`; rows are found by id. */
const mapLocalized = (
  field: FlattenedField,
  value: unknown,
  at: (value: unknown, path: Path) => unknown,
  path: Path,
): unknown => {
  if (isLocalized(field)) return at(value, path)
  if (field.type === 'group' || field.type === 'tab')
    return isRow(value) ? mapRow(subFields(field), value, at, path) : value
  if (field.type !== 'array' && field.type !== 'blocks') return value
  if (!Array.isArray(value)) return value
  return value.map((row: unknown, index) =>
    isRow(row)
      ? mapRow(subFields(field, row), row, at, [...path, (row.id as string | undefined) ?? index])
      : row,
  )
}
const mapRow = (
  fields: FlattenedField[],
  row: Row,
  at: (value: unknown, path: Path) => unknown,
  path: Path,
): Row => {
  const mapped = { ...row }
  for (const field of fields)
    if (field.name in row)
      mapped[field.name] = mapLocalized(field, row[field.name], at, [...path, field.name])
  return mapped
}

/** A mixed field's value read with `locale: 'all'`, as a read in `locale` gives it. */
export const mixedInLocale = (field: FlattenedField, value: unknown, locale: string): unknown =>
  mapLocalized(
    field,
    value,
    (localized) => (isRow(localized) ? (localized[locale] ?? null) : null),
    [],
  )

/** A mixed field's shared part: its localized fields emptied (a write in any locale changes only the rest for all). */
export const mixedShared = (field: FlattenedField, value: unknown): unknown =>
  mapLocalized(field, value, () => null, [])

const rowOf = (rows: unknown, row: Row, index: number): Row | undefined => {
  if (!Array.isArray(rows)) return undefined
  const found: unknown =
    row.id === undefined
      ? rows[index]
      : rows.find((candidate: unknown) => isRow(candidate) && candidate.id === row.id)
  return isRow(found) ? found : undefined
}

/**
 * The source-locale value of a mixed field after a write in another locale: the shared part as
 * written, each localized field (and each sub-field the write leaves out) as `source`, the value
 * stored in the source locale, has it.
 */
export const mixedWithSource = (
  field: FlattenedField,
  written: unknown,
  source: unknown,
): unknown => {
  if (isLocalized(field)) return source ?? null
  const merge = (fields: FlattenedField[], row: Row, before: Row | undefined): Row => {
    const merged: Row = { ...before, ...row }
    for (const sub of fields)
      merged[sub.name] =
        sub.name in row
          ? mixedWithSource(sub, row[sub.name], before?.[sub.name])
          : (before?.[sub.name] ?? null)
    return merged
  }
  if (field.type === 'group' || field.type === 'tab')
    return isRow(written)
      ? merge(subFields(field), written, isRow(source) ? source : undefined)
      : written
  if ((field.type !== 'array' && field.type !== 'blocks') || !Array.isArray(written)) return written
  return written.map((row: unknown, index) =>
    isRow(row) ? merge(subFields(field, row), row, rowOf(source, row, index)) : row,
  )
}

/** Whether a write of a mixed field changes its shared part (sub-fields it leaves out do not change). */
export const mixedSharedChanged = (
  field: FlattenedField,
  written: unknown,
  before: unknown,
): boolean => {
  if (isLocalized(field)) return false
  const rowChanged = (fields: FlattenedField[], row: Row, old: Row | undefined) =>
    fields.some((sub) => sub.name in row && mixedSharedChanged(sub, row[sub.name], old?.[sub.name]))
  if ((field.type === 'group' || field.type === 'tab') && isRow(written))
    return rowChanged(subFields(field), written, isRow(before) ? before : undefined)
  if (
    (field.type === 'array' || field.type === 'blocks') &&
    holdsLocalized(field) &&
    Array.isArray(written)
  ) {
    if (!Array.isArray(before) || before.length !== written.length) return true
    return written.some((row: unknown, index) => {
      const old: unknown = before[index]
      if (!isRow(row) || !isRow(old) || row.id !== old.id || row.blockType !== old.blockType)
        return !sameContent(row, old)
      return rowChanged(subFields(field, row), row, old)
    })
  }
  return !sameContent(written, before)
}

/**
 * A mixed field's value read with `locale: 'all'` without the text of `locales` in its localized
 * fields: what readers get while those fields are not reviewed per language (they read the source).
 */
export const mixedWithoutLocales = (
  field: FlattenedField,
  value: unknown,
  locales: readonly string[],
): unknown =>
  mapLocalized(
    field,
    value,
    (localized) =>
      isRow(localized)
        ? Object.fromEntries(
            Object.entries(localized).filter(([locale]) => !locales.includes(locale)),
          )
        : localized,
    [],
  )
