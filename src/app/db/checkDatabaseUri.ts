import pg from 'pg'

import { StartupError } from './errors'

/** Connects once to `uri`, so that a wrong DATABASE_URI fails with one line instead of a stack. */
export const checkDatabaseUri = async (uri: string, timeoutMs = 5000): Promise<void> => {
  let host = 'the server'
  try {
    host = new URL(uri).host || host
  } catch {
    throw new StartupError(
      'DATABASE_URI is not a valid URL: use postgres://user:password@host:5432/database, or unset it to use the embedded PostgreSQL.',
    )
  }
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new StartupError(
      `Cannot reach the PostgreSQL in DATABASE_URI (${host}: ${reason}): start that server, fix DATABASE_URI, or unset it to use the embedded PostgreSQL.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
