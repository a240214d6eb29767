import pg from 'pg'

import { migrations } from '../../../migrations'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { type NextServer, startNextServer } from './nextServer'

export type AdminApp = { ctx: TestContext; server: NextServer; startMs: number; stop: () => Promise<void> }

/**
 * Marks the committed migrations as applied on a database whose schema Payload pushed from the current
 * config, so that `next start` (production) starts on it without migrating: the browser tests test the
 * admin against the schema of the code; test/int/migrations checks the migrations against it.
 */
const markMigrated = async (uri: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('delete from payload_migrations where batch = -1')
    for (const { name } of migrations)
      await client.query('insert into payload_migrations (name, batch, updated_at, created_at) values ($1, 1, now(), now())', [name])
  } finally {
    await client.end()
  }
}

/** The built admin (test/e2e/globalSetup.ts) served by `next start` on a fresh database, plus a Local API on it. */
export const startAdminApp = async (root: string, env: Record<string, string> = {}): Promise<AdminApp> => {
  const ctx = await initPayload()
  await markMigrated(ctx.databaseUri)
  const started = Date.now()
  const server = await startNextServer(root, ctx.databaseUri, env)
  return {
    ctx,
    server,
    startMs: Date.now() - started,
    stop: async () => {
      await server.stop()
      await ctx.cleanup()
    },
  }
}
