import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { lexicalCondition } from '../src/app/cli/spawnBin'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type Child = {
  /** Writes one line to the child's stdin and resolves with its next `REPLY ` line. */
  ask: (line: string) => Promise<string>
  firstLine: string
  process: ChildProcess
  stop: () => Promise<void>
}

/** Children announce themselves with one stdout line starting with this, then JSON. */
export const READY = 'BENCH '
/** Children that take requests on stdin answer each with one stdout line starting with this. */
export const REPLY = 'REPLY '

/**
 * Runs `script` (TypeScript, through tsx, with the Lexical export condition Payload needs) and
 * resolves with the JSON of its first `BENCH ` line (`firstLine`); its other output goes to our
 * stderr. Rejects if it exits first. BENCH_NODE_ARGS, in `env` or in our own environment, adds node
 * flags to the child (e.g. --cpu-prof, --max-semi-space-size=64).
 */
export const startScript = async (
  script: string,
  env: NodeJS.ProcessEnv,
  prefix = READY,
): Promise<Child> => {
  const nodeArgs = env.BENCH_NODE_ARGS ?? process.env.BENCH_NODE_ARGS ?? ''
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs.split(' ').filter(Boolean),
      lexicalCondition(env.NODE_ENV),
      '--import',
      'tsx',
      script,
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = readline.createInterface({ input: child.stdout! })
  const exited = once(child, 'exit')
  const waiting: { reject: (error: Error) => void; resolve: (reply: string) => void }[] = []
  const announced = new Promise<string>((resolve) =>
    lines.on('line', (line) => {
      if (line.startsWith(prefix)) resolve(line.slice(prefix.length))
      else if (line.startsWith(REPLY) && waiting.length)
        waiting.shift()!.resolve(line.slice(REPLY.length))
      else process.stderr.write(`${line}\n`)
    }),
  )
  const first = await Promise.race([
    announced,
    exited.then(([code]) => {
      throw new Error(`${script} exited with status ${code} before it was ready (see above).`)
    }),
  ])
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  // A child that dies mid-request fails the pending asks instead of leaving the run waiting forever.
  void exited.then(([code]) =>
    waiting
      .splice(0)
      .forEach(({ reject }) =>
        reject(new Error(`${script} exited with status ${code} before answering (see above).`)),
      ),
  )
  const ask = (line: string) =>
    new Promise<string>((resolve, reject) => {
      if (child.exitCode !== null || child.signalCode !== null)
        return reject(new Error(`${script} has exited; it cannot answer "${line}".`))
      waiting.push({ reject, resolve })
      child.stdin!.write(`${line}\n`)
    })
  return { ask, firstLine: first, process: child, stop }
}
