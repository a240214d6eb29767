import type { UserEntry } from '../schema'
import type { Step } from '../step'

/** Demo accounts, all with the same development password (SEED_DEMO_PASSWORD). */
export const usersStep = (entries: readonly UserEntry[], password: string): Step<UserEntry> => ({
  collection: 'users',
  create: async ({ payload, req }, entry) => {
    await payload.create({
      collection: 'users',
      data: { email: entry.email, name: entry.name, password, roles: entry.roles },
      depth: 0,
      req,
    })
  },
  entries,
  key: (entry) => entry.email,
})
