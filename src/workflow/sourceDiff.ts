import { contentHash } from './contentHash'

/**
 * One hash per source field, so a translation can record what it was made from and later say
 * exactly which fields changed. Canonical hashing: rich text counts as changed when its text or
 * structure changes, not when only its JSON key order does.
 */
export const fieldHashes = (
  content: Record<string, unknown>,
  names: readonly string[],
): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, contentHash({ value: content[name] ?? null })]))

/** Fields whose hash differs (or appeared, or disappeared) between two records, in `names` order. */
export const changedFields = (
  before: Record<string, string>,
  after: Record<string, string>,
  names: readonly string[] = [...new Set([...Object.keys(before), ...Object.keys(after)])],
): string[] => names.filter((name) => before[name] !== after[name])
