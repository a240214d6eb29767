import type { BaseDatabaseAdapter, Config, PayloadRequest, UpdateOneArgs } from 'payload'

import { planDelivery, type PublishedSnapshot, type Row } from '../operations/planDelivery'
import type { SanitizedWorkflowOptions } from '../types'
import { PUBLIC_STATUS_FIELD } from '../workflow/fieldNames'
import { PUBLISHED_NOTE, takeWriteNote } from '../workflow/writeNotes'

/**
 * A publish writes the published row, then the new version from what that write returns (Payload's
 * update operation; no hook runs in between). The row must carry only approved translations, the
 * version the translators' drafts. So, for a write notePublishedTranslations noted as a publish,
 * the adapter's `updateOne` stores the row as readers should have it (planDelivery) and hands back
 * the draft's values, which the version then keeps. Every other write passes through untouched.
 * One write instead of a write, a read-back and a rewrite of the row (bench/results.md).
 */
const deliveringUpdateOne = (
  original: BaseDatabaseAdapter['updateOne'],
  options: SanitizedWorkflowOptions,
): BaseDatabaseAdapter['updateOne'] =>
  async function (this: BaseDatabaseAdapter, args: UpdateOneArgs) {
    const { id, req } = args as UpdateOneArgs & { id?: number | string }
    const noted =
      req && id !== undefined
        ? await takeWriteNote<{ previous: null | PublishedSnapshot }>(
            req as PayloadRequest,
            PUBLISHED_NOTE,
            args.collection,
            id,
          )
        : undefined
    const collection = noted && this.payload.collections[args.collection]?.config
    const changes = collection
      ? planDelivery(
          { collection, options },
          { before: noted.previous, draft: args.data, row: args.data },
        )
      : null
    if (!changes) return original.call(this, args)
    // The full text replaces an announced stub: readers get it as published.
    const delivered = {
      ...changes.text,
      ...changes.markers,
      ...(PUBLIC_STATUS_FIELD in args.data ? { [PUBLIC_STATUS_FIELD]: 'published' } : {}),
    }
    const written = (await original.call(this, {
      ...args,
      data: { ...args.data, ...delivered },
    })) as Row
    return {
      ...written,
      ...Object.fromEntries(
        Object.keys(delivered)
          .filter((name) => name in args.data)
          .map((name) => [name, args.data[name]]),
      ),
    }
  }

/** The app's database adapter, with publishes delivering translations in their own row write. */
export const deliverOnPublishWrite = (
  db: Config['db'],
  options: SanitizedWorkflowOptions,
): Config['db'] => ({
  ...db,
  init: (args) => {
    const adapter = db.init(args)
    adapter.updateOne = deliveringUpdateOne(adapter.updateOne, options)
    return adapter
  },
})
