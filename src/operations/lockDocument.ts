import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { drizzleFor } from './drizzle'

/**
 * Takes the document's row lock for the rest of the transaction (SELECT … FOR UPDATE), so that
 * two transitions on one document, from any number of app processes, run one after the other.
 */
export const lockDocument = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  const { db, table } = await drizzleFor(req, collection)
  await db.execute(sql`select id from ${sql.identifier(table)} where id = ${id} for update`)
}
