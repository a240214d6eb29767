import { createDataloaderCacheKey, type FieldHook } from 'payload'

type CacheKey = Parameters<typeof createDataloaderCacheKey>[0]

/**
 * An upload a document is not worth much without (an infographic's image, a briefing note's PDF):
 * when the document is itself populated at the last level a read asks for (a statement's
 * `infographics` join at `depth=1`), the file comes populated too, with its URL and sizes, one level
 * past the read's depth for this field only. It is loaded as Payload loads any relation (the request's
 * dataloader, one batched query, the caller's access), so a reader never gets a file the embargo
 * hides: that value stays a bare id, as Payload leaves any relation the caller may not read.
 * Top-level reads (`currentDepth` 1) keep Payload's rules: `depth=0` gives ids. GraphQL reads
 * relations through its own resolvers (depth 0) and never reaches the last-level case.
 */
export const populateWithDocument =
  (relationTo: 'media'): FieldHook =>
  async ({ currentDepth, depth, draft, overrideAccess, req, showHiddenFields, value }) => {
    if (typeof value !== 'number' && typeof value !== 'string') return value
    if (
      currentDepth === undefined ||
      depth === undefined ||
      currentDepth < 2 ||
      currentDepth !== depth + 1
    )
      return value
    const collection = req.payload.collections[relationTo]
    const file = await req.payloadDataLoader.load(
      createDataloaderCacheKey({
        collectionSlug: relationTo,
        currentDepth: currentDepth + 1,
        depth: currentDepth + 1,
        docID: value,
        draft: Boolean(draft),
        fallbackLocale: req.fallbackLocale as CacheKey['fallbackLocale'],
        locale: req.locale as string,
        overrideAccess: Boolean(overrideAccess),
        select: collection?.config.defaultPopulate,
        showHiddenFields: Boolean(showHiddenFields),
        // Payload passes the request's transaction (or none) the same way when it populates.
        transactionID: req.transactionID as CacheKey['transactionID'],
      }),
    )
    return file ?? value
  }
