// `npm run dev`: the database (embedded unless DATABASE_URI is set); on a database without users the
// seed and `next dev` side by side, Next.js kept off the database until the seed has pushed the
// schema; the admin asked once so its first compile is done before the browser asks; one line when
// all of it is ready.
import { SCHEMA_READY_LINE } from '../../../seed/signals'
import { StartupError } from '../db/errors'
import { isPortFree } from '../db/port'
import { readEnv } from '../env'
import { type DatabaseGate, startDatabaseGate } from './databaseGate'
import { provideDatabase } from './database'
import { main } from './main'
import { hasUsersInSql } from './seedState'
import { payloadEnv, type StartedBin, startBin } from './spawnBin'
import { warmUpAdmin } from './warmUp'

const SEED_FAILED = 'Seeding failed (see above): fix the error, then run "npm run dev" again.'
const since = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`

/** Runs the seed; resolves once it has exited, calling `onSchemaReady` when its schema push is done. */
const runSeed = (uri: string, onSchemaReady: () => void): StartedBin =>
  startBin('payload', ['run', 'seed/run.ts', 'if-empty'], payloadEnv(uri), {
    onLine: (line) => {
      console.log(line)
      if (line === SCHEMA_READY_LINE) onSchemaReady()
    },
  })

main(async () => {
  const started = Date.now()
  const env = readEnv()
  if (!(await isPortFree(env.PORT, '0.0.0.0'))) {
    throw new StartupError(`Port ${env.PORT} is taken: stop what listens there or start with PORT=3001 npm run dev.`)
  }
  let interrupted = false
  const onInterrupt = () => (interrupted = true)
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  const database = await provideDatabase(env)
  let gate: DatabaseGate | undefined
  const warmUp = new AbortController()
  try {
    if (interrupted) return 130
    const seeded = await hasUsersInSql(database.uri)
    let schemaReady = () => undefined as void
    const schema = new Promise<void>((resolve) => (schemaReady = resolve))
    // The embedded server is on loopback: Next.js starts at once, behind the gate. Another server
    // (TLS checks its host name) is not proxied: Next.js starts once the schema is there.
    if (!seeded && database.embedded) gate = await startDatabaseGate(database.uri)
    if (seeded) console.log('[dev] the database has users: no seed (npm run seed adds what is missing)')
    const seed = seeded ? undefined : runSeed(database.uri, () => (gate?.open(), schemaReady()))
    if (seed && !gate && (await Promise.race([schema.then(() => true), seed.exited.then(() => false)])) === false) {
      if (interrupted) return 130
      throw new StartupError(SEED_FAILED)
    }
    const next = startBin('next', ['dev', '--port', String(env.PORT)], payloadEnv(gate?.uri ?? database.uri))
    void next.exited.then(() => warmUp.abort())
    const firstAnswer = warmUpAdmin(env.PORT, warmUp.signal)
    if (seed) {
      const code = await Promise.race([seed.exited, next.exited.then(() => undefined)])
      if (code === undefined || interrupted) {
        seed.kill()
        await seed.exited
        return await next.exited
      }
      if (code !== 0) {
        next.kill()
        await next.exited
        throw new StartupError(SEED_FAILED)
      }
      gate?.open()
      console.log(`[dev] seeded (${since(started)} from start)`)
    }
    const status = await firstAnswer
    const url = `http://localhost:${env.PORT}/admin`
    if (status === 200) console.log(`[dev] ready in ${since(started)}: ${url}`)
    else if (status !== undefined) console.log(`[dev] up in ${since(started)}, but ${url} answered ${status} (see above)`)
    return await next.exited
  } finally {
    warmUp.abort()
    await gate?.close()
    await database.stop()
    process.off('SIGINT', onInterrupt)
    process.off('SIGTERM', onInterrupt)
  }
})
