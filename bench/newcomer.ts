// `npm run newcomer`: what a newcomer waits for. Clones the committed HEAD into a temp folder, runs
// `npm install` and `npm run dev` there, and times the first 200 of GET /admin (as a browser opened
// at once would ask), plus the parts: install, embedded PostgreSQL, seed, Next.js ready, the admin's
// first compile. Then Ctrl-C, and a second `npm run dev` on the seeded database (no re-seed).
// The npm cache of this machine is used as it is: warm when this project was installed here before.
// NEWCOMER_REPO=<path or URL> clones another checkout; NEWCOMER_KEEP=1 keeps the clone;
// NEWCOMER_NODE_MODULES=<folder> hard-links that node_modules instead of installing (to time `npm run dev` alone).
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../src/app/db/port'
import { portsFree, runDev, type DevRun } from './devRun'
import { root } from './processes'

const LIMIT_S = 90
const repo = process.env.NEWCOMER_REPO ?? root
const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`)
const log = (line: string) => process.stderr.write(`[newcomer] ${line}\n`)

// Readable by all, as a clone usually is: as root, the embedded PostgreSQL runs as `postgres`, and
// in a private folder its data would move to a temp folder (a different path from a newcomer's).
const dir = mkdtempSync(path.join(os.tmpdir(), 'newcomer-'))
chmodSync(dir, 0o755)
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')

const phases = (run: DevRun) => ({
  database: run.lineAt(/^\[db\] embedded PostgreSQL/),
  schema: run.lineAt(/^\[seed\] schema ready/),
  seed: run.lineAt(/^\[seed\] (done|skipped)|^\[dev\] the database has users/),
  next: run.lineAt(/Ready in/),
  ready: run.lineAt(/^\[dev\] ready/),
})

const stopped = async (run: DevRun, ports: number[]) => {
  const { code, ms } = await run.interrupt()
  const free = await portsFree(ports)
  log(
    `Ctrl-C: exited with ${code} after ${seconds(ms)}; ports ${ports.join(', ')} ${free ? 'free' : 'STILL TAKEN'}`,
  )
  return free && (code === null || code === 0 || code === 130)
}

let failed: boolean
try {
  log(`load average ${load()} (other work on this machine slows every figure below)`)
  execFileSync('git', ['clone', '--quiet', repo, dir], { stdio: 'inherit' })
  log(
    `cloned ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim()} into ${dir}`,
  )
  const installStart = Date.now()
  const linked = process.env.NEWCOMER_NODE_MODULES
  const install = linked
    ? spawnSync('cp', ['-al', path.resolve(linked), path.join(dir, 'node_modules')], {
        stdio: 'inherit',
      })
    : spawnSync('npm', ['install'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  const installMs = Date.now() - installStart
  if (install.status !== 0)
    throw new Error(`${linked ? 'cp -al' : 'npm install'} exited with ${install.status}`)
  log(
    linked
      ? `node_modules hard-linked from ${linked}: not an install time`
      : `npm install: ${seconds(installMs)} (npm cache as this machine has it)`,
  )

  const port = await findFreePort()
  const env = { EMBEDDED_PG_PORT: String(await findFreePort()) }
  const ports = [port, Number(env.EMBEDDED_PG_PORT)]
  const first = await runDev(dir, {
    env,
    port,
    onLine: ({ at, line }) => log(`${seconds(at).padStart(8)}  ${line}`),
  })
  failed = !(await stopped(first, ports))
  const parts = phases(first) // after the stop: the ready line may follow the first 200 by a moment

  const second = await runDev(dir, { env, port })
  failed = !(await stopped(second, ports)) || failed
  const again = phases(second)
  const reseeded = second.lines.some(({ line }) => /^\[seed\] (users|done)/.test(line))
  failed ||= reseeded

  const total = installMs + first.firstAdmin
  const rows = [
    ['npm install', installMs],
    ['npm run dev: embedded PostgreSQL up', parts.database],
    ['npm run dev: seed started Payload, schema pushed', parts.schema],
    ['npm run dev: seed finished', parts.seed],
    ['npm run dev: Next.js listening ("Ready in")', parts.next],
    ['npm run dev: "[dev] ready" line', parts.ready],
    ['npm run dev: first 200 of /admin', first.firstAdmin],
    ['install + dev to the first /admin 200', total],
    ['second npm run dev (seeded): first 200 of /admin', second.firstAdmin],
    ['second npm run dev: seed check done', again.seed],
  ] as const
  console.log(`\nNewcomer timings (load average now ${load()}; ${os.cpus().length} cores)\n`)
  console.log('| step | time from its start |\n| --- | ---: |')
  for (const [name, ms] of rows) console.log(`| ${name} | ${seconds(ms)} |`)
  console.log(`\nSecond start re-seeded: ${reseeded ? 'YES (wrong)' : 'no'}`)
  const claimsAfterSeed =
    parts.ready !== undefined && parts.seed !== undefined && parts.ready >= parts.seed
  console.log(`"[dev] ready" printed, after the seed: ${claimsAfterSeed ? 'yes' : 'NO (wrong)'}`)
  failed ||= !claimsAfterSeed
  if (!linked && total > LIMIT_S * 1000) {
    console.log(`Over the ${LIMIT_S} s goal by ${seconds(total - LIMIT_S * 1000)}.`)
    failed = true
  }
} catch (error) {
  console.error(`[newcomer] ${error instanceof Error ? error.message : String(error)}`)
  failed = true
} finally {
  if (process.env.NEWCOMER_KEEP) log(`kept ${dir}`)
  else rmSync(dir, { force: true, recursive: true })
}
process.exit(failed ? 1 : 0)
