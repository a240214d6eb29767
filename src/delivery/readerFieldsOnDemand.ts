import type { GraphQLFieldConfig, GraphQLNamedType, GraphQLResolveInfo } from 'graphql/index.js'
import { getNamedType } from 'graphql/index.js'
import { isolateObjectProperty, type Config, type PayloadRequest } from 'payload'

import { isWorkflowStaff, type RoleReading } from '../access/roles'
import type { SanitizedWorkflowOptions } from '../types'
import {
  ALTERNATES_FIELD,
  DELIVERY_FIELD,
  PREVIOUS_SLUGS_FIELD,
  PROGRESS_FIELD,
} from '../workflow/fieldNames'
import { askedFields } from './askedFields'

const READER_FIELDS = [DELIVERY_FIELD, PROGRESS_FIELD, ALTERNATES_FIELD, PREVIOUS_SLUGS_FIELD]
const UNASKED = Symbol('unaskedReaderFields')

type GraphQLExtension = NonNullable<NonNullable<Config['graphQL']>['queries']>
type Unasked = { collection: string; fields: string[]; taken: boolean }
type Context = { req: PayloadRequest }
type Resolver = (
  source: unknown,
  args: unknown,
  context: Context,
  info: GraphQLResolveInfo,
) => unknown
type QueryField = Omit<GraphQLFieldConfig<unknown, Context>, 'resolve'> & { resolve?: Resolver }
type SchemaParts = {
  collections: Record<string, { graphQL?: { type?: GraphQLNamedType } }>
  Query: { fields: Record<string, QueryField> }
}

/**
 * The reader fields (`translation`, `translationProgress`, `alternates`) a reader's GraphQL query
 * does not name, for the read the query's own resolver starts; once, so that the joins and
 * relationships that read populates are read in full. Called by the collection's read hook
 * (hooks/serveReadersPublishedText.ts), which leaves them out of the SQL.
 */
export const unaskedReaderFields = (req: PayloadRequest, collection: string): string[] => {
  const unasked = (req as unknown as Record<symbol, Unasked | undefined>)[UNASKED]
  if (!unasked || unasked.taken || unasked.collection !== collection) return []
  unasked.taken = true
  return unasked.fields
}

const onDemand =
  (collection: string, list: boolean, resolve: Resolver, options: RoleReading): Resolver =>
  (source, args, context, info) => {
    if (!isWorkflowStaff(context.req.user, options)) {
      const asked = askedFields(info, list)
      const fields = READER_FIELDS.filter((name) => !asked.has(name))
      if (fields.length) {
        // Payload's resolver isolates `req` again from this one and hands it to the read's hooks.
        // `as never`: isolateObjectProperty takes keys of PayloadRequest, and this symbol is the plugin's own.
        context.req = isolateObjectProperty(context.req, UNASKED as never)
        ;(context.req as unknown as Record<symbol, Unasked>)[UNASKED] = {
          collection,
          fields,
          taken: false,
        }
      }
    }
    return resolve(source, args, context, info)
  }

/**
 * Payload's `graphQL.queries`: a governed collection's list and by-id queries read the reader fields
 * only when the query names them, so GraphQL readers pay for the plugin's fields only when they ask.
 * Each query keeps Payload's own resolver, wrapped in place: a custom query would get a copy of the
 * GraphQL context, and Payload's resolver must set `context.req` (its locale) on the one the nested
 * joins read.
 */
export const readerFieldsOnDemand =
  (options: SanitizedWorkflowOptions, previous?: GraphQLExtension): GraphQLExtension =>
  (graphQL, schema) => {
    const { collections, Query } = schema as unknown as SchemaParts
    for (const slug of options.collections) {
      const type = collections[slug]?.graphQL?.type
      if (!type) continue
      for (const field of Object.values(Query.fields)) {
        const returned = getNamedType(field.type) as GraphQLNamedType & {
          getFields?: () => Record<string, { type: Parameters<typeof getNamedType>[0] }>
        }
        const list = returned !== type && getNamedType(returned.getFields?.().docs?.type) === type
        if (field.resolve && (returned === type || list))
          field.resolve = onDemand(slug, list, field.resolve, options)
      }
    }
    return previous ? previous(graphQL, schema) : {}
  }
