import type { FlattenedField } from 'payload'

import { idOf } from '../workflow/ids'
import { blocksOf } from '../workflow/sourceContent'

/** A field of a governed collection that points at an upload collection. */
export type UploadPath = {
  /** Whether the value differs per locale (the field or one of its containers is localized). */
  localized: boolean
  /** A rich-text field: its upload nodes (`{ type: 'upload', relationTo, value }`) point at uploads. */
  richText?: true
  /** Dotted path for a `where` (`image`, `gallery.image`, `layout.picture`). */
  path: string
  relationTo: string
  /** The top-level field holding it, for a `select`. */
  top: string
}

/**
 * Upload and relationship fields pointing at one of `uploadSlugs`, inside groups, arrays, named tabs
 * and blocks, and rich-text fields (whose upload nodes may point at any of them). Polymorphic
 * relationships and blocks given by reference are not walked.
 */
export const uploadPathsIn = (
  fields: readonly FlattenedField[],
  uploadSlugs: ReadonlySet<string>,
  within: { localized: boolean; prefix: string; top: null | string } = {
    localized: false,
    prefix: '',
    top: null,
  },
): UploadPath[] =>
  fields.flatMap((field): UploadPath[] => {
    const path = within.prefix ? `${within.prefix}.${field.name}` : field.name
    const next = {
      localized: within.localized || Boolean(field.localized),
      prefix: path,
      top: within.top ?? field.name,
    }
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return typeof field.relationTo === 'string' && uploadSlugs.has(field.relationTo)
          ? [{ localized: next.localized, path, relationTo: field.relationTo, top: next.top }]
          : []
      case 'richText':
        return [...uploadSlugs].map((relationTo) => ({
          localized: next.localized,
          path,
          relationTo,
          richText: true,
          top: next.top,
        }))
      case 'array':
      case 'group':
      case 'tab':
        return uploadPathsIn(field.flattenedFields, uploadSlugs, next)
      case 'blocks':
        // Its own blocks and those it references from config.blocks by slug.
        return blocksOf(field).flatMap((block) => uploadPathsIn(block.fields, uploadSlugs, next))
      default:
        return []
    }
  })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const idsOf = (value: unknown): (number | string)[] => {
  const id = idOf(value)
  return id === null ? [] : [id]
}

/** Ids of the upload nodes for `relationTo` anywhere in a rich-text value (Lexical JSON). */
export const uploadNodeIds = (value: unknown, relationTo: string): (number | string)[] => {
  if (Array.isArray(value)) return value.flatMap((item) => uploadNodeIds(item, relationTo))
  if (!isRecord(value)) return []
  const own = value.type === 'upload' && value.relationTo === relationTo ? idsOf(value.value) : []
  return [...own, ...Object.values(value).flatMap((item) => uploadNodeIds(item, relationTo))]
}

/**
 * Ids found at `path` in a row read with any locale or `locale: 'all'` (where a localized value is
 * an object keyed by locale): through arrays, block rows and locale keys (only `only`'s, when given).
 */
export const idsAtPath = (
  value: unknown,
  segments: readonly string[],
  locales: ReadonlySet<string>,
  leaf: (value: unknown) => (number | string)[] = idsOf,
  only?: string,
): (number | string)[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value) && (segments.length > 0 || leaf === idsOf))
    return value.flatMap((item) => idsAtPath(item, segments, locales, leaf, only))
  if (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => locales.has(key))
  ) {
    // A localized value: every locale's, or with `only` the one locale's.
    const values = only === undefined ? Object.values(value) : [value[only]]
    return values.flatMap((item) => idsAtPath(item, segments, locales, leaf, only))
  }
  if (segments.length === 0) return leaf(value)
  return isRecord(value)
    ? idsAtPath(value[segments[0]!], segments.slice(1), locales, leaf, only)
    : []
}
