import type { Payload } from 'payload'

/** The SQL text of every statement sent through the adapter's pool (reads outside a transaction) until `stop`. */
export const recordStatements = (payload: Payload) => {
  const statements: string[] = []
  const pool = (payload.db as unknown as { pool: { query: (...args: unknown[]) => unknown } }).pool
  const query = pool.query
  pool.query = (...args: unknown[]) => {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text
    if (text) statements.push(text)
    return query.apply(pool, args)
  }
  return { statements, stop: () => void (pool.query = query) }
}
