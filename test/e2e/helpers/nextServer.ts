import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../../src/app/db/port'

export type NextServer = { logs: () => string; stop: () => Promise<void>; url: string }

/**
 * `next start` of the built app on `databaseUri`, in production mode (committed migrations run at
 * start), with media in a temporary folder. Resolves once the admin answers.
 */
export const startNextServer = async (
  root: string,
  databaseUri: string,
  env: Record<string, string> = {},
): Promise<NextServer> => {
  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}`
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-media-'))
  const child = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: databaseUri,
        MEDIA_DIR: mediaDir,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'e2e-secret-not-for-production',
        // One test signs in many times from one address.
        RATE_LIMIT_LOGIN_PER_MINUTE: '0',
        RATE_LIMIT_WORKFLOW_PER_MINUTE: '0',
        SERVER_URL: url,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output: string[] = []
  const keep = (chunk: Buffer) => output.push(chunk.toString()) > 500 && output.shift()
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = once(child, 'exit')
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
    rmSync(mediaDir, { force: true, recursive: true })
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    // The first request initialises Payload (and runs the migrations).
    const ok = await fetch(`${url}/api/users/me`).then(
      (res) => res.status < 500,
      () => false,
    )
    if (ok) return { logs: () => output.join(''), stop, url }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start was not ready:\n${output.join('').slice(-4000)}`)
}
