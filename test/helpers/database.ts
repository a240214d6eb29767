import { randomBytes } from 'node:crypto'
import pg from 'pg'

const withAdmin = async <T>(
  adminUri: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A new database's name and URI beside `adminUri` (not created yet), and a function that drops it. */
export const testDatabase = (adminUri: string) => {
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`
  const url = new URL(adminUri)
  url.pathname = `/${name}`
  return {
    drop: () =>
      withAdmin(adminUri, (client) => client.query(`drop database if exists ${name} with (force)`)),
    name,
    uri: url.toString(),
  }
}

/** Creates an empty database beside `adminUri` and returns its URI and a function that drops it. */
export const createTestDatabase = async (adminUri: string) => {
  const database = testDatabase(adminUri)
  await withAdmin(adminUri, (client) => client.query(`create database ${database.name}`))
  return database
}
