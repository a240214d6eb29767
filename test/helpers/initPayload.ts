import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { createTestDatabase } from './database'
import { stopPayload } from './stopPayload'

export type TestContext = { cleanup: () => Promise<void>; databaseUri: string; payload: Payload }

/**
 * Boots the real app config on a database of its own (schema pushed by Payload), with media in a
 * temporary folder. `env` overrides variables (a function gets the database URI first). Call once
 * per test file in beforeAll and `cleanup` in afterAll.
 */
export const initPayload = async (env: Record<string, string> | ((databaseUri: string) => Record<string, string>) = {}): Promise<TestContext> => {
  const database = await createTestDatabase(inject('pgAdminUri'))
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-media-'))
  const extra = typeof env === 'function' ? env(database.uri) : env
  Object.assign(process.env, { DATABASE_URI: database.uri, DISABLE_PAYLOAD_HMR: 'true', MEDIA_DIR: mediaDir }, extra)
  const { default: config } = await import('@payload-config')
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
