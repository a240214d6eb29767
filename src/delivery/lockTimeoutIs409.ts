import type { AfterErrorHook } from 'payload'

import { isLockTimeout, LOCK_BUSY } from '../operations/lockErrors'

/**
 * Any statement that waited longer than lock_timeout (DATABASE_LOCK_TIMEOUT_MS) for a row another
 * save holds answers 409 and says to try again, instead of "Something went wrong" and 500.
 */
export const lockTimeoutIs409: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isLockTimeout(error)) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, statusCode: 409 }, message: LOCK_BUSY } }
  return { response: { errors: [{ message: LOCK_BUSY }] }, status: 409 }
}
