import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { findFreePort } from '../../src/app/db/port'
import { type Child, startScript } from '../processes'
import { type Receiver, startReceiver } from './receiver'

export type SeededDoc = {
  en: { slug: string; title: string }
  fr: null | { slug: string; title: string }
  id: number
  published: boolean
}
export type Worker = { child: Child; pid: number }

/** A throwaway PostgreSQL (restartable), two app processes serving the API over HTTP, job workers, a webhook receiver. */
export const startCluster = async (twoWorkers: boolean, docs: number) => {
  // The database-down test's restartable PostgreSQL: `stop` and `start` on stdin, same port and folder.
  const pgChild = await startScript('test/helpers/restartablePg.ts', { NODE_ENV: 'test' })
  const { adminUri } = JSON.parse(pgChild.firstLine) as { adminUri: string }
  const admin = new pg.Client({ connectionString: adminUri })
  await admin.connect()
  await admin.query('create database soak')
  await admin.end()
  const databaseUri = adminUri.replace(/\/postgres$/, '/soak')
  const receiverPort = await findFreePort()
  const receiver: Receiver = await startReceiver(receiverPort)
  Object.assign(process.env, {
    DATABASE_URI: databaseUri,
    DISABLE_PAYLOAD_HMR: 'true',
    NODE_ENV: 'test',
    // The soak measures behaviour under load, not the per-minute limits (429 stays an allowed outcome).
    RATE_LIMIT_LOGIN_PER_MINUTE: '0',
    RATE_LIMIT_WORKFLOW_PER_MINUTE: '0',
    // A worker is killed mid-delivery: its job is handed back after 15 s, within the drain, not the 5 minutes of production.
    JOBS_STUCK_AFTER_MS: '15000',
    WEBHOOK_ATTEMPTS: '5',
    WEBHOOK_BACKOFF_MS: '200',
    WEBHOOK_SECRET: 'soak-webhook-secret-0123456789abcdef0123',
    WEBHOOK_URLS: `http://127.0.0.1:${receiverPort}/hooks/soak`,
  })
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-soak-media-'))
  const exits: { at: number; what: string }[] = []
  let stopping = false
  /** Every child started, so that a failed start stops what it had started. */
  const started: Child[] = [pgChild]
  /** The multi-instance tests' second process (test/helpers/processServer.ts); its output goes to our stderr, a crash's stack included. */
  const startApp = async (index: number) => {
    const port = await findFreePort()
    const child = await startScript(
      'test/helpers/processServer.ts',
      { MEDIA_DIR: mediaDir, NODE_ENV: 'test', PROCESS_SERVER_PORT: String(port) },
      'process-server ready ',
    )
    started.push(child)
    child.process.on(
      'exit',
      (code, signal) =>
        void (
          stopping ||
          exits.push({
            at: Date.now(),
            what: `app process ${index} (pid ${child.process.pid}) exited (${code ?? signal}; its output is on stderr)`,
          })
        ),
    )
    return { child, url: `http://127.0.0.1:${port}` }
  }
  // The first process pushes the schema; the others find it in place.
  const apps = [await startApp(0)]
  // Every development boot re-pushes a foreign key whose name is cut at 63 characters (drizzle sees
  // a difference each time): later boots racing each other, or one under load, fail or take locks.
  process.env.PAYLOAD_MIGRATING = 'true'
  const killed = new Set<number>()
  const workers: Worker[] = []
  const startWorker = async (seedDocs = 0): Promise<Worker & { docs: SeededDoc[] }> => {
    const child = await startScript('bench/soak/local.ts', {
      NODE_ENV: 'test',
      PAYLOAD_MIGRATING: 'true',
      SOAK_SEED_DOCS: String(seedDocs),
      SOAK_WORKER: '1',
    })
    started.push(child)
    const { docs: seeded, pid } = JSON.parse(child.firstLine) as { docs: SeededDoc[]; pid: number }
    child.process.on('exit', (code, signal) => {
      if (stopping || killed.has(pid)) return
      // As a supervisor would: counted as a failure, and replaced so that deliveries go on.
      exits.push({
        at: Date.now(),
        what: `job worker ${pid} exited (${code ?? signal}); a new one replaces it`,
      })
      workers.splice(
        workers.findIndex((worker) => worker.pid === pid),
        1,
      )
      void replacement().then((worker) => {
        if (stopping) void worker?.child.stop()
        else if (worker) workers.push(worker)
      })
    })
    return { child, docs: seeded, pid }
  }
  /** A new worker; a boot that fails (PostgreSQL down meanwhile) is tried again, up to five times. */
  const replacement = async (): Promise<null | Worker> => {
    for (let attempt = 1; attempt <= 5 && !stopping; attempt += 1) {
      const worker = await startWorker().catch(() => null)
      if (worker) return worker
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    return null
  }
  const [second, seeder, other] = await Promise.all([
    startApp(1),
    startWorker(docs),
    twoWorkers ? startWorker() : null,
  ]).catch(async (error) => {
    stopping = true
    await Promise.allSettled(started.map((child) => child.stop()))
    throw error
  })
  apps.push(second)
  workers.push(seeder, ...(other ? [other] : []))
  return {
    apps,
    databaseUri,
    docs: seeder.docs,
    pg: pgChild,
    exits,
    /** SIGKILLs a worker on purpose (not counted as an exit). */
    kill: (worker: Worker) => {
      killed.add(worker.pid)
      worker.child.process.kill('SIGKILL')
    },
    receiver,
    replacement,
    startWorker,
    stop: async () => {
      stopping = true
      await Promise.allSettled([
        ...apps.map((app) => app.child.stop()),
        ...workers.map((worker) => worker.child.stop()),
      ])
      await pgChild.stop()
      await receiver.close()
      rmSync(mediaDir, { force: true, recursive: true })
    },
    workers,
  }
}
export type Cluster = Awaited<ReturnType<typeof startCluster>>
