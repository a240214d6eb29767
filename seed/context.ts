import type { Payload, PayloadRequest } from 'payload'

import type { SeedCollection } from './schema'

export type CountedCollection = SeedCollection | 'media'
export type Outcome = 'created' | 'skipped'
export type Tally = { created: number; skipped: number }
export type Counts = Record<CountedCollection, Tally>

/** What a step gets for one item: the Local API, the request holding the item's transaction, a counter. */
export type ItemContext = {
  count: (collection: CountedCollection, outcome: Outcome) => void
  payload: Payload
  req: PayloadRequest
}

/** The id of the document whose `field` equals `value` (English, latest draft included), if any. */
export const findId = async (
  { payload, req }: ItemContext,
  collection: CountedCollection,
  field: string,
  value: string,
): Promise<number | undefined> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 1,
    locale: 'en',
    pagination: false,
    req,
    where: { [field]: { equals: value } },
  })
  return docs[0]?.id
}

/** Like findId for a reference another entry depends on; validation guarantees it was seeded first. */
export const requireId = async (
  ctx: ItemContext,
  collection: SeedCollection,
  field: string,
  value: string,
): Promise<number> => {
  const id = await findId(ctx, collection, field, value)
  if (id === undefined)
    throw new Error(`${collection} with ${field} "${value}" is missing: seed it first.`)
  return id
}
