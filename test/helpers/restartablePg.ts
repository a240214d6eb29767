// An embedded PostgreSQL that a test can stop and start again (same folder and port), in a process of
// its own (see pgServer.ts for why), for the database-down test and the soak test. Prints
// `BENCH {"adminUri"}` when ready (bench/processes.ts's protocol); then reads commands on stdin, one a
// line: "stop" and "start", each answered "REPLY stopped" / "REPLY started" once done. Closing stdin
// (or SIGTERM) stops the server and removes its folder.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { type RunningPostgres, startEmbeddedPostgres } from '../../src/app/db/embedded'
import { findFreePort } from '../../src/app/db/port'

const root = mkdtempSync(path.join(os.tmpdir(), 'cms-test-pg-restart-'))
chmodSync(root, 0o755) // the server runs as the postgres user when we are root
const port = await findFreePort()
const start = () =>
  startEmbeddedPostgres({
    dataDir: path.join(root, 'data'),
    database: 'postgres',
    fast: true,
    port,
  })

let server: RunningPostgres | undefined = await start()
process.stdout.write(`BENCH ${JSON.stringify({ adminUri: server.adminUri })}\n`)

let queue = Promise.resolve()
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => {
    if (line === 'stop' && server) {
      await server.stop()
      server = undefined
      process.stdout.write('REPLY stopped\n')
    } else if (line === 'start' && !server) {
      server = await start()
      process.stdout.write('REPLY started\n')
    }
  })
})

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await queue
  await server?.stop()
  rmSync(root, { force: true, recursive: true })
  process.exit(0)
}
process.stdin.on('end', stop)
process.on('SIGTERM', stop)
