import type { CollectionBeforeOperationHook, Where } from 'payload'

import { progressCountsAsNumbers } from '../src/delivery/progressWhere'

/**
 * A filter on the translation counts (`where[translationProgress.fr.missing][equals]=0`) compares
 * numbers, whichever path sent it (REST's text values, GraphQL, the Local API, bulk update/delete).
 */
export const compareProgressAsNumbers: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: Where }).where
  return where ? { ...args, where: progressCountsAsNumbers(where) } : args
}
