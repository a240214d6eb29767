import { createHash } from 'node:crypto'

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * JSON with object keys sorted at every level, empty values dropped, relationship objects reduced
 * to their id and array rows stripped of their generated `id`: two documents that say the same
 * thing give the same text, whatever the key order (rich text included).
 */
export const canonicalize = (value: unknown, inArray = false): unknown => {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((item) => canonicalize(item, true))
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('relationTo' in record && 'value' in record) return canonicalize(record.value)
    if (!inArray && 'id' in record && ('createdAt' in record || 'filename' in record))
      return record.id
    const keys = Object.keys(record)
      .filter((key) => !(inArray && key === 'id') && !isEmpty(record[key]))
      .sort()
    return Object.fromEntries(keys.map((key) => [key, canonicalize(record[key])]))
  }
  return value
}

/** Whether two values say the same thing (canonical comparison, see canonicalize). */
export const sameContent = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonicalize(a ?? null)) === JSON.stringify(canonicalize(b ?? null))

/** SHA-256 of the canonical form of `content` (the source-locale content fields of a document). */
export const contentHash = (content: Record<string, unknown>): string =>
  createHash('sha256')
    .update(JSON.stringify(canonicalize(content)))
    .digest('hex')
