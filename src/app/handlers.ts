import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { type RouteHandler, withCacheHeaders } from '../delivery/cacheHeaders'
import { withFileHeaders } from '../delivery/fileHeaders'
import { trustedProxies } from '../delivery/clientAddress'
import { databaseProbe } from '../delivery/databaseErrors'
import { readEnv } from './env'
import { type EdgeOptions, withApiEdge } from './apiEdge'
import { edgeTranslator } from './edgeLanguage'
import { withGraphqlEdge } from './graphqlEdge'

/** Collections anonymous readers may read (and CDNs may cache): published content and its media. */
export const PUBLIC_COLLECTIONS = [
  'policy-statements',
  'briefing-notes',
  'infographics',
  'conference-recordings',
  'conferences',
  'partners',
  'media',
]

/** Client address, body caps and database outages, from the environment (read when the handlers are made). */
const edgeOptions = (config: Promise<SanitizedConfig> | SanitizedConfig): EdgeOptions => {
  const env = readEnv()
  return {
    databaseReachable: databaseProbe(
      async () =>
        (
          (await getPayload({ config })).db as {
            pool?: { query: (sql: string) => Promise<unknown> }
          }
        ).pool,
    ),
    limits: {
      maxJsonBytes: env.API_MAX_JSON_BYTES,
      maxJsonDepth: env.API_MAX_JSON_DEPTH,
      maxXliffBytes: env.XLIFF_MAX_BYTES,
    },
    translate: edgeTranslator(config),
    trusted: trustedProxies(env.TRUSTED_PROXIES),
  }
}

/**
 * The API's route handlers: Payload's own, with cache headers on reads, inside the edge (src/app/apiEdge.ts).
 * Used by the Next.js routes in app/(payload)/api and by the test HTTP server, so both serve exactly the same thing.
 */
export const apiHandlers = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const edge = edgeOptions(config)
  const wrap = (handler: RouteHandler) =>
    withApiEdge(
      withCacheHeaders(handler, {
        extraPaths: ['/api/sitemap'],
        publicCollections: PUBLIC_COLLECTIONS,
      }),
      edge,
    )
  return {
    /** The body cap a request falls under, for servers that read the body before the handlers do (nodeHttp.ts). */
    bodyLimits: edge.limits,
    /** `t` in a request's language, for refusals made before the handlers run (nodeHttp.ts). */
    translate: edge.translate,
    DELETE: wrap(REST_DELETE(config) as RouteHandler),
    GET: withFileHeaders(wrap(REST_GET(config) as RouteHandler), config),
    GRAPHQL: withGraphqlEdge(GRAPHQL_POST(config) as (request: Request) => Promise<Response>, edge),
    OPTIONS: REST_OPTIONS(config) as RouteHandler,
    PATCH: wrap(REST_PATCH(config) as RouteHandler),
    POST: wrap(REST_POST(config) as RouteHandler),
    PUT: wrap(REST_PUT(config) as RouteHandler),
  }
}
