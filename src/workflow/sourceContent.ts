import type { Block, Field, FlattenedField } from 'payload'
import { fieldAffectsData, flattenAllFields } from 'payload/shared'

import { REFERENCED_BLOCKS } from './blockReferences'
import { sameContent } from './contentHash'
import { PLUGIN_FIELDS } from './fieldNames'
import { isEmpty } from './progress'
import { fieldHashes } from './sourceDiff'

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

/**
 * Content fields that are translated, in form order: the localized ones, and the shared ones holding
 * localized fields below them (mixed fields, see holdsLocalized), whose text is their localized leaves.
 */
export const translatableFieldNames = (fields: Fields): string[] => {
  const localized = localizedFieldNames(fields)
  const mixed = mixedFields(fields)
  return contentFieldNames(fields).filter((name) => localized.has(name) || mixed.has(name))
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

type BlockFields = { fields: FlattenedField[]; slug: string }

/**
 * The blocks a blocks field allows, with their fields: its own, and those it references by slug
 * (`blockReferences`), which withReferencedBlocks found in `config.blocks` for it.
 */
export const blocksOf = (field: FlattenedField): BlockFields[] => {
  if (field.type !== 'blocks') return []
  const referenced = (field.custom?.[REFERENCED_BLOCKS] ?? []) as Block[]
  return [...field.blocks, ...(field.blockReferences ?? [])].flatMap((block) => {
    if (typeof block !== 'string') return [{ fields: block.flattenedFields, slug: block.slug }]
    const found = referenced.find((candidate) => candidate.slug === block)
    return found
      ? [{ fields: flattenAllFields({ cache: true, fields: found.fields }), slug: found.slug }]
      : []
  })
}

/** The sub-fields a value of `field` holds (of a block row: its block's, by `blockType`). */
const subFields = (field: FlattenedField, row?: Row): FlattenedField[] => {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return field.flattenedFields
  const blocks = blocksOf(field)
  if (!row) return blocks.flatMap((block) => block.fields)
  return blocks.find((block) => block.slug === row.blockType)?.fields ?? []
}

// `seen`: a block may hold a blocks field that references it again.
const holds = (field: FlattenedField, seen: Set<FlattenedField[]>): boolean => {
  if (isLocalized(field)) return false
  return subFields(field).some((sub) => {
    if (isLocalized(sub)) return true
    const inner = sub.type === 'blocks' ? blocksOf(sub).map((block) => block.fields) : []
    if (inner.some((fields) => seen.has(fields))) return false
    return holds(sub, new Set([...seen, ...inner]))
  })
}

/**
 * Not localized itself but with localized fields below it (a group, named tab, array or blocks
 * shared by all languages): Payload stores one value whose localized leaves hold one value per locale.
 */
export const holdsLocalized = (field: FlattenedField): boolean => holds(field, new Set())

/** The top-level fields that hold localized fields below them, by name. */
export const mixedFields = (fields: Fields): Map<string, FlattenedField> =>
  new Map(
    topLevelFields(fields)
      .filter((field) => holdsLocalized(field))
      .map((field) => [field.name, field]),
  )

type At = (value: unknown, path: Path, field: FlattenedField) => unknown

/** `value` of `field` with each localized field below it replaced by `at(its value, its path, it)`; rows are found by id. */
const mapLocalized = (field: FlattenedField, value: unknown, at: At, path: Path): unknown => {
  if (isLocalized(field)) return at(value, path, field)
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
const mapRow = (fields: FlattenedField[], row: Row, at: At, path: Path): Row => {
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
 * A mixed field's value in one locale after a partial write (Payload leaves a sub-field the write
 * leaves out as it was, and finds array and blocks rows by id): the shared part as written over
 * `before`; each localized field as written when `localized` is 'written', else as `before` has it.
 */
const mergeWrite = (
  field: FlattenedField,
  written: unknown,
  before: unknown,
  localized: 'before' | 'written',
): unknown => {
  if (isLocalized(field)) return localized === 'before' ? (before ?? null) : written
  const merge = (fields: FlattenedField[], row: Row, old: Row | undefined): Row => {
    const merged: Row = { ...old, ...row }
    for (const sub of fields)
      merged[sub.name] =
        sub.name in row
          ? mergeWrite(sub, row[sub.name], old?.[sub.name], localized)
          : (old?.[sub.name] ?? null)
    return merged
  }
  if (field.type === 'group' || field.type === 'tab')
    return isRow(written)
      ? merge(subFields(field), written, isRow(before) ? before : undefined)
      : written
  if ((field.type !== 'array' && field.type !== 'blocks') || !Array.isArray(written)) return written
  return written.map((row: unknown, index) =>
    isRow(row) ? merge(subFields(field, row), row, rowOf(before, row, index)) : row,
  )
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
): unknown => mergeWrite(field, written, source, 'before')

/**
 * A mixed field's value in the locale of a write, after that write: what it writes over what was
 * stored (`before`, read in that locale), sub-fields it leaves out unchanged. Payload hands hooks a
 * named group or tab the write leaves out as `{}`, which is no change.
 */
export const mixedAfterWrite = (
  field: FlattenedField,
  written: unknown,
  before: unknown,
): unknown => (written === undefined ? before : mergeWrite(field, written, before, 'written'))

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

const pathKey = (path: Path): string => path.join('.')

/** A localized field below a mixed field: its path (see localizedLeaves), its config, its value. */
export type Leaf = { field: FlattenedField; path: string; value: unknown }

/** Every localized field below a mixed field, in a value of it in one locale, in form order. */
export const leavesOf = (field: FlattenedField, value: unknown): Leaf[] => {
  const leaves: Leaf[] = []
  mapLocalized(
    field,
    value,
    (leaf, path, sub) => {
      leaves.push({ field: sub, path: pathKey(path), value: leaf })
      return leaf
    },
    [],
  )
  return leaves
}

/**
 * The text of a mixed field in one locale (its value read in that locale, or mixedInLocale): each
 * localized field below it that has content, by path (field names, and row ids in arrays and
 * blocks, joined by dots). The shared part is not in it: it is not translated text.
 */
export const localizedLeaves = (field: FlattenedField, value: unknown): Row =>
  Object.fromEntries(
    leavesOf(field, value)
      .filter((leaf) => !isEmpty(leaf.value))
      .map((leaf) => [leaf.path, leaf.value]),
  )

/** A mixed field's value in one locale with the localized fields `leaves` names (by path) set to its values. */
export const withLeaves = (field: FlattenedField, value: unknown, leaves: Row): unknown =>
  mapLocalized(
    field,
    value,
    (leaf, path) => (pathKey(path) in leaves ? leaves[pathKey(path)] : leaf),
    [],
  )

/**
 * Each translatable field's text in `content` (one locale): a localized field's value, a mixed
 * field's localized leaves. What translation tracking hashes, counts and delivers: one definition
 * of "a field's text in a locale" for all of them (an empty text, `{}` for a mixed field, is nothing
 * to translate).
 */
export const translationText = (
  fields: Fields,
  content: Row,
  names: readonly string[] = translatableFieldNames(fields),
): Row => {
  const mixed = mixedFields(fields)
  return Object.fromEntries(
    names.map((name) => {
      const field = mixed.get(name)
      return [name, field ? localizedLeaves(field, content[name]) : (content[name] ?? null)]
    }),
  )
}

/**
 * Per translatable field, the hash of its source text (see translationText), which a translation
 * records as what it was made from. A mixed field's hash covers its localized leaves only: a change
 * of its shared part (an image, a link's URL, the rows' order) leaves every translated sentence
 * right, so it does not make the translation outdated; adding, removing or rewriting English text
 * inside it does.
 */
export const translationHashes = (
  fields: Fields,
  content: Row,
  names: readonly string[] = translatableFieldNames(fields),
): Record<string, string> => fieldHashes(translationText(fields, content, names), names)

/**
 * Each translatable field of a stored row (every locale) read in `locale`: a localized field's value
 * in it, a mixed field as mixedInLocale gives it.
 */
export const contentInLocale = (
  fields: Fields,
  row: Row,
  names: readonly string[],
  locale: string,
): Row => {
  const mixed = mixedFields(fields)
  return Object.fromEntries(
    names.map((name) => {
      const field = mixed.get(name)
      if (field) return [name, mixedInLocale(field, row[name], locale)]
      return [name, (row[name] as null | Row | undefined)?.[locale] ?? null]
    }),
  )
}

/**
 * Whether a write in one locale changes a mixed field's text in that locale (its localized fields
 * the write holds; rows found by id). Its shared part, and sub-fields it leaves out, do not count.
 */
export const mixedTextChanged = (
  field: FlattenedField,
  written: unknown,
  before: unknown,
): boolean => {
  if (isLocalized(field)) return !sameContent(written ?? null, before ?? null)
  const rowChanged = (fields: FlattenedField[], row: Row, old: Row | undefined) =>
    fields.some((sub) => sub.name in row && mixedTextChanged(sub, row[sub.name], old?.[sub.name]))
  if ((field.type === 'group' || field.type === 'tab') && isRow(written))
    return rowChanged(subFields(field), written, isRow(before) ? before : undefined)
  if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(written))
    return written.some(
      (row: unknown, index) =>
        isRow(row) && rowChanged(subFields(field, row), row, rowOf(before, row, index)),
    )
  return false
}

/**
 * A mixed field's stored value (every locale) with the text of `locale` replaced by `leaves` (see
 * localizedLeaves): each localized field found there, by its path, carries that text; every other
 * one (not approved, or in a row added since) loses its `locale` text, so readers get the source.
 */
export const withLocaleText = (
  field: FlattenedField,
  value: unknown,
  locale: string,
  leaves: Row,
): unknown =>
  mapLocalized(
    field,
    value,
    (localized, path) => {
      const key = pathKey(path)
      if (!isRow(localized)) return key in leaves ? { [locale]: leaves[key] } : localized
      const others = Object.fromEntries(Object.entries(localized).filter(([at]) => at !== locale))
      return key in leaves ? { ...others, [locale]: leaves[key] } : others
    },
    [],
  )
