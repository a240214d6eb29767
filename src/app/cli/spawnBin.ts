import { spawn } from 'node:child_process'
import path from 'node:path'

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
    ? [process.execPath, [lexicalCondition(env.NODE_ENV), path.resolve('node_modules/payload/bin.js'), ...args]]
    : [path.resolve('node_modules/.bin', bin), args]

/** Runs a package binary from node_modules/.bin with `env`, passing signals on; resolves its exit code. */
export const spawnBin = (bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve) => {
    const [command, commandArgs] = resolveBin(bin, args, env)
    const child = spawn(command, commandArgs, { env, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

export const payloadEnv = (uri: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: uri,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
})
