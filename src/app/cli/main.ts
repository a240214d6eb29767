import { existsSync } from 'node:fs'

import { StartupError } from '../db/errors'

// Same precedence as Next.js and Payload's own CLI: variables already set win over .env.
const loadDotEnv = () => {
  for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file)
}

/** Runs a CLI entry point; start-up problems print as one line, anything else with its stack. */
export const main = (run: () => Promise<number>): void => {
  loadDotEnv()
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`Error: ${error.message}`)
      else console.error(error)
      process.exit(1)
    },
  )
}
