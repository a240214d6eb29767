import { spawn } from 'node:child_process'
import path from 'node:path'

/** Runs a package binary from node_modules/.bin with `env`, passing signals on; resolves its exit code. */
export const spawnBin = (bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin', bin), args, { env, stdio: 'inherit' })
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
