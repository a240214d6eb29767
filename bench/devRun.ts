import { spawn } from 'node:child_process'
import { once } from 'node:events'
import readline from 'node:readline'

import { isPortFree } from '../src/app/db/port'

export type DevLine = { at: number; line: string }

export type DevRun = {
  /** Milliseconds from the start of `npm run dev` to the first 200 of GET /admin (redirects followed). */
  firstAdmin: number
  /** Every output line of the run with its time (ms from start), stdout and stderr together. */
  lines: DevLine[]
  /** When the first line matching `pattern` appeared, in ms from start. */
  lineAt: (pattern: RegExp) => number | undefined
  /** Sends SIGINT to the whole process group (what Ctrl-C in a terminal does); resolves once every process in it has exited. */
  interrupt: (timeoutMs?: number) => Promise<{ code: null | number; ms: number }>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `npm run dev` in `dir` (its own process group, as a terminal would) and asks GET /admin as a
 * browser opened right away would, until it answers 200. `onLine` sees each output line as it comes.
 */
export const runDev = async (
  dir: string,
  {
    env,
    onLine,
    port,
    timeoutMs = 600_000,
  }: {
    env: Record<string, string>
    onLine?: (line: DevLine) => void
    port: number
    timeoutMs?: number
  },
): Promise<DevRun> => {
  const started = Date.now()
  const child = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    detached: true,
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = once(child, 'exit') as Promise<[null | number, null | NodeJS.Signals]>
  const lines: DevLine[] = []
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (text) => {
      // eslint-disable-next-line no-control-regex
      const line = { at: Date.now() - started, line: text.replace(/\x1b\[[0-9;]*m/g, '') }
      lines.push(line)
      onLine?.(line)
    })
  }
  let exitCode: null | number | undefined
  void exited.then(([code]) => (exitCode = code))
  const interrupt = async (waitMs = 30_000) => {
    const from = Date.now()
    if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGINT')
    while (groupAlive(child.pid!) && Date.now() - from < waitMs) await sleep(100)
    if (groupAlive(child.pid!)) {
      process.kill(-child.pid!, 'SIGKILL')
      throw new Error(`npm run dev was still running ${waitMs} ms after Ctrl-C (SIGINT)`)
    }
    await exited
    return { code: exitCode ?? null, ms: Date.now() - from }
  }
  const lineAt = (pattern: RegExp) => lines.find(({ line }) => pattern.test(line))?.at
  try {
    while (Date.now() - started < timeoutMs) {
      if (exitCode !== undefined)
        throw new Error(`npm run dev exited (${exitCode}) before /admin answered 200`)
      const status = await fetch(`http://127.0.0.1:${port}/admin`).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      )
      if (status === 200) return { firstAdmin: Date.now() - started, interrupt, lineAt, lines }
      await sleep(status === 0 ? 200 : 1000)
    }
    throw new Error(`/admin did not answer 200 within ${timeoutMs} ms`)
  } catch (error) {
    await interrupt().catch(() => undefined)
    const tail = lines
      .slice(-40)
      .map(({ line }) => line)
      .join('\n')
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; last output:\n${tail}`,
      { cause: error },
    )
  }
}

/** True once nothing listens on any of `ports` (the app's and the embedded PostgreSQL's). */
export const portsFree = async (ports: number[]): Promise<boolean> =>
  (await Promise.all(ports.map((port) => isPortFree(port)))).every(Boolean)
