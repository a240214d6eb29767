import { createHash } from 'node:crypto'

import { versionEtagOfBody } from './versionEtag'

type RouteContext = { params: Promise<{ slug: string[] }> }
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>

export const PUBLIC_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'
export const PRIVATE_CACHE = 'private, no-store'

/** Whether a request carries credentials (a JWT header or Payload's auth cookie). */
export const isAuthenticated = (request: Request): boolean =>
  Boolean(request.headers.get('authorization')) ||
  /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Paths whose anonymous answers are the same for everyone: reads of `publicCollections`, and `extraPaths`. */
const isPublicRead = (
  url: URL,
  publicCollections: ReadonlySet<string>,
  extraPaths: ReadonlySet<string>,
): boolean => {
  if (extraPaths.has(url.pathname)) return true
  const [api, collection, ...rest] = url.pathname.split('/').filter(Boolean)
  if (api !== 'api' || !collection || !publicCollections.has(collection)) return false
  if (url.searchParams.get('draft') === 'true' || url.searchParams.has('preview')) return false
  // list, by id, count, and upload files; not versions, workflow or translation files.
  return rest.length === 0 || (rest.length === 1 && rest[0] !== 'versions') || rest[0] === 'file'
}

const etagOf = (body: ArrayBuffer) =>
  `"${createHash('sha256').update(Buffer.from(body)).digest('base64url').slice(0, 32)}"`

const matches = (ifNoneMatch: null | string, etag: string) =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)

/** A document a signed-in caller read or wrote by id (`/api/<collection>/<id>`): the answer carries its version ETag (versionEtag.ts). */
const carriesVersion = (request: Request, response: Response): boolean =>
  response.status === 200 &&
  isAuthenticated(request) &&
  ['GET', 'PATCH'].includes(request.method) &&
  (response.headers.get('content-type') ?? '').includes('application/json') &&
  new URL(request.url).pathname.split('/').filter(Boolean).length === 3

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * Anonymous reads of published content get a CDN-friendly Cache-Control and a strong ETag
 * (If-None-Match → 304 with no body); everything else (signed-in callers, drafts, previews,
 * errors, writes) is `private, no-store`; there a document a signed-in caller reads or writes by id
 * carries the weak version ETag that If-Match on a write must name.
 */
export const withCacheHeaders = (
  handler: RouteHandler,
  { extraPaths = [], publicCollections }: { extraPaths?: string[]; publicCollections: string[] },
): RouteHandler => {
  const collections = new Set(publicCollections)
  const paths = new Set(extraPaths)
  return async (request, context) => {
    const response = await handler(request, context)
    const headers = new Headers(response.headers)
    const cacheable =
      (request.method === 'GET' || request.method === 'HEAD') &&
      response.status === 200 &&
      !isAuthenticated(request) &&
      isPublicRead(new URL(request.url), collections, paths)
    if (!cacheable) {
      headers.set('Cache-Control', PRIVATE_CACHE)
      if (!carriesVersion(request, response))
        return new Response(response.body, {
          headers,
          status: response.status,
          statusText: response.statusText,
        })
      const text = await response.text()
      const etag = versionEtagOfBody(parseJson(text))
      if (etag) headers.set('ETag', etag)
      return new Response(text, {
        headers,
        status: response.status,
        statusText: response.statusText,
      })
    }
    const body = await response.arrayBuffer()
    const etag = etagOf(body)
    headers.set('Cache-Control', PUBLIC_CACHE)
    headers.set('ETag', etag)
    headers.set('Vary', 'Authorization, Cookie')
    if (matches(request.headers.get('if-none-match'), etag)) {
      headers.delete('Content-Length')
      return new Response(null, { headers, status: 304 })
    }
    return new Response(body, { headers, status: 200 })
  }
}
