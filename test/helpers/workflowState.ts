import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { STATEMENTS } from './slugs'

/** A fresh English draft statement written by `author` through the Local API with access control. */
export const draftStatement = async (payload: Payload, author: User, suffix: string) =>
  (
    await payload.create({
      collection: STATEMENTS,
      data: {
        slug: `statement-${suffix}`,
        summary: `Approved text ${suffix}`,
        title: `Statement ${suffix}`,
        topic: 'regularization',
      },
      draft: true,
      overrideAccess: false,
      user: author,
    })
  ).id

/** The working copy's workflow state, whether a version is live, its live summary, and its events. */
export const snapshot = async (payload: Payload, id: number) => {
  const latest = await payload.findByID({
    collection: STATEMENTS,
    depth: 0,
    draft: true,
    id,
    locale: 'en',
  })
  const live = await payload.find({
    collection: STATEMENTS,
    depth: 0,
    locale: 'en',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  const events = await payload.find({
    collection: 'workflow-events',
    depth: 0,
    sort: 'createdAt',
    where: { document: { equals: String(id) } },
  })
  return {
    events: events.docs.map((event) => event.transition),
    live: live.docs.length === 1,
    liveSummary: live.docs[0]?.summary ?? null,
    state: latest.workflow?.state,
    summary: latest.summary,
  }
}
