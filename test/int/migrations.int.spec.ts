import { spawnSync } from 'node:child_process'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import * as readerJsonFields from '../../migrations/20261127_110350_reader_json_fields'
import { lexicalCondition } from '../../src/cli/spawnBin'
import { createTestDatabase } from '../helpers/database'
import { initPayload, type TestContext } from '../helpers/initPayload'

const rowsOf = async (uri: string, sql: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}
const columns = (uri: string) =>
  rowsOf(
    uri,
    `select table_name, column_name, data_type, is_nullable from information_schema.columns
     where table_schema = 'public' and table_name <> 'payload_migrations' order by 1, 2`,
  )
const indexes = (uri: string) =>
  rowsOf(uri, `select tablename, indexdef from pg_indexes where schemaname = 'public' and tablename not like 'payload_migrations%' order by 1, 2`)

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
    expect(await indexes(migrated.uri)).toEqual(await indexes(pushed.databaseUri))
  })

  it('index every locale table by the document it belongs to (src/db/indexLocaleParents.ts), in both', async () => {
    for (const uri of [migrated.uri, pushed.databaseUri]) {
      const localeTables = (await indexes(uri)).filter(({ tablename }) => tablename.endsWith('_locales'))
      const tables = [...new Set(localeTables.map(({ tablename }) => tablename as string))]
      expect(tables).toContain('_policy_statements_v_locales')
      expect(tables.length).toBe(13)
      for (const table of tables) {
        expect(localeTables.map(({ indexdef }) => indexdef)).toContain(`CREATE INDEX ${table}_parent_id_idx ON public.${table} USING btree (_parent_id)`)
      }
    }
  })

  it('carry the published slugs and translation counts across the json-fields change, up and down', async () => {
    const pool = new pg.Pool({ connectionString: migrated.uri })
    const args = { db: drizzle(pool) } as never
    const read = (columns: string) => rowsOf(migrated.uri, `select ${columns} from policy_statements order by id`)
    try {
      await readerJsonFields.down(args)
      await rowsOf(
        migrated.uri,
        `insert into policy_statements (alternates_en, alternates_fr, translation_progress_fr_approved, translation_progress_fr_missing, translation_progress_fr_outdated, translation_progress_fr_total)
         values ('regularization', 'regularisation', 6, 1, 2, 9), ('english-only', null, 0, 9, 0, 9)`,
      )
      await readerJsonFields.up(args)
      expect(await read('alternates, translation_progress')).toEqual([
        { alternates: { en: 'regularization', fr: 'regularisation' }, translation_progress: { fr: { approved: 6, missing: 1, outdated: 2, total: 9 } } },
        { alternates: { en: 'english-only', fr: null }, translation_progress: { fr: { approved: 0, missing: 9, outdated: 0, total: 9 } } },
      ])
      await readerJsonFields.down(args)
      expect(await read('alternates_fr, translation_progress_fr_approved, translation_progress_fr_total')).toEqual([
        { alternates_fr: 'regularisation', translation_progress_fr_approved: '6', translation_progress_fr_total: '9' },
        { alternates_fr: null, translation_progress_fr_approved: '0', translation_progress_fr_total: '9' },
      ])
      await readerJsonFields.up(args)
    } finally {
      await pool.end()
    }
  })
})
