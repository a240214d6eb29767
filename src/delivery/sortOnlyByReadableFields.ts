import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { buildVersionCollectionFields, executeAccess, getLocalizedPaths, QueryError } from 'payload'

import { tw } from '../translations'
import { argsOf, callerQueries, fromCaller, withCallerAccess, wouldQuery } from './callerQuery'
import { configOf, walkPath } from './fieldPath'
import { queryRefused } from './queryRefused'

const VERSION_ROOTS = new Set([
  'autosave',
  'latest',
  'parent',
  'publishedLocale',
  'snapshot',
  'version',
])

/**
 * Payload checks a sort path with its where-path validation only when the path resolves; one that
 * does not (a hidden field behind a relation: `statement.workflow.approvedBy.hash`) it skips, and the
 * database sorts by it anyway. Here it is refused as the same `where` would be.
 */
const refuseUnresolvedPath = (req: PayloadRequest, slug: string, path: string) => {
  const config = configOf(req.payload, slug)!
  const first = path.split('.')[0]!
  const versions =
    Boolean(config.versions) &&
    VERSION_ROOTS.has(first) &&
    !config.flattenedFields.some((field: { name: string }) => field.name === first)
  const fields = versions
    ? buildVersionCollectionFields(req.payload.config, config, true)
    : config.flattenedFields
  const paths = getLocalizedPaths({
    collectionSlug: slug,
    fields,
    incomingPath: path,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    payload: req.payload,
  })
  const invalid = paths.filter((candidate) => candidate.invalid)
  if (invalid.length) throw new QueryError(invalid.map((candidate) => ({ path: candidate.path })))
}

/**
 * A relation's read rule cannot narrow an ORDER BY the way Payload ANDs it into a `where`: sorting
 * notes by `statement.title` would order them by unpublished statements' draft titles. So a sort may
 * cross a relationship only into a collection the caller reads in full (staff, or public collections).
 */
const refuseHiddenOrdering = async (req: PayloadRequest, slug: string, path: string) => {
  for (const hop of walkPath(req.payload, slug, path).hops) {
    if (hop.localized)
      throw queryRefused(
        'invalid_sort',
        tw(req.t, 'edgeSortThroughLocalized', { hop: hop.path, path }),
      )
    const readsAll =
      (await executeAccess(
        { disableErrors: true, req },
        configOf(req.payload, hop.collection)!.access.read,
      )) === true
    if (!readsAll)
      throw queryRefused(
        'invalid_sort',
        tw(req.t, 'edgeSortThroughUnreadable', { collection: hop.collection, path }),
      )
  }
}

/** Payload on PostgreSQL builds a join's ORDER BY on a localized column against the wrong table alias (a 500). */
const localizedInJoin = (req: PayloadRequest, slug: string, path: string, at: string) => {
  const walk = walkPath(req.payload, slug, path)
  if (!walk.localized && !walk.hops.some((hop) => hop.localized)) return
  throw queryRefused(
    'invalid_sort',
    tw(req.t, 'edgeSortJoinLocalized', { at, collection: slug, path }),
  )
}

const sortItems = (sort: unknown): null | string[] =>
  typeof sort === 'string'
    ? sort.split(',')
    : Array.isArray(sort) && sort.every((item) => typeof item === 'string')
      ? sort
      : null

/**
 * Sorting follows read access as `where` does, at any depth, over REST and GraphQL, for `-` and
 * comma lists, and in each join's sort: hidden, unreadable and unknown paths are a 400 naming them.
 */
export const sortOnlyByReadableFields: CollectionBeforeOperationHook = async ({
  args: incoming,
  collection,
  operation,
  req,
}) => {
  const args = argsOf(incoming)
  if (!withCallerAccess(args, req)) return incoming
  // Payload drops a sort that is not text or a list of text (`sort[a]=title`) before this hook sees it.
  const keyed = [...(req.searchParams?.keys() ?? [])].some(
    (key) => key.startsWith('sort[') && !/^sort\[\d*\]$/.test(key),
  )
  if (fromCaller(args, req) && req.payloadAPI === 'REST' && keyed) {
    throw queryRefused('invalid_sort', tw(req.t, 'edgeSortNames', { name: 'sort' }))
  }
  const queries = callerQueries(args, collection).filter(
    (query) => query.sort !== undefined && query.sort !== null && query.sort !== '',
  )
  if (!queries.length || !(await wouldQuery(operation, collection, req))) return incoming
  for (const query of queries) {
    const name = query.at ? `${query.at}[sort]` : 'sort'
    const items = sortItems(query.sort)
    if (!items) throw queryRefused('invalid_sort', tw(req.t, 'edgeSortNames', { name }))
    for (const item of items) {
      const path = item.trim().replace(/^-/, '').replace(/__/g, '.')
      if (!path || path === 'id' || path === '_id') continue
      refuseUnresolvedPath(req, query.collection, path)
      await refuseHiddenOrdering(req, query.collection, path)
      if (query.at) localizedInJoin(req, query.collection, path, `${name}=${item}`)
    }
  }
  return incoming
}
