// `npx tsx bench/compare.ts`: CPU per request over HTTP for several server processes per variant,
// all alive at once on their own ports, measured in alternating slices. A slow or fast process
// stays so for its whole life (bench/results.md), so one process per variant says little; this
// compares the variants across processes and over the same stretch of the machine's drift.
// Not part of `npm run bench`. See README "Benchmarks" for the settings.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import nodePath from 'node:path'
import pg from 'pg'

import { findFreePort } from '../src/app/db/port'
import { measure } from './load'
import { restDetail, restList } from './paths'
import { startPostgres } from './postgres'
import { type Child, startScript } from './processes'
import { median } from './report'
import { frenchSlugs } from './slugs'

// BENCH_COMPARE: `;`-separated servers, each `variant[:handlers]` (bench/server.ts: A, P, B; bare | app).
const LABELS = (process.env.BENCH_COMPARE ?? 'A;B;B:bare').split(';').filter(Boolean)
const COPIES = Number(process.env.BENCH_COPIES ?? 3)
const SLICES = Number(process.env.BENCH_SLICES ?? 8)
const PATHS: Record<string, (slug: string) => string> = { detail: restDetail, list: restList }
const path = PATHS[process.env.BENCH_PATH ?? 'list']
if (!path) throw new Error(`BENCH_PATH must be one of ${Object.keys(PATHS).join(', ')}.`)
for (const label of LABELS) {
  if (!/^(A|P|B)(:(bare|app))?$/.test(label))
    throw new Error(
      `BENCH_COMPARE: "${label}" is not a server; use variant[:handlers], variant A, P or B, handlers bare or app (e.g. 'A;B;B:bare').`,
    )
}
for (const [name, value] of Object.entries({ BENCH_COPIES: COPIES, BENCH_SLICES: SLICES })) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1.`)
}
const log = (line: string) => process.stderr.write(`[compare] ${line}\n`)
const media = mkdtempSync(nodePath.join(os.tmpdir(), 'bench-media-'))
const env = (uri: string) => ({
  DATABASE_URI: uri,
  MEDIA_DIR: media,
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'bench-only-secret-of-enough-length',
})

const servers: { child: Child; label: string; pid: number; url: string }[] = []
const perProcess: number[][] = []
let postgres: Child | undefined
try {
  let uri = process.env.DATABASE_URI
  if (!uri) {
    const started = await startPostgres()
    postgres = started.server
    uri = await started.createDatabase('bench_compare')
    log(`loading ${process.env.BENCH_DOCS ?? 1000} statements…`)
    const data = await startScript('bench/dataset.ts', {
      ...env(uri),
      BENCH_STATEMENTS: process.env.BENCH_DOCS ?? '1000',
    })
    await new Promise((resolve) => data.process.once('exit', resolve))
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const slugs = await frenchSlugs(client).finally(() => client.end())

  for (let copy = 0; copy < COPIES; copy += 1) {
    for (const label of LABELS) {
      const [variant, handlers] = label.split(':')
      const port = await findFreePort()
      const child = await startScript('bench/server.ts', {
        ...env(uri),
        BENCH_HANDLERS: handlers,
        BENCH_VARIANT: variant,
        PORT: String(port),
      })
      servers.push({
        child,
        label,
        pid: (JSON.parse(child.firstLine) as { pid: number }).pid,
        url: `http://127.0.0.1:${port}`,
      })
      perProcess.push([])
    }
  }
  const target = { path }
  for (const server of servers) await measure(server.url, target, slugs, { seconds: 6, warmup: 0 })
  for (let slice = 0; slice < SLICES; slice += 1) {
    for (const server of slice % 2 ? [...servers].reverse() : servers) {
      perProcess[servers.indexOf(server)]!.push(
        (await measure(server.url, target, slugs, { pid: server.pid, seconds: 3, warmup: 1 }))
          .cpuMs,
      )
    }
    log(`slice ${slice + 1} of ${SLICES}`)
  }
} finally {
  // Also when a server or the data load fails: nothing is left running or on disk.
  await Promise.all(servers.map(({ child }) => child.stop()))
  await postgres?.stop()
  rmSync(media, { force: true, recursive: true })
}

const ofLabel = (label: string) =>
  servers.flatMap((server, index) => (server.label === label ? perProcess[index]! : []))
const first = median(ofLabel(LABELS[0]!))
process.stdout.write(
  `| server | CPU ms per request (median of ${COPIES} processes × ${SLICES} slices) | / ${LABELS[0]} | each process |\n|---|---|---|---|\n`,
)
for (const label of LABELS) {
  const each = servers.flatMap((server, index) =>
    server.label === label ? [median(perProcess[index]!).toFixed(2)] : [],
  )
  process.stdout.write(
    `| ${label} | ${median(ofLabel(label)).toFixed(2)} | ${(median(ofLabel(label)) / first).toFixed(2)} | ${each.join(', ')} |\n`,
  )
}
process.exit(0)
