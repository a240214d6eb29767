import type { PayloadRequest } from 'payload'

type Drizzle = {
  execute: <Row = Record<string, unknown>>(query: unknown) => Promise<{ rows: Row[] }>
}
type PostgresAdapter = {
  drizzle: Drizzle
  sessions?: Record<string, { db: Drizzle }>
  tableNameMap: Map<string, string>
}

/** The request's transaction when it has one, the adapter's pool otherwise; and the collection's table name. */
export const drizzleFor = async (
  req: PayloadRequest,
  collection: string,
): Promise<{ db: Drizzle; table: string }> => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID =
    req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db =
    (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) ||
    adapter.drizzle
  const name = collection.replace(/-/g, '_')
  return { db, table: adapter.tableNameMap.get(name) ?? name }
}

/** The column of a top-level field or group subfield path (Payload's snake_case naming). */
export const columnOf = (...path: string[]): string =>
  path.map((part) => part.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)).join('_')
