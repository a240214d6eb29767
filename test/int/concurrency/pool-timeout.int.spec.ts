import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { PARTNERS } from '../../helpers/slugs'

/**
 * Issue [1/7]: when every pooled connection is busy, a request waits at most DATABASE_POOL_TIMEOUT_MS
 * for one, then fails with node-postgres' "timeout exceeded when trying to connect" (the database-down
 * mapping answers it 503 + Retry-After); it never waits forever, and the pool serves again once freed.
 */
const POOL_MAX = 3
const POOL_TIMEOUT_MS = 1000

type Pool = { connect: () => Promise<PoolClient> }

let ctx: TestContext
let payload: Payload
let server: ApiServer
beforeAll(async () => {
  ctx = await initPayload({
    DATABASE_POOL_MAX: String(POOL_MAX),
    DATABASE_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS),
  })
  payload = ctx.payload
  server = await startApiServer()
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

/**
 * Runs `work` while every connection of the app's pool is checked out: POOL_MAX - 1, because
 * Payload's postgres adapter keeps one checked out from connect on (to watch for ECONNRESET).
 */
const whilePoolExhausted = async <T>(work: () => Promise<T>): Promise<T> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const held = await Promise.all(Array.from({ length: POOL_MAX - 1 }, () => pool.connect()))
  try {
    return await work()
  } finally {
    for (const client of held) client.release()
  }
}

const messages = (error: unknown): string[] => {
  const found: string[] = []
  for (let cause = error; cause && found.length < 6; cause = (cause as { cause?: unknown }).cause)
    found.push(String((cause as Error).message))
  return found
}

describe('a request when every pooled connection is busy', () => {
  it('fails after DATABASE_POOL_TIMEOUT_MS with "timeout exceeded when trying to connect"', async () => {
    const { error, ms } = await whilePoolExhausted(async () => {
      const started = Date.now()
      const error = await payload.find({ collection: PARTNERS }).then(
        () => null,
        (caught: unknown) => caught,
      )
      return { error, ms: Date.now() - started }
    })
    expect(messages(error)).toContain('timeout exceeded when trying to connect')
    expect(ms).toBeGreaterThanOrEqual(POOL_TIMEOUT_MS - 50)
    expect(ms).toBeLessThan(POOL_TIMEOUT_MS + 5000)
  })

  it('over HTTP: an anonymous read answers 503 with Retry-After within the bound instead of hanging, and 200 once connections are free', async () => {
    const { ms, status } = await whilePoolExhausted(async () => {
      const started = Date.now()
      const response = await request(server, `/api/${PARTNERS}`, { headers: {} })
      await response.arrayBuffer()
      return {
        ms: Date.now() - started,
        status: [response.status, response.headers.get('retry-after') !== null],
      }
    })
    expect(status).toEqual([503, true])
    expect(ms).toBeLessThan(POOL_TIMEOUT_MS + 8000)
    expect((await request(server, `/api/${PARTNERS}`)).status).toBe(200)
  })
})
