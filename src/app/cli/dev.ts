// `npm run dev`: database (embedded unless DATABASE_URI is set), seed when empty, then `next dev`.
import { StartupError } from '../db/errors'
import { isPortFree } from '../db/port'
import { readEnv } from '../env'
import { provideDatabase } from './database'
import { main } from './main'
import { payloadEnv, spawnBin } from './spawnBin'

main(async () => {
  const env = readEnv()
  if (!(await isPortFree(env.PORT, '0.0.0.0'))) {
    throw new StartupError(`Port ${env.PORT} is taken: stop what listens there or start with PORT=3001 npm run dev.`)
  }
  const database = await provideDatabase(env)
  try {
    const childEnv = payloadEnv(database.uri)
    const seeded = await spawnBin('payload', ['run', 'seed/run.ts', 'if-empty'], childEnv)
    if (seeded !== 0) throw new StartupError('Seeding failed (see above): fix the error, then run "npm run dev" again.')
    console.log(`[dev] admin panel: http://localhost:${env.PORT}/admin`)
    return await spawnBin('next', ['dev', '--port', String(env.PORT)], childEnv)
  } finally {
    await database.stop()
  }
})
