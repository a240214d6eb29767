import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/** A Local API request made by the seeded user with this e-mail. */
export const asUser = async (payload: Payload, email: string): Promise<PayloadRequest> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    where: { email: { equals: email } },
  })
  if (!docs[0]) throw new Error(`No user ${email}: run the seed first.`)
  return createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
}
