// The soak's PostgreSQL: an embedded server in a process of its own (see test/helpers/pgServer.ts),
// which can be restarted on the same port and data folder mid-run. Prints `BENCH {"adminUri"}`;
// stdin `restart <downMs>` stops it (fast shutdown), waits, starts it again, answers `REPLY {...}`.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { type RunningPostgres, startEmbeddedPostgres } from '../../src/db/embedded'
import { findFreePort } from '../../src/db/port'

const root = mkdtempSync(path.join(os.tmpdir(), 'cms-soak-pg-'))
chmodSync(root, 0o755) // the server runs as the postgres user when we are root
const options = { dataDir: path.join(root, 'data'), database: 'postgres', fast: true, port: await findFreePort() }
let server: RunningPostgres = await startEmbeddedPostgres(options)
process.stdout.write(`BENCH ${JSON.stringify({ adminUri: server.adminUri })}\n`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
readline.createInterface({ input: process.stdin }).on('line', async (line) => {
  const [command, down] = line.split(' ')
  if (command !== 'restart') return
  const stoppedAt = Date.now()
  await server.stop()
  await sleep(Number(down))
  server = await startEmbeddedPostgres(options)
  process.stdout.write(`REPLY ${JSON.stringify({ startedAt: Date.now(), stoppedAt })}\n`)
})

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await server.stop()
  rmSync(root, { force: true, recursive: true })
  process.exit(0)
}
process.stdin.on('end', stop)
process.on('SIGTERM', stop)
