import type { BaseDatabaseAdapter, Config } from 'payload'

type UpdateJobs = BaseDatabaseAdapter['updateJobs']

/** A batch claim: Payload's runJobs marks the jobs it is about to run `processing: true` by `where`. */
const isClaim = (args: Parameters<UpdateJobs>[0]) => args.data?.processing === true && !('id' in args && args.id !== undefined)

/**
 * Payload marks a job `processing` when a worker takes it and clears the mark when the run ends; a
 * worker that dies in between (killed mid-delivery, a deploy, out of memory) leaves the mark for
 * good, and no worker takes that job again: a webhook or a scheduled publish silently lost. Before
 * each claim, jobs marked longer than `stuckAfterMs` are handed back to the queue.
 */
const releasingUpdateJobs = (original: UpdateJobs, stuckAfterMs: number): UpdateJobs =>
  async function (this: BaseDatabaseAdapter, args) {
    if (isClaim(args)) {
      const cutoff = new Date(Date.now() - stuckAfterMs).toISOString()
      await original.call(this, {
        data: { processing: false },
        req: args.req,
        returning: false,
        where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, { updatedAt: { less_than: cutoff } }] },
      })
    }
    return original.call(this, args)
  }

/** The database adapter, with jobs a dead worker left marked as running handed back to the queue. */
export const releaseStuckJobs = (db: Config['db'], stuckAfterMs: number): Config['db'] => ({
  ...db,
  init: (args) => {
    const adapter = db.init(args)
    adapter.updateJobs = releasingUpdateJobs(adapter.updateJobs, stuckAfterMs)
    return adapter
  },
})
