import type { Payload } from 'payload'

import { readEnv } from '../src/app/env'
import type { CountedCollection, Counts, Tally } from './context'
import { seedData } from './data'
import { SeedRefusedError } from './errors'
import type { SeedInput } from './schema'
import { runStep, type Step } from './step'
import { briefingNotesStep } from './steps/briefingNotes'
import { conferencesStep } from './steps/conferences'
import { infographicsStep } from './steps/infographics'
import { partnersStep } from './steps/partners'
import { recordingsStep } from './steps/recordings'
import { statementsStep } from './steps/statements'
import { usersStep } from './steps/users'
import { validateSeedData } from './validate'

export { SeedRefusedError, SeedWriteError } from './errors'
export { SeedDataError, validateSeedData } from './validate'

export type SeedOptions = {
  /** NODE_ENV to obey; defaults to the process's. */
  env?: string
  /** Seed even in production (what SEED_FORCE=true sets from the command line). */
  force?: boolean
  /** Where progress lines go; defaults to console.log. */
  log?: (line: string) => void
  /** The entries to load; defaults to seed/data/. */
  data?: SeedInput
}

export type SeedResult = { counts: Counts; created: number; skipped: number }

export const FORCE_HINT = 'set SEED_FORCE=true to seed anyway, e.g. "SEED_FORCE=true npm run seed"'

const COLLECTIONS: CountedCollection[] = [
  'users',
  'partners',
  'conferences',
  'conference-recordings',
  'policy-statements',
  'briefing-notes',
  'infographics',
  'media',
]

const describeTally = (collection: string, { created, skipped }: Tally) =>
  `${collection}: ${created} created, ${skipped} skipped`

/** True when the database has at least one user: what `if-empty` checks before seeding. */
export const hasUsers = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs > 0

/** Throws unless seeding is allowed: never in production unless forced. */
export const assertMayRun = ({ env, force = false }: { env: string; force?: boolean }): void => {
  if (env === 'production' && !force) {
    throw new SeedRefusedError(
      `Refusing to seed: NODE_ENV is production and the seed writes demo content; ${FORCE_HINT}.`,
    )
  }
}

/**
 * Loads the demo content through the Local API. Idempotent: each entry is looked up by its natural
 * key and skipped when present, so a second run creates and updates nothing.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const { force = false, log = console.log } = options
  const env = readEnv()
  const nodeEnv = options.env ?? env.NODE_ENV
  assertMayRun({ env: nodeEnv, force })
  const production = nodeEnv === 'production'
  const data = validateSeedData(options.data ?? seedData)
  const counts = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, { created: 0, skipped: 0 }]),
  ) as Counts
  const run = async <T>(step: Step<T>) => {
    await runStep(payload, step, counts)
    log(describeTally(step.collection, counts[step.collection]))
  }

  if (production)
    log('users: none created (demo accounts with a shared password are for development only)')
  else await run(usersStep(data.users, env.SEED_DEMO_PASSWORD))
  await run(partnersStep(data.partners))
  await run(conferencesStep(data.conferences))
  await run(recordingsStep(data['conference-recordings']))
  await run(statementsStep(data['policy-statements']))
  await run(briefingNotesStep(data['briefing-notes']))
  await run(infographicsStep(data.infographics))
  log(describeTally('media', counts.media))

  const tallies = Object.values(counts)
  return {
    counts,
    created: tallies.reduce((sum, tally) => sum + tally.created, 0),
    skipped: tallies.reduce((sum, tally) => sum + tally.skipped, 0),
  }
}
