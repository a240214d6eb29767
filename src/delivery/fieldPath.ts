import type { Collection, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

/** A relationship, upload or join the path goes through to a field of another collection. */
export type Hop = { collection: string; localized: boolean; path: string }

/** The relations a dotted path crosses, and the field it ends at (undefined when a segment is unknown). */
export type PathWalk = { end?: FlattenedField; hops: Hop[]; localized?: boolean; rest: string[] }

/** A collection's sanitized config by slug, or undefined for an unknown slug. */
export const configOf = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, Collection | undefined>)[slug]?.config

const targetOf = (field: FlattenedField): string | undefined => {
  if (field.type === 'join')
    return typeof field.collection === 'string' ? field.collection : undefined
  if (field.type === 'relationship' || field.type === 'upload')
    return typeof field.relationTo === 'string' ? field.relationTo : undefined
  return undefined
}

/**
 * Follows `path` (`statement.workflow.approvedBy.name`, GraphQL's `__` as `.`) from `collection`
 * as Payload resolves query paths: into groups and tabs, across relationships, uploads and joins,
 * past a locale segment after a localized field. Stops at the first field that holds a value.
 */
export const walkPath = (payload: Payload, collection: string, path: string): PathWalk => {
  const config = configOf(payload, collection)
  const segments = path.replace(/__/g, '.').split('.')
  // A version query (`/versions`) names the document's fields under `version.`.
  if (
    segments[0] === 'version' &&
    config?.versions &&
    !config.flattenedFields.some((field: FlattenedField) => field.name === 'version')
  )
    segments.shift()
  const locales = new Set(
    payload.config.localization ? payload.config.localization.localeCodes : [],
  )
  const hops: Hop[] = []
  let fields: FlattenedField[] = config?.flattenedFields ?? []
  let localizedParent = false
  for (let index = 0; index < segments.length; index += 1) {
    const field = fields.find((candidate) => candidate.name === segments[index])
    if (!field) return { hops, rest: segments.slice(index) }
    const localized: boolean = localizedParent || Boolean(field.localized)
    let next = index + 1
    if (localized && locales.has(segments[next] ?? '')) next += 1
    const rest = segments.slice(next)
    const target = targetOf(field)
    if (target && rest.length) {
      hops.push({ collection: target, localized, path: segments.slice(0, next).join('.') })
      fields = configOf(payload, target)?.flattenedFields ?? []
      localizedParent = false
      index = next - 1
      continue
    }
    if ('flattenedFields' in field && rest.length) {
      fields = field.flattenedFields
      localizedParent = localized
      index = next - 1
      continue
    }
    return { end: field, hops, localized, rest }
  }
  return { hops, rest: [] }
}
