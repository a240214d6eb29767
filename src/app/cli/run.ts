// Usage: tsx src/cli/run.ts <bin> [args...]: runs a package binary (payload, vitest, ...) against
// DATABASE_URI, or against the embedded PostgreSQL started for the duration of the command.
import { readEnv } from '../env'
import { provideDatabase } from './database'
import { main } from './main'
import { payloadEnv, spawnBin } from './spawnBin'

main(async () => {
  const [bin, ...args] = process.argv.slice(2)
  if (!bin) throw new Error('Usage: tsx src/cli/run.ts <bin> [args...]')
  const database = await provideDatabase(readEnv())
  try {
    return await spawnBin(bin, args, payloadEnv(database.uri))
  } finally {
    await database.stop()
  }
})
