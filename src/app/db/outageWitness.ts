import { AsyncLocalStorage } from 'node:async_hooks'

import { isDatabaseUnavailable } from '../../delivery/databaseErrors'

const witness = new AsyncLocalStorage<{ saw: boolean }>()

/**
 * Runs `work` and says whether a database connection failed while it ran, even where the error was
 * swallowed: Payload's JWT strategy turns a user it could not load into "anonymous", and the request
 * then answers 401/403 however soon the database is back. `select 1` after the fact cannot tell.
 */
export const witnessOutages = async <T>(
  work: () => Promise<T>,
): Promise<{ sawOutage: boolean; value: T }> => {
  const seen = { saw: false }
  const value = await witness.run(seen, work)
  return { sawOutage: seen.saw, value }
}

/** Called by the pool when a connection cannot be had: marks the request it was asked for. */
export const noteConnectionFailure = (error: unknown) => {
  const seen = witness.getStore()
  if (seen && isDatabaseUnavailable(error)) seen.saw = true
}
