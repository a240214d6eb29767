import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { executeAccess } from 'payload'

type Args = Parameters<CollectionBeforeOperationHook>[0]['args'] & {
  joins?:
    | false
    | Record<string, false | { limit?: unknown; page?: unknown; sort?: unknown; where?: unknown }>
  limit?: unknown
  overrideAccess?: boolean
  page?: unknown
  pagination?: unknown
  sort?: unknown
  where?: unknown
}

export const argsOf = (args: unknown) => args as Args

/**
 * What a REST or GraphQL caller asked for, as opposed to the server's own Local API calls: Payload's
 * REST handlers and GraphQL resolvers never set `overrideAccess`, the Local API always does.
 * Nested calls that keep the caller's access (GraphQL join fields, relationship population) have
 * `overrideAccess: false`: their `where` and `sort` are checked too, their limits are Payload's own.
 */
export const fromCaller = (args: Args, req: PayloadRequest) =>
  req.payloadAPI !== 'local' && args.overrideAccess === undefined
export const withCallerAccess = (args: Args, req: PayloadRequest) =>
  req.payloadAPI !== 'local' && args.overrideAccess !== true

const ACCESS = {
  count: 'read',
  delete: 'delete',
  read: 'read',
  readDistinct: 'read',
  update: 'update',
} as const

/**
 * Whether Payload would go on to run the query: false when the caller may not do this at all, so
 * that Payload's own 403 answers first, and for operations that take no query.
 */
export const wouldQuery = async (
  operation: string,
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
) => {
  const kind = ACCESS[operation as keyof typeof ACCESS]
  if (!kind) return false
  return (await executeAccess({ disableErrors: true, req }, collection.access[kind])) !== false
}

/** The caller's `where`, `sort`, `limit` and `page`, with those of each join (`joins[briefingNotes][sort]=…`). */
export const callerQueries = (args: Args, collection: SanitizedCollectionConfig) => {
  const queries = [
    {
      at: '',
      collection: collection.slug,
      limit: args.limit,
      page: args.page,
      sort: args.sort,
      where: args.where as undefined | Where,
    },
  ]
  for (const [name, join] of Object.entries(args.joins || {})) {
    const field = collection.flattenedFields.find((candidate) => candidate.name === name) as
      FlattenedField | undefined
    if (!join || field?.type !== 'join' || typeof field.collection !== 'string') continue
    queries.push({
      at: `joins[${name}]`,
      collection: field.collection,
      limit: join.limit,
      page: join.page,
      sort: join.sort,
      where: join.where as undefined | Where,
    })
  }
  return queries
}
