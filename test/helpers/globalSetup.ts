import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db/embedded'
import { findFreePort } from '../../src/db/port'

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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-pg-'))
  chmodSync(dataDir, 0o755) // the server runs as the postgres user when we are root
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    database: 'postgres',
    fast: true,
    port: await findFreePort(),
  })
  project.provide('pgAdminUri', server.adminUri)
  return async () => {
    await server.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
