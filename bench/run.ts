// `npm run bench`: builds the data on a throwaway PostgreSQL, then drives A (vanilla Payload), B
// (this project), C (hand-written SQL), A2 and B2 (A and B again in fresh processes: the run's noise
// floor, and a second sample of each side) in turn on the same port and data, 3 interleaved rounds,
// and writes bench/results.md. See README "Benchmarks".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { findFreePort } from '../src/app/db/port'
import { answerOf } from './answer'
import { cpuPerRead } from './cpu'
import { measure, type Measure, type Target } from './load'
import { graphqlDetail, restDetail, restList } from './paths'
import { startPostgres } from './postgres'
import { baseVariant } from './variants'
import { root, startScript } from './processes'
import { frenchSlugs } from './slugs'
import { report, type Results } from './report'

// Smaller settings for a quick try: BENCH_DOCS=300 BENCH_ROUNDS=1 BENCH_SECONDS=1 BENCH_TRANSITION_ROUNDS=5 npm run bench
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const DOCS = Number(process.env.BENCH_DOCS ?? 5000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
// Each server first serves every path it will be measured on for this long, unmeasured: a bigger
// app takes longer to reach steady state (JIT), and a 2 s warm-up per path measured B's warm-up.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 4)
// Then each measurement starts with this much load unmeasured (autocannon's connections ramp up).
const RAMP = Math.min(1, SECONDS)
const started = Date.now()
const log = (line: string) =>
  process.stderr.write(
    `[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
  )
const media = mkdtempSync(path.join(os.tmpdir(), 'bench-media-'))
// Production, as deployed: the schema comes from the committed migrations (which also carry the hot
// paths' indexes) and B does not push it at start; a pushing dev server holds drizzle-kit's schema
// diff in memory for its whole life (heap 274 against 115 MB, list reads ~12 % slower).
const env = (uri: string) => ({
  DATABASE_URI: uri,
  MEDIA_DIR: media,
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'bench-only-secret-of-enough-length',
})

const postgres = await startPostgres()
const databases = {
  big: await postgres.createDatabase('bench_5k'),
  small: await postgres.createDatabase('bench_100'),
}
for (const [name, statements] of [
  ['big', DOCS],
  ['small', 100],
] as const) {
  log(`loading ${statements} statements in EN and FR with ~20 versions each…`)
  const data = await startScript('bench/dataset.ts', {
    ...env(databases[name]),
    BENCH_STATEMENTS: String(statements),
  })
  await new Promise((resolve) => data.process.once('exit', resolve))
  log(`loaded: ${data.firstLine}`)
}

const client = new pg.Client({ connectionString: databases.big })
await client.connect()
const slugs = await frenchSlugs(client)
const counts = (
  await client.query<{ n: number; versions: number }>(
    `select (select count(*)::int from policy_statements) as n, (select count(*)::int from _policy_statements_v) as versions`,
  )
).rows[0]!
await client.end()

const PATHS: Record<string, Record<'A' | 'B' | 'C', Target>> = {
  detail: Object.fromEntries(['A', 'B', 'C'].map((v) => [v, { path: restDetail }])) as never,
  graphql: Object.fromEntries(
    ['A', 'B', 'C'].map((v) => [
      v,
      { body: graphqlDetail, method: 'POST', path: () => '/api/graphql' },
    ]),
  ) as never,
  list: Object.fromEntries(['A', 'B', 'C'].map((v) => [v, { path: restList }])) as never,
  // The sitemap's largest page (1,000 published slugs of 5,000 documents): 2 connections, or requests queue past the window.
  sitemap: {
    A: {
      connections: 2,
      path: () => '/api/policy-statements?locale=all&select[slug]=true&limit=1000&depth=0',
    },
    B: { connections: 2, path: () => '/api/sitemap?collection=policy-statements&limit=1000' },
    C: { connections: 2, path: () => '/api/sitemap' },
  },
}

const port = await findFreePort()
const url = `http://127.0.0.1:${port}`
const results: Results = {
  answers: {},
  counts,
  cpu: {},
  measures: {},
  rss: {},
  sql: {},
  transitions: {
    approve: [],
    httpApprove: [],
    httpPlain: [],
    httpPublish: [],
    plain: [],
    publish: [],
    vanillaDraft: [],
    vanillaPublish: [],
  },
}
const record = (key: string, value: Measure) => (results.measures[key] ??= []).push(value)
const rssOf = async (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
// The fewest of three tries: B's job queue (production runs it every minute) may query in between.
const sqlPerRequest = async (path: string) => {
  const counts: number[] = []
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await fetch(`${url}/__bench/sql/reset`)
    await fetch(`${url}${path}`)
    counts.push(
      ((await (await fetch(`${url}/__bench/sql`)).json()) as { statements: number }).statements,
    )
  }
  return Math.min(...counts)
}

for (let round = 1; round <= ROUNDS; round += 1) {
  // Every other round in reverse order: the machine's speed drifts, and A always first would tilt every round the same way.
  // A2 and B2 are A and B again in fresh processes, apart from A and B in the order: how far the same
  // code moves in this run, and six processes a side instead of three for B/A.
  const order =
    round % 2
      ? (['A', 'B', 'C', 'B100', 'A2', 'B2'] as const)
      : (['B2', 'A2', 'B100', 'C', 'B', 'A'] as const)
  for (const variant of order) {
    const base = baseVariant(variant) as 'A' | 'B' | 'C'
    const script = base === 'C' ? 'bench/floor.ts' : 'bench/server.ts'
    const server = await startScript(script, {
      ...env(variant === 'B100' ? databases.small : databases.big),
      BENCH_VARIANT: base,
      PORT: String(port),
    })
    const { pid } = JSON.parse(server.firstLine) as { pid: number }
    const paths = Object.entries(PATHS).filter(([name]) => variant !== 'B100' || name === 'list')
    // B on 100 documents serves only the list: it warms it up as long as the others warm up all their
    // paths, or it is measured less warmed up (JIT) than B on 5,000 and the ratio says nothing.
    // C (hand-written SQL, nothing to warm) gets 1 s per path: the run stays within its 15 minutes.
    const warmupSeconds = base === 'C' ? 1 : (WARMUP * Object.keys(PATHS).length) / paths.length
    for (const [, targets] of paths)
      await measure(url, targets[base], slugs, { seconds: warmupSeconds, warmup: 0 })
    for (const [name, targets] of paths) {
      const result = await measure(url, targets[base], slugs, {
        pid,
        seconds: SECONDS,
        warmup: RAMP,
      })
      record(`${name}:${variant}`, result)
      log(
        `round ${round} ${variant} ${name}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.cpuMs.toFixed(1)} CPU ms/req${result.non2xx ? `, ${result.non2xx} errors` : ''}`,
      )
    }
    if (round === 1 && (variant === 'A' || variant === 'B')) {
      for (const limit of [10, 100])
        results.sql[`list${limit}:${variant}`] = await sqlPerRequest(
          `/api/policy-statements?locale=fr&limit=${limit}&sort=-createdAt&depth=1`,
        )
      results.sql[`detail:${variant}`] = await sqlPerRequest(PATHS.detail[base].path(slugs[0]!))
      for (const [name, targets] of paths)
        results.answers[`${name}:${variant}`] = await answerOf(url, targets[base], slugs[0]!)
    }
    results.rss[variant] = await rssOf(pid)
    await server.stop()
  }
}

log(
  'CPU per read in-process: A, A2 (A again), P (A + the workflow plugin alone), B and B2 (B again) alive at once, in alternating slices…',
)
results.cpu = await cpuPerRead({
  env: env(databases.big),
  slugs,
  variants: ['A', 'A2', 'P', 'B', 'B2'],
})

log('timing transitions against a plain update…')
for (const variant of ['B', 'A']) {
  const timing = await startScript('bench/transitions.ts', {
    ...env(databases.big),
    BENCH_VARIANT: variant,
  })
  const samples = JSON.parse(timing.firstLine) as Results['transitions']
  for (const [name, values] of Object.entries(samples))
    if (values.length) results.transitions[name as keyof Results['transitions']] = values
  await timing.stop()
}
await postgres.server.stop()
rmSync(media, { force: true, recursive: true })

const markdown = report(results, {
  command: 'npm run bench',
  measured: SECONDS,
  ramp: RAMP,
  rounds: ROUNDS,
  seconds: (Date.now() - started) / 1000,
  warmup: WARMUP,
})
writeFileSync(path.join(root, 'bench/results.md'), markdown)
process.stdout.write(markdown)
process.exit(0)
