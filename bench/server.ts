// Benchmark servers A (vanilla Payload) and B (this project): BENCH_VARIANT=A|B, PORT, DATABASE_URI.
// For profiling: BENCH_VARIANT=P is A plus the workflow plugin alone; BENCH_HANDLERS=bare|app picks
// the handlers; BENCH_LOG_SQL=1 prints each statement; GET /__bench/profile/start and
// /__bench/profile/stop?file=<path> write a CPU profile of the requests in between (steady state only).
// Serves /api like the app (B through src/app/handlers.ts, A through Payload's bare handlers) and
// counts SQL statements: GET /__bench/sql → { statements } since the last /__bench/sql/reset.
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import inspector from 'node:inspector'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import pg from 'pg'

import { apiHandlers } from '../src/app/handlers'
import { nodeApiListener } from '../src/app/nodeHttp'
import { READY } from './processes'
import { variantConfig } from './variants'

const variant = process.env.BENCH_VARIANT
const config = await variantConfig(variant)
await getPayload({ config })
const handlers =
  (process.env.BENCH_HANDLERS ?? (variant === 'A' ? 'bare' : 'app')) === 'bare'
    ? {
        DELETE: REST_DELETE(config),
        GET: REST_GET(config),
        GRAPHQL: GRAPHQL_POST(config),
        OPTIONS: REST_OPTIONS(config),
        PATCH: REST_PATCH(config),
        POST: REST_POST(config),
        PUT: REST_PUT(config),
      }
    : apiHandlers(config)

// Every statement goes through pg.Client#query (the pool's clients included): count them there.
let statements = 0
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1
  if (process.env.BENCH_LOG_SQL)
    process.stderr.write(
      `SQL ${String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 3000)}\n`,
    )
  return query.apply(this, args)
} as typeof pg.Client.prototype.query

// Connected on the first profile request, so ordinary runs carry no inspector session.
const profiler = new inspector.Session()
let connected = false
const api = nodeApiListener(handlers as Parameters<typeof nodeApiListener>[0])
const server = http.createServer((incoming, outgoing) => {
  if (incoming.url === '/__bench/sql') return void outgoing.end(JSON.stringify({ statements }))
  if (incoming.url === '/__bench/sql/reset') {
    statements = 0
    return void outgoing.end('{}')
  }
  if (incoming.url === '/__bench/profile/start') {
    if (!connected) profiler.connect()
    connected = true
    return void profiler.post('Profiler.enable', () =>
      profiler.post('Profiler.start', () => outgoing.end('{}')),
    )
  }
  if (incoming.url?.startsWith('/__bench/profile/stop?file=')) {
    const file = decodeURIComponent(incoming.url.split('=')[1]!)
    return void profiler.post('Profiler.stop', (error, result) => {
      if (error) return void outgoing.writeHead(500).end(String(error))
      writeFileSync(file, JSON.stringify(result.profile))
      outgoing.end('{}')
    })
  }
  return api(incoming, outgoing)
})
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write(`${READY}${JSON.stringify({ pid: process.pid })}\n`),
)
process.on('SIGTERM', () => {
  server.closeAllConnections()
  server.close(() => process.exit(0))
})
