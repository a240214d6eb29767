import type { Config } from 'payload'

import { capListLimits } from './capListLimits'
import { refuseMalformedWhere } from './refuseMalformedWhere'
import { refuseUnknownLocales } from './refuseUnknownLocales'
import { sortOnlyByReadableFields } from './sortOnlyByReadableFields'

export type QueryGuardOptions = {
  /** Most documents a REST or GraphQL list answers a page (`limit`); more is a 400. */
  maxLimit: number
}

/**
 * Checks what REST and GraphQL callers put in a query before Payload runs it, on every collection:
 * locales, page sizes, the shape of `where`, and sort paths against read access. Runs first among
 * each collection's beforeOperation hooks; register it after plugins that add collections.
 */
export const queryGuards =
  (options: QueryGuardOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [
          refuseUnknownLocales,
          capListLimits(options),
          refuseMalformedWhere,
          sortOnlyByReadableFields,
          ...(collection.hooks?.beforeOperation ?? []),
        ],
      },
    })),
  })
