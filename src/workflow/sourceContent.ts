import type { Field } from 'payload'

import { PLUGIN_FIELDS } from './fieldNames'

export { WORKFLOW_FIELD } from './fieldNames'

// Written by Payload or by the plugin, not content.
const SYSTEM_KEYS = new Set<string>(['_status', 'createdAt', 'deletedAt', 'id', 'updatedAt', ...PLUGIN_FIELDS])

type Named = { localized?: boolean; name: string; type: string }

const named = (fields: Field[]): Named[] =>
  fields.filter((field): field is Field & Named => 'name' in field && typeof field.name === 'string')

/** Top-level fields that hold content (not joins, UI, or the workflow group). */
export const contentFieldNames = (fields: Field[]): string[] =>
  named(fields)
    .filter((field) => field.type !== 'join' && field.type !== 'ui' && !SYSTEM_KEYS.has(field.name))
    .map((field) => field.name)

export const localizedFieldNames = (fields: Field[]): Set<string> =>
  new Set(named(fields).filter((field) => field.localized).map((field) => field.name))

/** Content fields that are translated: localized, in form order. */
export const translatableFieldNames = (fields: Field[]): string[] => {
  const localized = localizedFieldNames(fields)
  return contentFieldNames(fields).filter((name) => localized.has(name))
}

/** The content fields of a document read in the source locale. */
export const pickContent = (doc: Record<string, unknown>, names: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(names.map((name) => [name, doc[name] ?? null]))
