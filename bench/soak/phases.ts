import type { Cluster } from './cluster'
import type { SoakConfig } from './config'

export type PhaseLog = { at: number; what: string }[]
export type PhaseTimes = { killedAt?: number; pgDown?: { startedAt: number; stoppedAt: number } }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits for a delivery to be in flight (the receiver holds it), SIGKILLs the worker sending it, starts a fresh one. */
const killWorker = async (cluster: Cluster, log: PhaseLog, times: PhaseTimes, until: number) => {
  cluster.receiver.setHold(true)
  while (!cluster.receiver.held.length && Date.now() < until) await sleep(50)
  const held = cluster.receiver.held[0]
  const victim =
    held && cluster.workers.find((worker) => String(worker.pid) === held.delivery.worker)
  if (!victim) {
    cluster.receiver.setHold(false)
    cluster.receiver.release()
    return void log.push({
      at: Date.now(),
      what: 'kill-worker: no delivery in flight before the deadline; skipped',
    })
  }
  cluster.kill(victim)
  await new Promise((resolve) =>
    victim.child.process.exitCode !== null || victim.child.process.signalCode
      ? resolve(null)
      : victim.child.process.once('exit', resolve),
  )
  times.killedAt = Date.now()
  await sleep(300) // the receiver sees the dead worker's connection close before answering what it holds
  cluster.receiver.setHold(false)
  cluster.receiver.release()
  cluster.workers.splice(cluster.workers.indexOf(victim), 1)
  log.push({
    at: times.killedAt,
    what: `kill-worker: SIGKILLed worker ${victim.pid} while it delivered ${held.delivery.kind} event ${held.delivery.eventId} (doc ${held.delivery.docId}); starting a fresh worker`,
  })
  const fresh = await cluster.replacement()
  if (fresh) cluster.workers.push(fresh)
  log.push({
    at: Date.now(),
    what: fresh
      ? `kill-worker: worker ${fresh.pid} running`
      : 'kill-worker: no new worker could start',
  })
}

/** The phases, each at its moment of the run and independent of the other: a worker killed mid-delivery (25 %), PostgreSQL restarted (50 %). */
export const runPhases = async (
  cfg: SoakConfig,
  cluster: Cluster,
  started: number,
  log: PhaseLog,
  times: PhaseTimes,
) => {
  const duration = cfg.SOAK_SECONDS * 1000
  const at = (fraction: number) => sleep(Math.max(0, started + duration * fraction - Date.now()))
  const kill = async () => {
    await at(0.25)
    await killWorker(cluster, log, times, started + duration * 0.45)
  }
  const restart = async () => {
    await at(0.5)
    log.push({
      at: Date.now(),
      what: `pg-restart: stopping PostgreSQL for ${cfg.SOAK_PG_DOWN_MS} ms`,
    })
    const stoppedAt = Date.now()
    await cluster.pg.ask('stop')
    await sleep(cfg.SOAK_PG_DOWN_MS)
    await cluster.pg.ask('start')
    times.pgDown = { startedAt: Date.now(), stoppedAt }
    log.push({
      at: times.pgDown!.startedAt,
      what: `pg-restart: PostgreSQL accepting connections again (down ${times.pgDown!.startedAt - times.pgDown!.stoppedAt} ms)`,
    })
  }
  const report = (phase: string) => (error: unknown) =>
    void log.push({ at: Date.now(), what: `${phase} failed: ${String(error).slice(0, 300)}` })
  await Promise.all([
    cfg.SOAK_KILL_WORKER ? kill().catch(report('kill-worker')) : null,
    cfg.SOAK_PG_RESTART ? restart().catch(report('pg-restart')) : null,
  ])
}
