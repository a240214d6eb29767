// `npm run seed` runs `payload run seed/run.ts`; `npm run dev` adds the word `if-empty`. `payload run`
// drops --flags, so options are positional words or environment variables (SEED_FORCE=true).
import { getPayload } from 'payload'

import { readEnv } from '../src/app/env'
import { assertMayRun, hasUsers, seed } from './index'
import { SCHEMA_READY_LINE } from './signals'

const [mode, ...extra] = process.argv.slice(2)
const log = (line: string) => console.log(`[seed] ${line}`)

const run = async (): Promise<number> => {
  if ((mode !== undefined && mode !== 'if-empty') || extra.length > 0) {
    throw new Error(
      `Unknown arguments "${process.argv.slice(2).join(' ')}": use no argument, or "if-empty" to seed only a database without users.`,
    )
  }
  const env = readEnv()
  const force = env.SEED_FORCE === 'true'
  // Refuse before connecting, so a production database is not even migrated by a refused run.
  assertMayRun({ env: env.NODE_ENV, force })
  const started = Date.now()
  // Imported here rather than at the top so that a configuration error also ends as one line below.
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  console.log(SCHEMA_READY_LINE)
  try {
    if (mode === 'if-empty' && (await hasUsers(payload))) {
      log('skipped: the database already has users (if-empty)')
      return 0
    }
    const result = await seed(payload, { force, log })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    log(`done in ${seconds} s: ${result.created} created, ${result.skipped} skipped`)
    return 0
  } finally {
    await payload.destroy()
  }
}

const code = await run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[seed] failed: ${message.replace(/\s*\n\s*/g, ' ')}`)
  return 1
})
process.exit(code)
