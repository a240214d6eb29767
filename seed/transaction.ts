import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { NOTIFICATIONS_CONTEXT } from '../src/index'

/**
 * Runs `work` in one database transaction: the item and its French version and files land together
 * or not at all. Its workflow transitions e-mail nobody: the demo people did not do that work.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({ context: { [NOTIFICATIONS_CONTEXT]: false } }, payload)
  const owner = await initTransaction(req)
  try {
    const result = await work(req)
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  }
}
