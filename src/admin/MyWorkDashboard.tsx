import type { I18n } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import { tw } from '../translations'
import { MyWorkQueues } from './MyWorkQueues'

/** "My work" above the dashboard's collection cards, in the admin's language. */
export const MyWorkDashboard = async ({ i18n, payload, user }: ServerProps) => {
  if (!user) return null
  const req = await createLocalReq({ req: { i18n: i18n as I18n }, user }, payload)
  return (
    <div className="my-work-dashboard">
      <h2>
        <a href={`${payload.config.routes.admin}/my-work`}>{tw(i18n.t, 'queueMyWork')}</a>
      </h2>
      <MyWorkQueues req={req} />
    </div>
  )
}
