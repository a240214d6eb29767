import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

type Drizzle = { execute: (query: unknown) => Promise<unknown> }
type PostgresAdapter = {
  drizzle: Drizzle
  sessions?: Record<string, { db: Drizzle }>
  tableNameMap: Map<string, string>
}

/**
 * Takes the document's row lock for the rest of the transaction (SELECT … FOR UPDATE), so that
 * two transitions on one document, from any number of app processes, run one after the other.
 */
export const lockDocument = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  const table = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  await db.execute(sql`select id from ${sql.identifier(table)} where id = ${id} for update`)
}
