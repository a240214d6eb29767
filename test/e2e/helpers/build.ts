import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'collections',
  'hooks',
  'migrations',
  'src',
  'next.config.ts',
  'package-lock.json',
  'payload.config.ts',
  'tsconfig.json',
]

const files = (root: string, entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, path.join(entry, name)))
}

/** A hash of everything the built admin is made from. */
export const buildHash = (root: string): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((entry) => files(root, entry)))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

export type BuildOutcome = { error?: string; ms: number; skipped: boolean }

/**
 * `next build` of the app once per content: skipped when `.next` holds a build of exactly these
 * sources. Resolves (never rejects) with how long it took (0 when skipped) or why it failed.
 * Next's own type check is off in this build (E2E_BUILD): `tsc --noEmit` checks the same sources.
 */
export const build = (root: string): { done: Promise<BuildOutcome>; stop: () => void } => {
  const marker = path.join(root, '.next', 'e2e-build-hash')
  const hash = buildHash(root)
  if (
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === hash
  )
    return { done: Promise.resolve({ ms: 0, skipped: true }), stop: () => undefined }
  const started = Date.now()
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    env: {
      ...process.env,
      // The build imports the config, which needs these set; it connects to nothing.
      DATABASE_URI: 'postgres://build@127.0.0.1:9/build',
      E2E_BUILD: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'e2e-build-only',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const timer = setTimeout(() => child.kill('SIGTERM'), 15 * 60_000)
  const done = once(child, 'exit').then(([code, signal]): BuildOutcome => {
    clearTimeout(timer)
    const ms = Date.now() - started
    if (code !== 0)
      return { error: `next build failed (${code ?? signal}):\n${output}`, ms, skipped: false }
    writeFileSync(marker, hash)
    return { ms, skipped: false }
  })
  return {
    done,
    stop: () => child.exitCode === null && child.signalCode === null && void child.kill('SIGTERM'),
  }
}
