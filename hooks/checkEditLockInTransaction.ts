import { type CollectionBeforeOperationHook, Locked } from 'payload'

const LOCKS = 'payload-locked-documents'
const DEFAULT_LOCK_SECONDS = 300

/**
 * Payload's check of the admin's document lock (someone has the document open) reads the locks
 * table without the request, so on PostgreSQL it takes a second pool connection while this
 * request's transaction holds the document's row lock (lockRowBeforeRead): twelve parallel saves
 * of one document then hold the whole pool waiting on that row lock, and nothing answers again.
 * This hook makes the same check on the request's transaction, for saves and deletes by id, and
 * tells Payload it is done (`overrideLock`); Payload still removes the lock row, on the transaction.
 */
export const checkEditLockInTransaction: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const update = args as { id?: number | string; overrideLock?: boolean }
  if (
    (operation !== 'update' && operation !== 'delete') ||
    update.id === undefined ||
    update.overrideLock !== false
  )
    return args
  if (collection.lockDocuments === false || !req.payload.collections[LOCKS]) return args
  const { docs } = await req.payload.db.find({
    collection: LOCKS,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: {
      and: [
        { 'document.relationTo': { equals: collection.slug } },
        { 'document.value': { equals: update.id } },
      ],
    },
  })
  const lock = docs[0] as unknown as { updatedAt: string; user?: { value?: unknown } } | undefined
  const seconds =
    typeof collection.lockDocuments === 'object'
      ? collection.lockDocuments.duration
      : DEFAULT_LOCK_SECONDS
  if (
    lock &&
    lock.user?.value !== req.user?.id &&
    Date.now() - new Date(lock.updatedAt).getTime() <= seconds * 1000
  ) {
    throw new Locked(
      operation === 'update'
        ? `Document with ID ${update.id} is currently locked by another user and cannot be updated.`
        : `Document with ID ${update.id} is currently locked and cannot be deleted.`,
    )
  }
  return { ...args, overrideLock: true }
}
