import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type RunningPostgres } from '../../src/app/db/embedded'
import { StartupError } from '../../src/app/db/errors'
import { findFreePort } from '../../src/app/db/port'
import { rowsOf } from '../helpers/sqlRows'

const root = mkdtempSync(path.join(os.tmpdir(), 'cms-embedded-'))
chmodSync(root, 0o755) // the server runs as the postgres user when tests run as root
afterAll(() => rmSync(root, { force: true, recursive: true }))

const startError = async (
  start: Promise<RunningPostgres>,
): Promise<{ code: string; message: string }> => {
  try {
    const server = await start
    await server.stop()
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    return { code: (error as StartupError).code, message: (error as Error).message }
  }
  throw new Error('Expected the embedded PostgreSQL to refuse to start')
}

describe('embedded PostgreSQL', () => {
  const dataDir = path.join(root, 'fresh')

  it('initialises a fresh data folder, serves the database, and keeps data across restarts', async () => {
    const port = await findFreePort()
    const first = await startEmbeddedPostgres({ dataDir, database: 'cms', fast: true, port })
    try {
      const [row] = await rowsOf(first.uri, 'select current_database() as db, version() as version')
      expect(row.db).toBe('cms')
      expect(row.version).toMatch(/^PostgreSQL 17\./)
      await rowsOf(first.uri, "create table kept (v text); insert into kept values ('still here')")
    } finally {
      await first.stop()
    }
    const second = await startEmbeddedPostgres({ dataDir, database: 'cms', fast: true, port })
    try {
      expect(await rowsOf(second.uri, 'select v from kept')).toEqual([{ v: 'still here' }])
    } finally {
      await second.stop()
    }
  })

  it('refuses a data folder locked by a running server, naming the folder and what to do', async () => {
    const running = await startEmbeddedPostgres({
      dataDir,
      database: 'cms',
      fast: true,
      port: await findFreePort(),
    })
    try {
      const { code, message } = await startError(
        startEmbeddedPostgres({ dataDir, database: 'cms', port: await findFreePort() }),
      )
      expect(code).toBe('data_dir_locked')
      for (const named of [dataDir, 'EMBEDDED_PG_DIR']) expect(message).toContain(named)
    } finally {
      await running.stop()
    }
  })

  it('refuses a taken port', async () => {
    const running = await startEmbeddedPostgres({
      dataDir,
      database: 'cms',
      fast: true,
      port: await findFreePort(),
    })
    try {
      const port = Number(new URL(running.uri).port)
      const { code, message } = await startError(
        startEmbeddedPostgres({ dataDir: path.join(root, 'other'), database: 'cms', port }),
      )
      expect(code).toBe('port_taken')
      for (const named of [String(port), 'EMBEDDED_PG_PORT']) expect(message).toContain(named)
    } finally {
      await running.stop()
    }
  })

  it('refuses a folder that holds something else', async () => {
    const foreign = path.join(root, 'foreign')
    mkdirSync(foreign)
    writeFileSync(path.join(foreign, 'notes.txt'), 'not a database')
    const { code, message } = await startError(
      startEmbeddedPostgres({ dataDir: foreign, database: 'cms', port: await findFreePort() }),
    )
    expect(code).toBe('foreign_data_dir')
    for (const named of [foreign, 'EMBEDDED_PG_DIR']) expect(message).toContain(named)
  })
})
