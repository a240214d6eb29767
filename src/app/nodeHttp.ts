import type http from 'node:http'

import type { apiHandlers } from './handlers'

type Handlers = Pick<ReturnType<typeof apiHandlers>, 'DELETE' | 'GET' | 'GRAPHQL' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'>
const REST_METHODS: readonly string[] = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT']

const toWebRequest = async (incoming: http.IncomingMessage): Promise<Request> => {
  const url = new URL(incoming.url ?? '/', 'http://localhost')
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // Next.js passes the caller's address on; so does this adapter.
  if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', incoming.socket.remoteAddress ?? '127.0.0.1')
  let body: Uint8Array<ArrayBuffer> | undefined
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    body = new Uint8Array(Buffer.concat(chunks))
  }
  return new Request(url, { body, headers, method: incoming.method })
}

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

/**
 * Serves /api with route handlers on a plain node:http server, as the Next.js routes do: for the
 * test server, the second app process and the benchmark servers.
 */
export const nodeApiListener =
  (handlers: Handlers): http.RequestListener =>
  async (incoming, outgoing) => {
    try {
      const request = await toWebRequest(incoming)
      const { pathname } = new URL(request.url)
      const segments = pathname.split('/').filter(Boolean)
      const method = incoming.method === 'HEAD' ? 'GET' : (incoming.method ?? 'GET')
      let response: Response
      if (pathname === '/api/graphql' && method === 'POST') response = await handlers.GRAPHQL(request)
      else if (segments[0] === 'api' && segments.length > 1 && REST_METHODS.includes(method)) {
        response = await handlers[method as 'GET'](request, { params: Promise.resolve({ slug: segments.slice(1) }) })
      } else response = new Response('Not found', { status: 404 })
      await send(outgoing, response, incoming.method === 'HEAD')
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(String(error))
    }
  }
