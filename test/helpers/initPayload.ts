import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { testDatabase } from './database'
import { stopPayload } from './stopPayload'
import { startFromTemplate } from './templateDatabase'

export type TestContext = { cleanup: () => Promise<void>; databaseUri: string; payload: Payload }

/**
 * Boots the real app config on a database of its own (a copy of a template database that holds the
 * schema Payload would push: test/helpers/templateDatabase.ts), with media in a temporary folder.
 * `env` overrides variables (a function gets the database URI first). Call once per test file in
 * beforeAll and `cleanup` in afterAll.
 */
export const initPayload = async (
  env: Record<string, string> | ((databaseUri: string) => Record<string, string>) = {},
): Promise<TestContext> => {
  const adminUri = inject('pgAdminUri')
  const database = testDatabase(adminUri)
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-media-'))
  const extra = typeof env === 'function' ? env(database.uri) : env
  Object.assign(
    process.env,
    { DATABASE_URI: database.uri, DISABLE_PAYLOAD_HMR: 'true', MEDIA_DIR: mediaDir },
    extra,
  )
  const config = await (await import('@payload-config')).default
  startFromTemplate(config, adminUri)
  // The default cache key, so that Payload's route handlers (which call getPayload) share this instance.
  const payload = await getPayload({ config })
  return {
    cleanup: async () => {
      await stopPayload(payload, 'default', database)
      rmSync(mediaDir, { force: true, recursive: true })
    },
    databaseUri: database.uri,
    payload,
  }
}
