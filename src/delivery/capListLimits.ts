import type { CollectionBeforeOperationHook } from 'payload'

import { tw } from '../translations'
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
    // A GraphQL join field reads through the Local API with the caller's access and limit + 1.
    if (
      req.payloadAPI === 'GraphQL' &&
      args.overrideAccess === false &&
      typeof args.limit === 'number' &&
      args.limit > maxLimit + 1
    ) {
      throw queryRefused(
        'invalid_limit',
        tw(req.t, 'edgeLimitMax', { max: maxLimit, name: 'limit' }),
      )
    }
    if (!fromCaller(args, req)) return incoming
    if (args.pagination === false) {
      throw queryRefused('invalid_limit', tw(req.t, 'edgeLimitNoPagination', { max: maxLimit }))
    }
    for (const { at, limit, page } of callerQueries(args, collection)) {
      if (page !== undefined && (typeof page !== 'number' || !Number.isInteger(page) || page < 1)) {
        throw queryRefused(
          'invalid_page',
          tw(req.t, 'edgePageNumber', { name: at ? `${at}[page]` : 'page', value: String(page) }),
        )
      }
      const name = at ? `${at}[limit]` : 'limit'
      if (limit === undefined) continue
      if (limit === 0)
        throw queryRefused('invalid_limit', tw(req.t, 'edgeLimitZero', { max: maxLimit, name }))
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
        throw queryRefused(
          'invalid_limit',
          tw(req.t, 'edgeLimitSize', { max: maxLimit, name, value: String(limit) }),
        )
      }
      if (limit > maxLimit)
        throw queryRefused('invalid_limit', tw(req.t, 'edgeLimitMax', { max: maxLimit, name }))
    }
    return incoming
  }
