// A second app process for the concurrency tests: boots Payload with the app config on DATABASE_URI
// and serves Payload's REST route handlers over plain HTTP. Prints `process-server ready <port>`.
// Run it with `node --conditions=development --import tsx` (see src/cli/spawnBin.ts lexicalCondition).
import http from 'node:http'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import config from '../../payload.config'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const port = Number(process.env.PROCESS_SERVER_PORT)
await getPayload({ config })
const handlers: Record<string, Handler> = { GET: REST_GET(config) as Handler, POST: REST_POST(config) as Handler }

const toRequest = async (incoming: http.IncomingMessage): Promise<Request> => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item)
  }
  const method = incoming.method ?? 'GET'
  return new Request(new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`), {
    body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks),
    headers,
    method,
  })
}

const server = http.createServer(async (incoming, outgoing) => {
  try {
    const handler = handlers[incoming.method ?? '']
    if (!handler) {
      outgoing.writeHead(405).end()
      return
    }
    const request = await toRequest(incoming)
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
  }
})

server.listen(port, '127.0.0.1', () => process.stdout.write(`process-server ready ${port}\n`))
process.on('SIGTERM', () => {
  server.closeAllConnections()
  process.exit(0)
})
