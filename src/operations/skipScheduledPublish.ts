import type { PayloadRequest } from 'payload'

type ScheduledJob = {
  id: number | string
  input?: { doc?: { relationTo?: string; value?: number | string } }
}

/**
 * Closes the pending `schedulePublish` jobs of a document whose approval no longer holds, in the
 * caller's transaction: each ends completed, its log saying why it was skipped, instead of failing
 * at its due time on a refused publish. Returns how many were skipped.
 */
export const skipScheduledPublish = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  reason: string,
): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  const mine = (docs as unknown as ScheduledJob[]).filter(
    (job) =>
      job.input?.doc?.relationTo === collection && String(job.input.doc.value) === String(id),
  )
  const now = new Date().toISOString()
  for (const job of mine) {
    await req.payload.update({
      collection: 'payload-jobs',
      data: {
        completedAt: now,
        log: [
          {
            completedAt: now,
            executedAt: now,
            input: job.input,
            output: { skipped: reason },
            state: 'succeeded',
            taskID: 'skipped',
            taskSlug: 'schedulePublish',
          },
        ],
        processing: false,
        waitUntil: null,
      },
      depth: 0,
      id: job.id,
      overrideAccess: true,
      req,
    })
  }
  return mine.length
}
