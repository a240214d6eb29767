import { existsSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'

import { migrations } from '../../../migrations'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import type { BuildOutcome } from './build'
import { type NextServer, startNextServer } from './nextServer'

export type AdminApp = {
  ctx: TestContext
  server: NextServer
  startMs: number
  stop: () => Promise<void>
}

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
      await client.query(
        'insert into payload_migrations (name, batch, updated_at, created_at) values ($1, 1, now(), now())',
        [name],
      )
  } finally {
    await client.end()
  }
}

/** Waits for the admin build that test/e2e/globalSetup.ts started; throws its output if it failed. */
const builtAdmin = async () => {
  const file = inject('e2eBuildFile')
  const deadline = Date.now() + 20 * 60_000
  while (!existsSync(file)) {
    if (Date.now() > deadline)
      throw new Error('The admin build (next build) was not over after 20 minutes.')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as BuildOutcome
  if (outcome.error) throw new Error(outcome.error)
}

/** The built admin (test/e2e/globalSetup.ts) served by `next start` on a fresh database, plus a Local API on it. */
export const startAdminApp = async (
  root: string,
  env: Record<string, string> = {},
): Promise<AdminApp> => {
  await builtAdmin()
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
