// `npm run soak`: the API under load and bad moments (issue "[1/7] Under load and bad input").
// Settings in config.ts; what it checks in invariants.ts; README section in the soak notes.
import pg from 'pg'

import { login, probeRecovery, runActors } from './actors'
import { type Cluster, startCluster } from './cluster'
import { readConfig } from './config'
import { checkInvariants } from './invariants'
import { type PhaseLog, type PhaseTimes, runPhases } from './phases'
import { recorder } from './recorder'
import { report } from './report'

const cfg = readConfig()
const say = (line: string) =>
  process.stdout.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
let cluster: Cluster | undefined
let code = 1
try {
  say(
    `starting PostgreSQL, two app processes and ${cfg.SOAK_TWO_WORKERS ? 'two job workers' : 'one job worker'}; seeding ${cfg.SOAK_DOCS} documents`,
  )
  cluster = await startCluster(cfg.SOAK_TWO_WORKERS, cfg.SOAK_DOCS)
  const apps = cluster.apps.map((app) => app.url)
  const tokens = Object.fromEntries(
    await Promise.all(
      ['editor', 'editor2', 'translator', 'reviewer', 'reviewer2'].map(async (user) => [
        user,
        await login(apps[0]!, user),
      ]),
    ),
  )
  const rec = recorder()
  const log: PhaseLog = []
  const times: PhaseTimes = {}
  const started = Date.now()
  say(`load for ${cfg.SOAK_SECONDS} s on ${apps.join(' and ')}`)
  await Promise.all([
    runActors({
      apps,
      cfg,
      states: new Map(),
      docs: cluster.docs,
      rec,
      tokens,
      until: started + cfg.SOAK_SECONDS * 1000,
    }),
    runPhases(cfg, cluster, started, log, times),
  ])
  const seconds = (Date.now() - started) / 1000
  // Whatever the phases left behind, each process must answer again without a restart.
  await probeRecovery(rec, apps, cfg)
  const db = new pg.Client({ connectionString: cluster.databaseUri })
  await db.connect()
  say(
    `load done (${rec.records.length} requests); letting the workers deliver queued webhooks (up to ${cfg.SOAK_DRAIN_SECONDS} s)`,
  )
  const deadline = Date.now() + cfg.SOAK_DRAIN_SECONDS * 1000
  const pending = async () =>
    Number(
      (
        await db.query(
          `select count(*) from payload_jobs where completed_at is null and not has_error`,
        )
      ).rows[0].count,
    )
  while ((await pending()) > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  let auditor = cluster.workers.find(
    (worker) => worker.child.process.exitCode === null && worker.child.process.signalCode === null,
  )
  if (!auditor) {
    say('no job worker is left running: starting one for the audit')
    auditor = (await cluster.replacement()) ?? undefined
    if (!auditor) throw new Error('No job worker could start for the audit.')
    cluster.workers.push(auditor)
  }
  const audit = JSON.parse(await auditor.child.ask('audit policy-statements')) as {
    hash: string
    id: number
  }[]
  const checks = await checkInvariants({
    audit,
    cfg,
    db,
    deliveries: cluster.receiver.deliveries,
    docs: cluster.docs,
    exits: cluster.exits,
    records: rec.records,
    times,
  })
  await db.end()
  process.stdout.write(`\n${report(cfg, rec.records, checks, log, times, seconds)}\n`)
  code = checks.some((c) => c.violations.length) ? 1 : 0
} catch (error) {
  process.stderr.write(
    `Soak could not run: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
} finally {
  await cluster?.stop()
}
process.exit(code)
