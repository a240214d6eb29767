import pg from 'pg'

/** The rows one SQL statement returns, on a connection of its own (closed after). */
export const rowsOf = async (uri: string, sql: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}
