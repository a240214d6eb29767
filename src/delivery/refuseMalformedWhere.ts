import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { tw } from '../translations'

import { argsOf, callerQueries, withCallerAccess, wouldQuery } from './callerQuery'
import { walkPath } from './fieldPath'
import { queryRefused } from './queryRefused'
import { type Condition, walkWhere } from './whereShape'

const nameOf = (condition: Condition, path: string) =>
  condition.at.replace(/\[[^\]]*\]\[[^\]]*\]$/, `[${path}]`)

/** Conditions Payload 3.90 on PostgreSQL answers with a 500: a like/equals on a rich-text column, a path through a localized relation. */
const unsupported = (
  req: PayloadRequest,
  collection: string,
  condition: Condition,
): null | string => {
  const { end, hops, rest } = walkPath(req.payload, collection, condition.path)
  const localized = hops.find((hop) => hop.localized)
  if (localized) {
    return tw(req.t, 'edgeWhereThroughLocalized', {
      at: condition.at,
      collection: localized.collection,
      name: nameOf(condition, localized.path),
      path: localized.path,
    })
  }
  if (end?.type === 'richText' && rest.length === 0 && condition.operator !== 'exists') {
    return tw(req.t, 'edgeWhereRichText', {
      at: condition.at,
      operator: condition.operator,
      path: condition.path,
    })
  }
  return null
}

/**
 * Refuses, with a 400 saying what to fix, a `where` (and each join's) that Payload would ignore in
 * part or fail on: see walkWhere for the shapes. Payload's PostgreSQL adapter drops an `in`/`not_in`
 * whose value is an object, so `PATCH /api/partners?where[id][in][a]=1` updated every partner.
 * Runs before the query, so a refused bulk write changes nothing.
 */
export const refuseMalformedWhere: CollectionBeforeOperationHook = async ({
  args: incoming,
  collection,
  operation,
  req,
}) => {
  const args = argsOf(incoming)
  if (!withCallerAccess(args, req)) return incoming
  const queries = callerQueries(args, collection).filter(
    (query) => query.where !== undefined && query.where !== null,
  )
  if (!queries.length || !(await wouldQuery(operation, collection, req))) return incoming
  for (const query of queries) {
    const { conditions, problem } = walkWhere(
      query.where,
      query.at ? `${query.at}[where]` : 'where',
      [],
      req.t,
    )
    if (problem) throw queryRefused('invalid_where', problem)
    for (const condition of conditions) {
      const refusal = unsupported(req, query.collection, condition)
      if (refusal) throw queryRefused('invalid_where', refusal)
    }
  }
  return incoming
}
