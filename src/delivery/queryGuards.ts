import type { Config } from 'payload'

import { capListLimits } from './capListLimits'
import { whereValuesRule } from './graphqlWhereValues'
import { refuseMalformedWhere } from './refuseMalformedWhere'
import { refuseUnknownLocales } from './refuseUnknownLocales'
import { refuseUnknownOptions } from './refuseUnknownOptions'
import { sortOnlyByReadableFields } from './sortOnlyByReadableFields'

export type QueryGuardOptions = {
  /** Most documents a REST or GraphQL list answers a page (`limit`); more is a 400. */
  maxLimit: number
}

/**
 * Checks what REST and GraphQL callers put in a query before Payload runs it, on every collection:
 * locales, page sizes, the shape of `where` and the values it compares select fields with, and sort
 * paths against read access. Runs first among each collection's beforeOperation hooks; register it
 * after plugins that add collections.
 */
export const queryGuards =
  (options: QueryGuardOptions) =>
  (config: Config): Config => ({
    ...config,
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        whereValuesRule(args),
      ],
    },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [
          refuseUnknownLocales,
          capListLimits(options),
          refuseMalformedWhere,
          refuseUnknownOptions,
          sortOnlyByReadableFields,
          ...(collection.hooks?.beforeOperation ?? []),
        ],
      },
    })),
  })
