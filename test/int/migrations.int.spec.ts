import { spawnSync } from 'node:child_process'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalCondition } from '../../src/cli/spawnBin'
import { createTestDatabase } from '../helpers/database'
import { initPayload, type TestContext } from '../helpers/initPayload'

const columns = async (uri: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select table_name, column_name, data_type, is_nullable from information_schema.columns
       where table_schema = 'public' and table_name <> 'payload_migrations' order by 1, 2`,
    )
    return rows
  } finally {
    await client.end()
  }
}

let pushed: TestContext
let migrated: Awaited<ReturnType<typeof createTestDatabase>>
beforeAll(async () => {
  pushed = await initPayload()
  migrated = await createTestDatabase(inject('pgAdminUri'))
})
afterAll(async () => {
  await pushed?.cleanup()
  await migrated?.drop()
})

describe('committed migrations (payload migrate, production mode)', () => {
  it('build exactly the schema that development push builds', async () => {
    const result = spawnSync(process.execPath, [lexicalCondition('production'), 'node_modules/payload/bin.js', 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: migrated.uri, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation', PAYLOAD_SECRET: 'migration-test-secret' },
      timeout: 110_000,
    })
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
    expect(result.stdout).toMatch(/Migrated: +\d+_\d+_initial/)
    const fromMigrations = await columns(migrated.uri)
    expect(fromMigrations.length).toBeGreaterThan(100)
    expect(fromMigrations).toEqual(await columns(pushed.databaseUri))
  })
})
