import { spawn } from 'node:child_process'
import { once } from 'node:events'
import readline from 'node:readline'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URI with the right to CREATE DATABASE; each test file makes its own database. */
    pgAdminUri: string
  }
}

/** One throwaway PostgreSQL for the run: DATABASE_URI's server when set, otherwise an embedded one. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URI) {
    project.provide('pgAdminUri', process.env.DATABASE_URI)
    return
  }
  const child = spawn('node_modules/.bin/tsx', ['test/helpers/pgServer.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const [line] = (await Promise.race([
    once(readline.createInterface({ input: child.stdout }), 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(
        `The test PostgreSQL exited with status ${code} before it was ready (see above).`,
      )
    }),
  ])) as [string]
  project.provide('pgAdminUri', (JSON.parse(line) as { adminUri: string }).adminUri)
  return async () => {
    const exited = once(child, 'exit')
    child.stdin.end()
    await exited
  }
}
