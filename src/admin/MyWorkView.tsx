import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { tw } from '../translations'
import { MyWorkQueues } from './MyWorkQueues'

/** `/admin/my-work`: what waits for the signed-in user, by role. */
export const MyWorkView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{tw(req.t, 'queueMyWork')}</h1>
        <MyWorkQueues req={req} />
      </Gutter>
    </DefaultTemplate>
  )
}
