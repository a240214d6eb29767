import type { CollectionBeforeOperationHook } from 'payload'

import { argsOf, callerQueries, fromCaller } from './callerQuery'
import { queryRefused } from './queryRefused'

/**
 * REST and GraphQL lists (and the joins they ask for) answer at most `maxLimit` documents a page:
 * `limit` above it, `limit=0` and `pagination=false` (Payload's "everything at once"), a negative,
 * fractional or non-numeric limit (or page) are a 400 saying how to page instead. The server's own Local API
 * calls are not limited, nor are bulk PATCH/DELETE, which Payload bounds by their `where`.
 */
export const capListLimits =
  ({ maxLimit }: { maxLimit: number }): CollectionBeforeOperationHook =>
  ({ args: incoming, collection, operation, req }) => {
    const args = argsOf(incoming)
    if (operation !== 'read' && operation !== 'readDistinct') return incoming
    const paging = `page through with page=2, 3…`
    // A GraphQL join field reads through the Local API with the caller's access and limit + 1.
    if (
      req.payloadAPI === 'GraphQL' &&
      args.overrideAccess === false &&
      typeof args.limit === 'number' &&
      args.limit > maxLimit + 1
    ) {
      throw queryRefused('invalid_limit', `limit is at most ${maxLimit}: ${paging}`)
    }
    if (!fromCaller(args, req)) return incoming
    if (args.pagination === false) {
      throw queryRefused(
        'invalid_limit',
        `pagination=false would answer every document at once: ask for at most ${maxLimit} a page (limit=${maxLimit}) and ${paging}`,
      )
    }
    for (const { at, limit, page } of callerQueries(args, collection)) {
      if (page !== undefined && (typeof page !== 'number' || !Number.isInteger(page) || page < 1)) {
        throw queryRefused(
          'invalid_page',
          `${at ? `${at}[page]` : 'page'}=${String(page)} is not a page number: use 1, 2, 3…`,
        )
      }
      const name = at ? `${at}[limit]` : 'limit'
      if (limit === undefined) continue
      if (limit === 0)
        throw queryRefused(
          'invalid_limit',
          `${name}=0 would answer every document at once: use a number from 1 to ${maxLimit} and ${paging}`,
        )
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
        throw queryRefused(
          'invalid_limit',
          `${name}=${String(limit)} is not a page size: use a whole number from 1 to ${maxLimit} and ${paging}`,
        )
      }
      if (limit > maxLimit)
        throw queryRefused('invalid_limit', `${name} is at most ${maxLimit}: ${paging}`)
    }
    return incoming
  }
