import type { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'

import { noteConnectionFailure } from './outageWitness'

// The adapter's own copy of the pg types (it may resolve another @types/pg than the app).
type AdapterPg = NonNullable<Parameters<typeof postgresAdapter>[0]['pg']>

/**
 * node-postgres with pools that survive a database outage. When PostgreSQL stops or restarts, each
 * idle pooled connection gets an error (57P01 "terminating connection due to administrator command",
 * ECONNRESET) that the pool re-emits as its own 'error' event; with no listener, Node ends the whole
 * process. Payload's adapter adds none, so every pool made from this module gets one: the broken
 * connection is dropped, requests answer 503 (src/delivery/databaseErrors.ts) until the database is
 * back, and the pool then connects again by itself.
 */
class Pool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', (error: Error & { code?: string }) => {
      console.warn(
        `PostgreSQL dropped an idle pooled connection (${error.code ?? error.message}); the pool will connect again when asked.`,
      )
    })
    // pg-pool listens on a connection only while it is idle: one that is checked out (a request's
    // transaction, or the connection Payload's adapter keeps) when PostgreSQL goes away emits an
    // 'error' of its own. Its query fails and answers 503; the connection is dropped on release.
    this.on('connect', (client: pg.PoolClient) => {
      client.on('error', (error: Error & { code?: string }) => {
        console.warn(
          `PostgreSQL dropped a pooled connection in use (${error.code ?? error.message}); its request fails, the pool connects again when asked.`,
        )
      })
    })
  }

  // A connection that cannot be had marks the request that asked for it (outageWitness.ts).
  override connect(): Promise<pg.PoolClient>
  override connect(
    callback: (
      error: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void
  override connect(
    callback?: (
      error: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ) {
    if (callback) {
      return super.connect((error, client, done) => {
        if (error) noteConnectionFailure(error)
        callback(error, client, done)
      })
    }
    return super.connect().catch((error: unknown) => {
      noteConnectionFailure(error)
      throw error
    })
  }
}

export const pgSurvivingOutages = { ...pg, Pool } as unknown as AdapterPg
