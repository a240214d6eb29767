import type { SanitizedConfig } from 'payload'

import type { RouteHandler } from './cacheHeaders'

/** Types a browser shows in the page; everything else (PDF, WebVTT, SVG…) is downloaded. */
const shownInline = (contentType: string) =>
  /^(?:image\/(?!svg)|video\/|audio\/)/i.test(contentType)

/** `attachment; filename="…"` with a plain-ASCII name and the exact one in RFC 5987 form. */
export const attachmentDisposition = (filename: string): string => {
  const plain = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

const uploadSlugs = async (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  new Set(
    (await config).collections
      .filter((collection) => Boolean(collection.upload))
      .map((collection) => collection.slug),
  )

/** The file name of `/api/<upload collection>/file/<name>`, or null for any other path. */
const fileNameOf = (url: URL, slugs: ReadonlySet<string>): null | string => {
  const [api, collection, file, ...name] = url.pathname.split('/').filter(Boolean)
  if (
    api !== 'api' ||
    !collection ||
    !slugs.has(collection) ||
    file !== 'file' ||
    name.length === 0
  )
    return null
  try {
    return decodeURIComponent(name.join('/'))
  } catch {
    return name.join('/')
  }
}

/**
 * Every answer for an upload collection's file (disk or S3, any status) says `nosniff`, so a browser
 * never reads a file as another type; documents (PDF, WebVTT) are downloads, images and video
 * inline. Payload's `upload.modifyResponseHeaders` is not enough in 3.90: it gets no file name.
 */
export const withFileHeaders = (
  handler: RouteHandler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): RouteHandler => {
  let slugs: Promise<Set<string>> | undefined
  return async (request, context) => {
    const response = await handler(request, context)
    const filename = fileNameOf(new URL(request.url), await (slugs ??= uploadSlugs(config)))
    if (filename === null) return response
    const headers = new Headers(response.headers)
    headers.set('X-Content-Type-Options', 'nosniff')
    const contentType = headers.get('content-type') ?? ''
    if (response.ok && !shownInline(contentType))
      headers.set('Content-Disposition', attachmentDisposition(filename))
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
}
