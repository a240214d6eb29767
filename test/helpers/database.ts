import { randomBytes } from 'node:crypto'
import pg from 'pg'

const withAdmin = async <T>(adminUri: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates an empty database beside `adminUri` and returns its URI and a function that drops it. */
export const createTestDatabase = async (adminUri: string) => {
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`
  await withAdmin(adminUri, (client) => client.query(`create database ${name}`))
  const url = new URL(adminUri)
  url.pathname = `/${name}`
  return {
    drop: () => withAdmin(adminUri, (client) => client.query(`drop database if exists ${name} with (force)`)),
    name,
    uri: url.toString(),
  }
}
