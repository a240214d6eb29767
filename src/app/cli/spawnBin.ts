import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

/**
 * Lexical's `node` entry points pick their dev or prod build with a top-level await, and on Node 20
 * that await sometimes never settles when Payload's CLI imports the config: the process then exits
 * with status 0 and no output (a silent "successful" migrate or seed). Naming the condition makes
 * Node resolve the dev or prod build directly, without the await.
 */
export const lexicalCondition = (nodeEnv: string | undefined): string =>
  `--conditions=${nodeEnv === 'production' ? 'production' : 'development'}`

const resolveBin = (bin: string, args: string[], env: NodeJS.ProcessEnv): [string, string[]] =>
  bin === 'payload'
    ? [
        process.execPath,
        [lexicalCondition(env.NODE_ENV), path.resolve('node_modules/payload/bin.js'), ...args],
      ]
    : [path.resolve('node_modules/.bin', bin), args]

export type StartedBin = {
  /** Resolves the exit code (1 when ended by a signal). */
  exited: Promise<number>
  /** Sends `signal` unless it has exited already. */
  kill: (signal?: NodeJS.Signals) => void
}

/**
 * Starts a package binary from node_modules/.bin with `env`, passing our SIGINT and SIGTERM on.
 * With `onLine`, its standard output comes line by line to `onLine` instead of to ours.
 */
export const startBin = (
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  { onLine }: { onLine?: (line: string) => void } = {},
): StartedBin => {
  const [command, commandArgs] = resolveBin(bin, args, env)
  const child = spawn(command, commandArgs, {
    env,
    stdio: ['inherit', onLine ? 'pipe' : 'inherit', 'inherit'],
  })
  if (onLine) readline.createInterface({ input: child.stdout! }).on('line', onLine)
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    }),
  )
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  return { exited, kill }
}

/** Runs a package binary from node_modules/.bin with `env`, passing signals on; resolves its exit code. */
export const spawnBin = (bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  startBin(bin, args, env).exited

export const payloadEnv = (uri: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: uri,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
})
