import type { Payload } from 'payload'

import { type Counts, findId, type ItemContext } from './context'
import { SeedWriteError } from './errors'
import type { SeedCollection } from './schema'
import { inTransaction } from './transaction'
import { NATURAL_KEYS } from './validate'

/** How to seed one collection: its entries, each entry's natural key, and how to create a missing one. */
export type Step<T> = {
  collection: SeedCollection
  create: (ctx: ItemContext, entry: T) => Promise<void>
  entries: readonly T[]
  key: (entry: T) => string
}

/** Creates each entry whose natural key is not found, in its own transaction; skips the others. */
export const runStep = async <T>(
  payload: Payload,
  step: Step<T>,
  counts: Counts,
): Promise<void> => {
  const count: ItemContext['count'] = (collection, outcome) => {
    counts[collection][outcome] += 1
  }
  for (const entry of step.entries) {
    const key = step.key(entry)
    await inTransaction(payload, async (req) => {
      const ctx: ItemContext = { count, payload, req }
      if ((await findId(ctx, step.collection, NATURAL_KEYS[step.collection], key)) !== undefined) {
        count(step.collection, 'skipped')
        return
      }
      await step.create(ctx, entry).catch((error: unknown) => {
        throw error instanceof SeedWriteError
          ? error
          : new SeedWriteError(step.collection, key, error)
      })
      count(step.collection, 'created')
    })
  }
}
