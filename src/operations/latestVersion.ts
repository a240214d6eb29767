import type { Where } from 'payload'

/**
 * The query arguments that find a document's latest version (its current draft), the way Payload's
 * own update finds the document it edits: one statement, for `payload.findVersions` or the adapter's.
 */
export const latestVersionOf = (
  id: number | string,
): { limit: 1; pagination: false; sort: string; where: Where } => ({
  limit: 1,
  pagination: false,
  sort: '-updatedAt',
  where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
})
