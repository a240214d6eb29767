import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import { MyWorkQueues } from './MyWorkQueues'

/** "My work" above the dashboard's collection cards. */
export const MyWorkDashboard = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const req = await createLocalReq({ user: user as never }, payload)
  return (
    <div className="my-work-dashboard">
      <h2>
        <a href={`${payload.config.routes.admin}/my-work`}>My work</a>
      </h2>
      <MyWorkQueues req={req} />
    </div>
  )
}
