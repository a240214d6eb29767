// `npm run dev`: the database (embedded unless DATABASE_URI is set), the seed when it has no users,
// and `next dev`, side by side; the admin asked once so its first compile is done before the browser
// asks; one "[dev] ready" line once the seed is done and the admin answers.
import { SCHEMA_READY_LINE } from '../../../seed/signals'
import { StartupError } from '../db/errors'
import { isPortFree } from '../db/port'
import { readEnv } from '../env'
import { startDatabaseGate } from './databaseGate'
import {
  embeddedIsNew,
  plannedEmbeddedUri,
  provideDatabase,
  type ProvidedDatabase,
} from './database'
import { main } from './main'
import { hasUsersInSql } from './seedState'
import { payloadEnv, type StartedBin, startBin } from './spawnBin'
import { warmUpAdmin } from './warmUp'

const SEED_FAILED = 'Seeding failed (see above): fix the error, then run "npm run dev" again.'
const since = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`

/** The seed of an empty database; `onSchemaReady` runs once its schema push is done. */
const runSeed = (uri: string, onSchemaReady: () => void): StartedBin =>
  startBin(
    'payload',
    ['run', 'seed/run.ts', 'if-empty'],
    // Its first connection may wait at the gate while the embedded server starts.
    {
      ...payloadEnv(uri),
      DATABASE_POOL_TIMEOUT_MS: process.env.DATABASE_POOL_TIMEOUT_MS ?? '60000',
    },
    {
      onLine: (line) => {
        console.log(line)
        if (line === SCHEMA_READY_LINE) onSchemaReady()
      },
    },
  )

main(async () => {
  const started = Date.now()
  const env = readEnv()
  if (!(await isPortFree(env.PORT, '0.0.0.0'))) {
    throw new StartupError(
      `Port ${env.PORT} is taken: stop what listens there or start with PORT=3001 npm run dev.`,
    )
  }
  let interrupted = false
  const onInterrupt = () => (interrupted = true)
  process.on('SIGINT', onInterrupt)
  process.on('SIGTERM', onInterrupt)
  const startNext = (uri: string, schemaPushedBySeed: boolean) =>
    startBin('next', ['dev', '--port', String(env.PORT)], {
      ...payloadEnv(uri),
      ...(schemaPushedBySeed ? { DEV_SCHEMA_PUSHED_BY_SEED: 'true' } : {}),
    })

  // The embedded server's URI is known before it runs, so Next.js (and, in a new data folder, the
  // seed) start at once, behind gates that hold their connections: the seed's until the server is
  // up, Next's until the seed has pushed the schema (their two schema pushes must not race).
  // Another server is not proxied (TLS checks its host name): Next.js starts after the seed's push.
  const planned = plannedEmbeddedUri(env)
  const nextGate = planned ? await startDatabaseGate(planned) : undefined
  const seedGate = planned && embeddedIsNew(env) ? await startDatabaseGate(planned) : undefined
  let schemaReady = () => undefined as void
  const schema = new Promise<void>((resolve) => (schemaReady = resolve))
  const onSchemaReady = () => (nextGate?.open(), schemaReady())
  let seed = seedGate ? runSeed(seedGate.uri, onSchemaReady) : undefined
  // In a new data folder the seed pushes the schema before Next.js may connect: Next.js skips its own.
  let next = nextGate ? startNext(nextGate.uri, Boolean(seedGate)) : undefined
  const warmUp = new AbortController()
  let database: ProvidedDatabase | undefined
  try {
    database = await provideDatabase(env)
    if (interrupted) return 130
    if (await hasUsersInSql(database.uri)) {
      seed?.kill()
      await seed?.exited
      seed = undefined
      nextGate?.open()
      console.log('[dev] the database has users: no seed (npm run seed adds what is missing)')
    } else {
      seedGate?.open()
      seed ??= runSeed(database.uri, onSchemaReady)
    }
    if (!next) {
      if (seed && !(await Promise.race([schema.then(() => true), seed.exited.then(() => false)]))) {
        if (interrupted) return 130
        throw new StartupError(SEED_FAILED)
      }
      next = startNext(database.uri, Boolean(seed))
    }
    const nextExited = next.exited
    void nextExited.then(() => warmUp.abort())
    const firstAnswer = warmUpAdmin(env.PORT, warmUp.signal)
    if (seed) {
      const code = await Promise.race([seed.exited, nextExited.then(() => undefined)])
      if (code === undefined || interrupted) return await nextExited
      if (code !== 0) throw new StartupError(SEED_FAILED)
      nextGate?.open()
      console.log(`[dev] seeded, ${since(started)} from start`)
    }
    let status = await firstAnswer
    // The first page can time out at the gate while the seed pushes the schema (a slow machine):
    // asked again now that the database is there, it answers from the compiled admin.
    if (status !== undefined && status >= 500) status = await warmUpAdmin(env.PORT, warmUp.signal)
    const url = `http://localhost:${env.PORT}/admin`
    if (status === 200) console.log(`[dev] ready in ${since(started)}: ${url}`)
    else if (status !== undefined)
      console.log(`[dev] up in ${since(started)}, but ${url} answered ${status} (see above)`)
    return await nextExited
  } finally {
    // Whatever ended the run (Ctrl-C, a failed seed, a database that did not start), nothing stays.
    warmUp.abort()
    seed?.kill()
    next?.kill()
    await Promise.all([seed?.exited, next?.exited])
    await Promise.all([nextGate?.close(), seedGate?.close()])
    await database?.stop()
    process.off('SIGINT', onInterrupt)
    process.off('SIGTERM', onInterrupt)
  }
})
