import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapter, SanitizedConfig } from 'payload'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { pushDevSchema } from '@payloadcms/drizzle'
import { createHash } from 'node:crypto'
import pg from 'pg'

type Adapter = DatabaseAdapter & PostgresAdapter

const withClient = async <T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const uriOf = (adminUri: string, database: string) => {
  const url = new URL(adminUri)
  url.pathname = `/${database}`
  return url.toString()
}

/** The schema Payload would push, as drizzle-kit sees it (its push diffs the database against this). */
const schemaHash = (adapter: Adapter): string => {
  const {
    id: _id,
    prevId: _prevId,
    ...snapshot
  } = adapter.requireDrizzleKit().generateDrizzleJson(adapter.schema) as Record<string, unknown>
  return createHash('sha256')
    .update(
      JSON.stringify({
        extensions: adapter.extensions,
        schemaName: adapter.schemaName,
        snapshot,
        tablesFilter: adapter.tablesFilter,
      }),
    )
    .digest('hex')
    .slice(0, 20)
}

/** Payload's own dev push (extensions, tables, the `dev` migration row) into `uri`, on a connection of its own. */
const pushInto = async (adapter: Adapter, uri: string) => {
  const forced = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  // pushDevSchema skips a schema this process pushed before; the template is a new database.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    await withClient(uri, async (client) => {
      const onTemplate = Object.assign(Object.create(adapter) as Adapter, {
        drizzle: drizzle({ client, schema: adapter.schema }),
      })
      await onTemplate.createExtensions()
      await pushDevSchema(onTemplate)
    })
  } finally {
    if (forced === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = forced
  }
}

/**
 * Creates the database `database` as a copy of a template holding the schema this adapter would
 * push, building the template (with Payload's push) when no test made it yet. The template is named
 * by a hash of the schema, so every config gets its own (an env that adds a collection, a field or a
 * job gets another). A database-wide lock makes parallel test files build each template once.
 */
const cloneTemplate = async (adapter: Adapter, adminUri: string, database: string) => {
  const template = `test_template_${schemaHash(adapter)}`
  await withClient(adminUri, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template])
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [
        template,
      ])
      if (!rowCount) {
        // Built under another name and renamed when complete: a test run killed mid-build leaves no half template.
        const building = `${template}_building`
        await admin.query(`drop database if exists ${building} with (force)`)
        await admin.query(`create database ${building}`)
        await pushInto(adapter, uriOf(adminUri, building))
        await admin.query(`alter database ${building} rename to ${template}`)
      }
      await admin.query(`create database ${database} template ${template}`)
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template])
    }
  })
}

/**
 * Makes the config's database adapter start on a copy of a template database instead of pushing
 * the schema: the copy takes ~0.2 s, the push 1.5–2 s of each test file. The database named by the
 * adapter's connection string must not exist yet; `adminUri` may CREATE DATABASE on that server.
 */
export const startFromTemplate = (config: SanitizedConfig, adminUri: string): void => {
  const adapterObj = config.db as SanitizedConfig['db'] & { fromTemplate?: true }
  if (adapterObj.fromTemplate) return
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args) as Adapter
    const connect = adapter.connect!
    adapter.connect = async function (this: Adapter, options) {
      if (!options?.hotReload && !this.pool) {
        const database = new URL(this.poolOptions.connectionString!).pathname.slice(1)
        await cloneTemplate(this, adminUri, database)
        // The copy holds exactly the schema the push would make.
        this.push = false
      }
      return connect.call(this, options)
    }
    return adapter
  }
  adapterObj.fromTemplate = true
}
