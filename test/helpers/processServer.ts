// A second app process for the multi-instance tests: boots Payload with the app config on
// DATABASE_URI and serves the app's API route handlers over HTTP (test/helpers/httpServer.ts).
// Prints `process-server ready <port>`.
// Run it with `node --conditions=development --import tsx` (see src/app/cli/spawnBin.ts lexicalCondition).
import { getPayload } from 'payload'

import config from '../../payload.config'
import { startApiServer } from './httpServer'

const port = Number(process.env.PROCESS_SERVER_PORT)
await getPayload({ config })
const server = await startApiServer({ port })
process.stdout.write(`process-server ready ${port}\n`)
process.on('SIGTERM', () => {
  void server.close().finally(() => process.exit(0))
})
