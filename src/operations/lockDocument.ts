import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { drizzleFor } from './drizzle'
import { isLockTimeout, lockBusyError } from './lockErrors'

/**
 * Takes the document's row lock for the rest of the transaction (SELECT … FOR UPDATE), so that
 * two transitions on one document, from any number of app processes, run one after the other.
 * Answers whether the locked row is published (what readers get), read by the same statement.
 * A wait longer than the connection's lock_timeout is a 409 saying to try again.
 */
export const lockDocument = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<{ live: boolean }> => {
  const { db, table } = await drizzleFor(req, collection)
  try {
    const { rows } = await db.execute<{ _status: null | string }>(
      sql`select _status from ${sql.identifier(table)} where id = ${id} for update`,
    )
    return { live: rows[0]?._status === 'published' }
  } catch (error) {
    throw isLockTimeout(error) ? lockBusyError(req.t) : error
  }
}
