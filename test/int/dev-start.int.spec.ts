import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCHEMA_READY_LINE } from '../../seed/signals'
import { startDatabaseGate } from '../../src/app/cli/databaseGate'
import { hasUsersInSql } from '../../src/app/cli/seedState'
import { payloadEnv, startBin } from '../../src/app/cli/spawnBin'
import { findFreePort, isPortFree } from '../../src/app/db/port'
import { createTestDatabase } from '../helpers/database'

// What `npm run dev` relies on to run Next.js beside the seed (src/app/cli/dev.ts). The whole
// command, with Next.js, is timed and checked by `npm run newcomer` (bench/newcomer.ts).

let database: Awaited<ReturnType<typeof createTestDatabase>>
beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
})
afterAll(async () => database?.drop())

const settled = <T>(promise: Promise<T>) => {
  const state = { done: false }
  void promise.then(
    () => (state.done = true),
    () => (state.done = true),
  )
  return state
}

describe('the database gate in front of next dev', () => {
  it('holds a connection until opened, then passes it through, and ends it on close', async () => {
    const gate = await startDatabaseGate(database.uri)
    const client = new pg.Client({ connectionString: gate.uri })
    const ended = new Promise<void>((resolve) => client.on('end', resolve))
    client.on('error', () => undefined)
    const connecting = client.connect()
    const connected = settled(connecting)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(connected.done).toBe(false)

    gate.open()
    await connecting
    expect(
      (await client.query<{ db: string }>('select current_database() as db')).rows[0]?.db,
    ).toBe(database.name)
    // Connections made after opening go straight through.
    const later = new pg.Client({ connectionString: gate.uri })
    await later.connect()
    expect((await later.query('select 1 as one')).rows[0]).toEqual({ one: 1 })
    await later.end()

    await gate.close()
    await ended
  })
})

describe('the seed as npm run dev runs it', () => {
  it('says when its schema push is done, before it writes, and leaves a database the SQL check calls seeded', async () => {
    expect(await hasUsersInSql(database.uri)).toBe(false) // no tables yet
    const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-dev-seed-'))
    const lines: string[] = []
    try {
      // Stopped once its users are in: the rest of the content is seed.int's subject.
      const seed = startBin(
        'payload',
        ['run', 'seed/run.ts', 'if-empty'],
        { ...payloadEnv(database.uri), MEDIA_DIR: mediaDir, NODE_ENV: 'development' },
        {
          onLine: (line) => {
            lines.push(line)
            if (line.startsWith('[seed] users:')) seed.kill()
          },
        },
      )
      await seed.exited
    } finally {
      rmSync(mediaDir, { force: true, recursive: true })
    }
    const ready = lines.indexOf(SCHEMA_READY_LINE)
    expect(ready).toBeGreaterThanOrEqual(0)
    expect(lines.slice(ready + 1)[0]).toBe('[seed] users: 5 created, 0 skipped')
    expect(await hasUsersInSql(database.uri)).toBe(true)
  })
})

describe('the seeded-database check', () => {
  it('says false when it cannot tell (a server that cannot be reached), so the seed decides', async () => {
    const unreachable = new URL(database.uri)
    unreachable.port = '1'
    expect(await hasUsersInSql(unreachable.toString())).toBe(false)
  })
})

describe('npm run dev when the embedded PostgreSQL cannot start', () => {
  it('ends with one line saying what to do, and stops the Next.js and the seed it had started beside it', async () => {
    const taken = net.createServer().listen(0, '127.0.0.1')
    await new Promise((resolve) => taken.once('listening', resolve))
    const pgPort = (taken.address() as net.AddressInfo).port
    const webPort = await findFreePort()
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-dev-pg-'))
    chmodSync(dataDir, 0o755)
    try {
      const result = spawnSync('node_modules/.bin/tsx', ['src/app/cli/dev.ts'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URI: '',
          EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
          EMBEDDED_PG_PORT: String(pgPort),
          PORT: String(webPort),
        },
        timeout: 120_000,
      })
      expect(result.status).toBe(1)
      expect(result.stderr.trim().split('\n').at(-1)).toBe(
        `Error: Port ${pgPort} for the embedded PostgreSQL is taken: stop what listens there or set EMBEDDED_PG_PORT to a free port.`,
      )
      expect(await isPortFree(webPort, '0.0.0.0')).toBe(true)
    } finally {
      taken.close()
      rmSync(dataDir, { force: true, recursive: true })
    }
  })
})
