import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const INPUTS = ['collections', 'hooks', 'migrations', 'src', 'next.config.ts', 'package-lock.json', 'payload.config.ts', 'tsconfig.json']

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

/**
 * `next build` of the app once per content: skipped when `.next` holds a build of exactly these
 * sources. Returns how long it took (0 when skipped).
 */
export const ensureBuilt = (root: string): { ms: number; skipped: boolean } => {
  const marker = path.join(root, '.next', 'e2e-build-hash')
  const hash = buildHash(root)
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === hash) return { ms: 0, skipped: true }
  const started = Date.now()
  const result = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      // The build imports the config, which needs these set; it connects to nothing.
      DATABASE_URI: 'postgres://build@127.0.0.1:9/build',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'e2e-build-only',
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
  })
  if (result.status !== 0)
    throw new Error(`next build failed (${result.status ?? result.signal}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`)
  writeFileSync(marker, hash)
  return { ms: Date.now() - started, skipped: false }
}
