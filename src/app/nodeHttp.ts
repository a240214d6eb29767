import type http from 'node:http'

import { bodyKind, tooLargeMessage } from '../delivery/bodyLimits'
import { edgeError, edgeT } from './apiEdge'
import type { apiHandlers } from './handlers'
import { tw } from '../translations'

// Without `bodyLimits` (Payload's bare handlers, as the benchmark's vanilla server serves them) bodies are read uncapped.
type Handlers = Pick<
  ReturnType<typeof apiHandlers>,
  'DELETE' | 'GET' | 'GRAPHQL' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'
> &
  Partial<Pick<ReturnType<typeof apiHandlers>, 'bodyLimits' | 'translate'>>
const REST_METHODS: readonly string[] = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT']

/** The request as a Web Request, or a 413 once its body (other than a multipart upload) goes over its cap. */
const toWebRequest = async (
  incoming: http.IncomingMessage,
  handlers: Handlers,
): Promise<Request | Response> => {
  const url = new URL(incoming.url ?? '/', 'http://localhost')
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // As a proxy does: the address that connected is the last hop (the edge believes the hops left of
  // it only from TRUSTED_PROXIES).
  const peer = incoming.socket.remoteAddress ?? '127.0.0.1'
  const forwarded = headers.get('x-forwarded-for')
  headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${peer}` : peer)
  const method = incoming.method ?? 'GET'
  if (method === 'GET' || method === 'HEAD') return new Request(url, { headers, method })
  const kind = handlers.bodyLimits
    ? bodyKind(handlers.bodyLimits, method, url.pathname, headers.get('content-type'))
    : null
  const max = kind?.maxBytes ?? Number.POSITIVE_INFINITY
  const tooLarge = async () =>
    edgeError(413, 'body_too_large', tooLargeMessage(await edgeT(handlers, headers), kind!), {
      graphql: url.pathname === '/api/graphql',
    })
  if (Number(headers.get('content-length') ?? 0) > max) return tooLarge()
  const body = await readAtMost(incoming, max)
  return body ? new Request(url, { body, headers, method }) : tooLarge()
}

/** The body, or null as soon as it goes over `max` (then the stream is paused, not destroyed, so the 413 can still be sent). */
const readAtMost = (incoming: http.IncomingMessage, max: number) =>
  new Promise<null | Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength
      if (total <= max) return void chunks.push(chunk)
      incoming.pause()
      incoming.off('data', onData)
      resolve(null)
    }
    incoming.on('data', onData)
    incoming.once('error', reject)
    incoming.once('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
  })

const send = async (outgoing: http.ServerResponse, response: Response, head: boolean) => {
  const out: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) out['set-cookie'] = cookies
  outgoing.writeHead(response.status, out)
  outgoing.end(head ? undefined : Buffer.from(await response.arrayBuffer()))
}

const decodedSegments = (pathname: string): null | string[] => {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
}

/**
 * Serves /api with route handlers on a plain node:http server, as the Next.js routes do: for the
 * test server, the second app process and the benchmark servers.
 */
export const nodeApiListener =
  (handlers: Handlers): http.RequestListener =>
  async (incoming, outgoing) => {
    try {
      const request = await toWebRequest(incoming, handlers)
      if (request instanceof Response) {
        // Answered before the body was read: close the connection rather than read the rest.
        request.headers.set('connection', 'close')
        await send(outgoing, request, false)
        incoming.resume()
        return
      }
      const { pathname } = new URL(request.url)
      // Route parameters arrive decoded, as Next.js hands them to the catch-all route ("a b.pdf", not "a%20b.pdf").
      const segments = decodedSegments(pathname)
      if (!segments) {
        const t = await edgeT(handlers, request.headers)
        await send(outgoing, edgeError(400, 'bad_path', tw(t, 'edgeAddressEscape')), false)
        return
      }
      const method = incoming.method === 'HEAD' ? 'GET' : (incoming.method ?? 'GET')
      let response: Response
      if (pathname === '/api/graphql' && method === 'POST')
        response = await handlers.GRAPHQL(request)
      else if (segments[0] === 'api' && segments.length > 1 && REST_METHODS.includes(method)) {
        response = await handlers[method as 'GET'](request, {
          params: Promise.resolve({ slug: segments.slice(1) }),
        })
      } else response = new Response('Not found', { status: 404 })
      await send(outgoing, response, incoming.method === 'HEAD')
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(String(error))
    }
  }
