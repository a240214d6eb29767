import pg from 'pg'

import { type Child, startScript } from './processes'

/** A throwaway embedded PostgreSQL (test/helpers/pgServer.ts in a child process) and fresh databases on it. */
export const startPostgres = async (): Promise<{
  adminUri: string
  createDatabase: (name: string) => Promise<string>
  server: Child
}> => {
  const server = await startScript('test/helpers/pgServer.ts', { NODE_ENV: 'test' }, '')
  const { adminUri } = JSON.parse(server.firstLine) as { adminUri: string }
  const createDatabase = async (name: string) => {
    const client = new pg.Client({ connectionString: adminUri })
    await client.connect()
    await client.query(`drop database if exists ${name} with (force)`)
    await client.query(`create database ${name}`)
    await client.end()
    const url = new URL(adminUri)
    url.pathname = `/${name}`
    return url.toString()
  }
  return { adminUri, createDatabase, server }
}
