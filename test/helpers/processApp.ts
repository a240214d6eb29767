import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { lexicalCondition } from '../../src/app/cli/spawnBin'
import { findFreePort } from '../../src/app/db/port'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type AppProcess = { pid: number; stop: () => Promise<void>; url: string }

/**
 * Starts a second app process (test/helpers/processServer.ts) on `databaseUri` and resolves once it
 * serves HTTP. It starts on the schema the first process made: no push (PAYLOAD_MIGRATING, as the
 * soak's later processes), which would only diff the database again.
 */
export const startAppProcess = async (
  databaseUri: string,
  timeoutMs = 90_000,
): Promise<AppProcess> => {
  const port = await findFreePort()
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-process-media-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: databaseUri,
    DISABLE_PAYLOAD_HMR: 'true',
    MEDIA_DIR: mediaDir,
    NODE_ENV: 'test',
    PAYLOAD_MIGRATING: 'true',
    PROCESS_SERVER_PORT: String(port),
  }
  const child = spawn(
    process.execPath,
    [lexicalCondition('test'), '--import', 'tsx', 'test/helpers/processServer.ts'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const output: string[] = []
  const keep = (text: string) => output.push(text) > 200 && output.shift()
  child.stderr.on('data', (chunk: Buffer) => keep(chunk.toString()))
  // Keep reading stdout after the ready line, or a full pipe would stall the process's logger.
  const lines = readline.createInterface({ input: child.stdout })
  const ready = new Promise<void>((resolve) =>
    lines.on('line', (line) => (line === `process-server ready ${port}` ? resolve() : keep(line))),
  )
  const exited = once(child, 'exit')
  let timer: NodeJS.Timeout | undefined
  const stop = async () => {
    clearTimeout(timer)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
    rmSync(mediaDir, { force: true, recursive: true })
  }
  const failure = await Promise.race([
    ready.then(() => null),
    exited.then(
      ([code, signal]) =>
        new Error(
          `The second app process exited (${code ?? signal}) before it was ready:\n${output.join('\n')}`,
        ),
    ),
    new Promise<Error>((resolve) => {
      timer = setTimeout(
        () =>
          resolve(
            new Error(
              `The second app process was not ready after ${timeoutMs} ms:\n${output.join('\n')}`,
            ),
          ),
        timeoutMs,
      )
    }),
  ])
  if (failure) {
    await stop()
    throw failure
  }
  clearTimeout(timer)
  return { pid: child.pid!, stop, url: `http://127.0.0.1:${port}` }
}
