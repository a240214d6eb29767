import { sql } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, Config } from 'payload'

type UpdateJobs = BaseDatabaseAdapter['updateJobs']
type Session = { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }
type Adapter = BaseDatabaseAdapter & { sessions?: Record<number | string, Session> }

/** Any number the app's own advisory locks do not use: it names "taking jobs from the queue". */
const CLAIM_LOCK = 7_240_031

/** A batch claim: Payload's runJobs marks the jobs it is about to run `processing: true` by `where`. */
const isClaim = (args: Parameters<UpdateJobs>[0]) =>
  args.data?.processing === true && !('id' in args && args.id !== undefined)

/** Payload runs a claim in a transaction of its own and commits it after: the lock is held until then. */
const lockClaimsUntilCommit = async (adapter: Adapter, args: Parameters<UpdateJobs>[0]) => {
  const transactionID = await (
    args.req as { transactionID?: Promise<number | string> | number | string } | undefined
  )?.transactionID
  const session = transactionID === undefined ? undefined : adapter.sessions?.[transactionID]
  if (session) await session.db.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`)
}

/**
 * Two fixes to how Payload's workers take jobs, on every path that runs the queue (cron, the run
 * endpoint, the Local API):
 * - Payload claims by reading the free jobs, then marking each one: two workers that read at the same
 *   moment both run the same job (a third of the webhooks sent twice in the soak test). Claims are
 *   serialised across processes with a transaction advisory lock, so the second reads after the first
 *   has committed its marks.
 * - A worker that dies between taking a job and finishing it (killed mid-delivery, a deploy) leaves it
 *   marked `processing` for good, and no worker takes it again: a webhook or a scheduled publish lost.
 *   Before each claim, jobs marked longer than `stuckAfterMs` are handed back to the queue.
 */
const claimingUpdateJobs = (original: UpdateJobs, stuckAfterMs: number): UpdateJobs =>
  async function (this: Adapter, args) {
    if (!isClaim(args)) return original.call(this, args)
    await lockClaimsUntilCommit(this, args)
    const cutoff = new Date(Date.now() - stuckAfterMs).toISOString()
    await original.call(this, {
      data: { processing: false },
      req: args.req,
      returning: false,
      where: {
        and: [
          { processing: { equals: true } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { updatedAt: { less_than: cutoff } },
        ],
      },
    })
    return original.call(this, args)
  }

/** The database adapter, with queue claims taken once and jobs a dead worker left handed back. */
export const safeJobClaims = (db: Config['db'], stuckAfterMs: number): Config['db'] => ({
  ...db,
  init: (args) => {
    const adapter = db.init(args)
    adapter.updateJobs = claimingUpdateJobs(adapter.updateJobs, stuckAfterMs)
    return adapter
  },
})
