import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { apiHandlers } from '../../src/app/handlers'
import { nodeApiListener } from '../../src/app/nodeHttp'

export type ApiServer = { close: () => Promise<void>; url: string }

/** Listens on `port` (0: a free one) on 127.0.0.1 until `close`. */
export const listen = async (listener: http.RequestListener, port = 0): Promise<ApiServer> => {
  const server = http.createServer(listener)
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

/**
 * A real HTTP server serving /api with the app's route handlers (the same ones the Next.js routes
 * export), for tests that must go over the wire: headers, status codes, bodies.
 */
export const startApiServer = async ({ port = 0 }: { port?: number } = {}): Promise<ApiServer> => {
  const { default: config } = await import('@payload-config')
  return listen(nodeApiListener(apiHandlers(config)), port)
}
