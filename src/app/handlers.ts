import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { type RouteHandler, withCacheHeaders } from '../delivery/cacheHeaders'
import { withFileHeaders } from '../delivery/fileHeaders'

/** Collections anonymous readers may read (and CDNs may cache): published content and its media. */
export const PUBLIC_COLLECTIONS = ['policy-statements', 'briefing-notes', 'infographics', 'conference-recordings', 'conferences', 'partners', 'media']

/**
 * The API's route handlers: Payload's own, with cache headers on reads. Used by the Next.js routes
 * in app/(payload)/api and by the test HTTP server, so both serve exactly the same thing.
 */
export const apiHandlers = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const cached = (handler: RouteHandler) => withCacheHeaders(handler, { extraPaths: ['/api/sitemap'], publicCollections: PUBLIC_COLLECTIONS })
  return {
    DELETE: cached(REST_DELETE(config) as RouteHandler),
    GET: withFileHeaders(cached(REST_GET(config) as RouteHandler), config),
    GRAPHQL: GRAPHQL_POST(config) as (request: Request) => Promise<Response>,
    OPTIONS: REST_OPTIONS(config) as RouteHandler,
    PATCH: cached(REST_PATCH(config) as RouteHandler),
    POST: cached(REST_POST(config) as RouteHandler),
    PUT: cached(REST_PUT(config) as RouteHandler),
  }
}
