import { spawnSync } from 'node:child_process'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import * as frenchMarkers from '../../migrations/20261207_204702_french_markers'
import * as readerJsonFields from '../../migrations/20261127_110350_reader_json_fields'
import { lexicalCondition } from '../../src/app/cli/spawnBin'
import { createTestDatabase } from '../helpers/database'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { paragraph } from '../helpers/lexical'
import { createStaff, publishViaWorkflow, reqAs, transitionAs } from '../helpers/workflow'
import { rowsOf } from '../helpers/sqlRows'

const columns = (uri: string) =>
  rowsOf(
    uri,
    `select table_name, column_name, data_type, is_nullable from information_schema.columns
     where table_schema = 'public' and table_name <> 'payload_migrations' order by 1, 2`,
  )
const indexes = (uri: string) =>
  rowsOf(
    uri,
    `select tablename, indexdef from pg_indexes where schemaname = 'public' and tablename not like 'payload_migrations%' order by 1, 2`,
  )

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
    const result = spawnSync(
      process.execPath,
      [lexicalCondition('production'), 'node_modules/payload/bin.js', 'migrate'],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URI: migrated.uri,
          NODE_ENV: 'production',
          NODE_OPTIONS: '--no-deprecation',
          PAYLOAD_SECRET: 'migration-test-secret',
        },
        timeout: 110_000,
      },
    )
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
    expect(result.stdout).toMatch(/Migrated: +\d+_\d+_initial/)
    const fromMigrations = await columns(migrated.uri)
    expect(fromMigrations.length).toBeGreaterThan(100)
    expect(fromMigrations).toEqual(await columns(pushed.databaseUri))
    expect(await indexes(migrated.uri)).toEqual(await indexes(pushed.databaseUri))
  })

  it('index every locale table by the document it belongs to (src/app/db/indexLocaleParents.ts), in both', async () => {
    for (const uri of [migrated.uri, pushed.databaseUri]) {
      const localeTables = (await indexes(uri)).filter(({ tablename }) =>
        tablename.endsWith('_locales'),
      )
      const tables = [...new Set(localeTables.map(({ tablename }) => tablename as string))]
      expect(tables).toContain('_policy_statements_v_locales')
      expect(tables.length).toBe(13)
      for (const table of tables) {
        expect(localeTables.map(({ indexdef }) => indexdef)).toContain(
          `CREATE INDEX ${table}_parent_id_idx ON public.${table} USING btree (_parent_id)`,
        )
      }
    }
  })

  it('carry the published slugs and translation counts across the json-fields change, up and down', async () => {
    const pool = new pg.Pool({ connectionString: migrated.uri })
    const args = { db: drizzle(pool) } as never
    const read = (columns: string) =>
      rowsOf(migrated.uri, `select ${columns} from policy_statements order by id`)
    try {
      await readerJsonFields.down(args)
      await rowsOf(
        migrated.uri,
        `insert into policy_statements (alternates_en, alternates_fr, translation_progress_fr_approved, translation_progress_fr_missing, translation_progress_fr_outdated, translation_progress_fr_total)
         values ('regularization', 'regularisation', 6, 1, 2, 9), ('english-only', null, 0, 9, 0, 9)`,
      )
      await readerJsonFields.up(args)
      expect(await read('alternates, translation_progress')).toEqual([
        {
          alternates: { en: 'regularization', fr: 'regularisation' },
          translation_progress: { fr: { approved: 6, missing: 1, outdated: 2, total: 9 } },
        },
        {
          alternates: { en: 'english-only', fr: null },
          translation_progress: { fr: { approved: 0, missing: 9, outdated: 0, total: 9 } },
        },
      ])
      await readerJsonFields.down(args)
      expect(
        await read(
          'alternates_fr, translation_progress_fr_approved, translation_progress_fr_total',
        ),
      ).toEqual([
        {
          alternates_fr: 'regularisation',
          translation_progress_fr_approved: '6',
          translation_progress_fr_total: '9',
        },
        {
          alternates_fr: null,
          translation_progress_fr_approved: '0',
          translation_progress_fr_total: '9',
        },
      ])
      await readerJsonFields.up(args)
    } finally {
      await pool.end()
    }
  })

  it('recompute the markers stored before partial existed, and keep what conferences and partners had published (french_markers)', async () => {
    const { payload } = pushed
    const staff = await createStaff(payload)
    const { id } = await payload.create({
      collection: 'policy-statements',
      data: {
        body: paragraph('Body.'),
        slug: 'migrated',
        summary: 'Summary.',
        title: 'Migrated',
        topic: 'regularization',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, 'policy-statements', id)
    await payload.update({
      collection: 'policy-statements',
      data: { title: 'Migré' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, 'policy-statements', id, 'submit_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer2, 'policy-statements', id, 'approve_translation', {
      locale: 'fr',
    })
    // A conference published before conferences were governed (written as the old app did, past the hooks).
    const conference = await payload.db.create({
      collection: 'conferences',
      data: {
        _status: 'published',
        name: { en: 'Old conference', fr: 'Ancienne conférence' },
        place: 'Ottawa',
        slug: { en: 'old-conference', fr: 'ancienne' },
        startDate: '2024-03-01T00:00:00.000Z',
      },
    })
    await rowsOf(
      pushed.databaseUri,
      `update policy_statements set translation_fr = 'approved', translation_fallback_fields = null, previous_slugs = null where id = ${id}`,
    )
    const req = await reqAs(payload, staff.admin)
    await frenchMarkers.up({ db: payload.db.drizzle, payload, req } as never)
    const [statement] = await rowsOf(
      pushed.databaseUri,
      `select translation_fr, translation_fallback_fields, previous_slugs from policy_statements where id = ${id}`,
    )
    expect(statement).toEqual({
      previous_slugs: { en: [], fr: [] },
      translation_fallback_fields: { fr: ['summary', 'body'] },
      translation_fr: 'partial',
    })
    const [migrated_] = await rowsOf(
      pushed.databaseUri,
      `select workflow_state, translation_fr, alternates from conferences where id = ${conference.id}`,
    )
    expect(migrated_).toEqual({
      alternates: { en: 'old-conference', fr: null },
      translation_fr: 'coming_soon',
      workflow_state: 'published',
    })
    // Its French was never reviewed: readers get the English until a reviewer approves a French.
    const reader = await payload.find({
      collection: 'conferences',
      locale: 'fr',
      overrideAccess: false,
      where: { id: { equals: conference.id } },
    })
    expect(reader.docs.map((doc) => [doc.name, doc.translation?.fr])).toEqual([
      ['Old conference', 'coming_soon'],
    ])
  })
})
