import type { Config, Payload } from 'payload'

import { WorkflowConfigError } from './configError'

/** Adapter names whose database is PostgreSQL (@payloadcms/db-postgres, @payloadcms/db-vercel-postgres). */
const POSTGRES_ADAPTERS = ['postgres', 'vercel-postgres']

/**
 * The workflow's rules hold inside one PostgreSQL transaction (row locks, the four-eyes check and the
 * write it guards): any other adapter would let them silently stop holding, so refuse it at start.
 */
export const checkDatabaseAdapter = (db: Config['db'] | undefined): void => {
  const name = (db as { name?: string } | undefined)?.name
  if (!name || !POSTGRES_ADAPTERS.includes(name)) {
    throw new WorkflowConfigError(
      'not_postgres',
      `the database adapter is ${name ? `"${name}"` : 'not set'}; the workflow needs PostgreSQL: set db: postgresAdapter({ pool: { connectionString } }) from @payloadcms/db-postgres.`,
      { adapter: name },
    )
  }
}

/**
 * `postgresAdapter({ transactionOptions: false })` makes beginTransaction a no-op answering null; the
 * adapter only knows once it runs, so this asks it at init (a real transaction is rolled back at once).
 */
export const checkTransactions = async (payload: Payload): Promise<void> => {
  const id = await payload.db.beginTransaction()
  if (id === null || id === undefined) {
    throw new WorkflowConfigError(
      'transactions_off',
      "database transactions are off (transactionOptions: false); the workflow's rules hold only inside a transaction: remove transactionOptions: false from postgresAdapter({...}).",
    )
  }
  await payload.db.rollbackTransaction(id)
}
