import { StartupError } from '../db/errors'

/** Runs a CLI entry point; start-up problems print as one line, anything else with its stack. */
export const main = (run: () => Promise<number>): void => {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`Error: ${error.message}`)
      else console.error(error)
      process.exit(1)
    },
  )
}
