import type { AfterErrorHook } from 'payload'

import { isLockTimeout, LOCK_BUSY_CODE } from '../operations/lockErrors'
import { tw } from '../translations'
import { answerAs } from './errorAnswers'

/**
 * Any statement that waited longer than lock_timeout (DATABASE_LOCK_TIMEOUT_MS) for a row another
 * save holds answers 409 and says to try again, instead of "Something went wrong" and 500.
 */
export const lockTimeoutIs409: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (isLockTimeout(error))
    return answerAs(409, LOCK_BUSY_CODE, tw(req.t, 'errorLockBusy'), graphqlResult)
}
