import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { apiHandlers } from '../../src/app/handlers'

const REST_METHODS: readonly string[] = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT']

export type ApiServer = { close: () => Promise<void>; url: string }

const readBody = async (incoming: http.IncomingMessage): Promise<Buffer | undefined> => {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A real HTTP server on a free port serving /api with the app's route handlers (the same ones the
 * Next.js routes export), for tests that must go over the wire: headers, status codes, bodies.
 * The caller's address is passed as x-forwarded-for, as Next.js does.
 */
export const startApiServer = async ({ port = 0 }: { port?: number } = {}): Promise<ApiServer> => {
  const { default: config } = await import('@payload-config')
  const handlers = apiHandlers(config)
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const url = new URL(incoming.url ?? '/', 'http://localhost')
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', incoming.socket.remoteAddress ?? '127.0.0.1')
      const body = await readBody(incoming)
      const request = new Request(url, { body: body ? new Uint8Array(body) : undefined, headers, method: incoming.method })
      const segments = url.pathname.split('/').filter(Boolean)
      let response: Response
      if (url.pathname === '/api/graphql' && incoming.method === 'POST') response = await handlers.GRAPHQL(request)
      else if (segments[0] === 'api' && segments.length > 1) {
        const method = incoming.method === 'HEAD' ? 'GET' : (incoming.method ?? 'GET')
        const handler = REST_METHODS.includes(method) ? (handlers[method as 'GET'] as typeof handlers.GET) : null
        response = handler ? await handler(request, { params: Promise.resolve({ slug: segments.slice(1) }) }) : new Response('Method not allowed', { status: 405 })
      } else response = new Response('Not found', { status: 404 })
      const out: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') out[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) out['set-cookie'] = cookies
      outgoing.writeHead(response.status, out)
      outgoing.end(incoming.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  return {
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
    url: `http://127.0.0.1:${bound}`,
  }
}
