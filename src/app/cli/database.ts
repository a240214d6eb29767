import { existsSync } from 'node:fs'
import path from 'node:path'

import { checkDatabaseUri } from '../db/checkDatabaseUri'
import { startEmbeddedPostgres, uriFor } from '../db/embedded'
import { type Env, resolveFromRoot } from '../env'

export type ProvidedDatabase = { embedded: boolean; stop: () => Promise<void>; uri: string }

const EMBEDDED_DATABASE = 'cms'

/** The URI the embedded PostgreSQL will have, known before it runs (undefined with DATABASE_URI). */
export const plannedEmbeddedUri = (env: Env): string | undefined =>
  env.DATABASE_URI ? undefined : uriFor(env.EMBEDDED_PG_PORT, EMBEDDED_DATABASE)

/** True when EMBEDDED_PG_DIR holds no cluster yet: a first start, so surely an empty database. */
export const embeddedIsNew = (env: Env): boolean =>
  !env.DATABASE_URI && !existsSync(path.join(resolveFromRoot(env.EMBEDDED_PG_DIR), 'PG_VERSION'))

/** DATABASE_URI when set (checked once), otherwise the embedded PostgreSQL in EMBEDDED_PG_DIR. */
export const provideDatabase = async (env: Env): Promise<ProvidedDatabase> => {
  if (env.DATABASE_URI) {
    await checkDatabaseUri(env.DATABASE_URI)
    return { embedded: false, stop: async () => undefined, uri: env.DATABASE_URI }
  }
  const dataDir = resolveFromRoot(env.EMBEDDED_PG_DIR)
  const started = Date.now()
  const server = await startEmbeddedPostgres({
    dataDir,
    database: EMBEDDED_DATABASE,
    port: env.EMBEDDED_PG_PORT,
  })
  console.log(
    `[db] embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT}, data in ${server.dataDir} (${Date.now() - started} ms)`,
  )
  if (server.dataDir !== dataDir) {
    console.log(
      `[db] the postgres user cannot enter ${dataDir}, so the data lives in ${server.dataDir} (a temp folder, which a reboot may empty): to keep it in the clone, move the clone to a folder that user can read (e.g. /srv).`,
    )
  }
  return { embedded: true, stop: server.stop, uri: server.uri }
}
