import type { JobsConfig } from 'payload'

import { byRoles, hasRole } from './roles'

const adminOnly = byRoles('admin')

/**
 * Payload's jobs queue as admins see it: the `payload-jobs` collection (scheduled publishes and
 * webhook deliveries, each with its attempts log) listed under System and readable by admins only;
 * running, queueing and cancelling jobs admin-only too, also over `GET /api/payload-jobs/run`
 * (whose default lets any signed-in user run the queue). Jobs stay after completing, as the
 * delivery record; nobody creates, edits or deletes them through the API.
 */
export const jobsForAdmins: Pick<
  JobsConfig,
  'access' | 'deleteJobOnComplete' | 'jobsCollectionOverrides'
> = {
  access: {
    cancel: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin'),
    run: ({ req }) => hasRole(req.user, 'admin'),
  },
  deleteJobOnComplete: false,
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    // Payload's default read access is `() => false`; ANDing with it would hide the jobs from admins too.
    access: { ...defaultJobsCollection.access, read: adminOnly },
    admin: {
      ...defaultJobsCollection.admin,
      defaultColumns: ['taskSlug', 'totalTried', 'hasError', 'completedAt', 'createdAt'],
      group: 'System',
      hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
    },
    labels: { plural: 'Jobs (scheduled publishes, webhooks)', singular: 'Job' },
  }),
}
