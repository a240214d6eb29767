import pg from 'pg'

/**
 * True when the database has a user: what `seed/run.ts if-empty` would find, asked in SQL so that
 * starting on a seeded database costs no Payload start. Any doubt (no users table yet, another
 * slug) says false, and the seed's own check decides.
 */
export const hasUsersInSql = async (uri: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
    return (await client.query('select 1 from users limit 1')).rowCount === 1
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}
