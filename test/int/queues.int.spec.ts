import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { myWorkQueues, type Queue } from '../../src/admin/myWork'
import { i18nFor } from '../../src/notifications/i18n'
import type { SanitizedWorkflowOptions } from '../../src/types'
import type { User } from '../../payload-types'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import { createStaff, PASSWORD, reqAs, transitionAs, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
let options: SanitizedWorkflowOptions
let api: Awaited<ReturnType<typeof restHandlers>>
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  options = (payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions })
    .editorialWorkflow
  api = await restHandlers()
})
afterAll(async () => ctx?.cleanup())

const queuesOf = async (user: User, language = 'en'): Promise<Record<string, Queue>> => {
  const req: PayloadRequest = await reqAs(payload, user)
  const i18n = await i18nFor(payload, language)
  req.i18n = i18n
  req.t = i18n.t
  return Object.fromEntries((await myWorkQueues(req, options)).map((queue) => [queue.key, queue]))
}

const rowOf = (queue: Queue | undefined, id: number | string) =>
  queue?.rows.find((row) => row.collection === STATEMENTS && String(row.id) === String(id))

const lastEvent = async (id: number | string, transition: string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      depth: 0,
      sort: '-createdAt',
      where: {
        and: [{ document: { equals: String(id) } }, { transition: { equals: transition } }],
      },
    })
  ).docs[0]!

describe('My work queues', () => {
  it('opens the French a reviewer is asked to review in French, naming the translator and the wait since the submission', async () => {
    const id = await draftStatement(payload, staff.editor, 'queue-fr')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    const submitted = await lastEvent(id, 'submit_translation')
    const row = rowOf((await queuesOf(staff.reviewer))['review-fr'], id)
    expect(row?.href).toBe(`/admin/collections/${STATEMENTS}/${id}?locale=fr`)
    expect(row?.submittedBy?.name).toBe('translator')
    expect(row?.waitingSince).toBe(submitted.createdAt)
    // The translator's own queues open French too; the English review queue does not.
    const fresh = await draftStatement(payload, staff.editor, 'queue-fr-2')
    const tq = await queuesOf(staff.translator)
    const translatorRow = rowOf(tq['translate-fr'], fresh)
    expect(translatorRow?.href).toMatch(/\?locale=fr$/)
  })

  it('says who submitted a document for review and since when; the English review link has no locale', async () => {
    const id = await draftStatement(payload, staff.editor, 'queue-review')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const submitted = await lastEvent(id, 'submit')
    const row = rowOf((await queuesOf(staff.reviewer)).review, id)
    expect(row).toMatchObject({
      href: `/admin/collections/${STATEMENTS}/${id}`,
      state: 'in_review',
      submittedBy: { id: staff.editor.id, name: 'editor' },
      waitingSince: submitted.createdAt,
    })
    expect(row?.assignee).toBeNull()
    // Not in the editor's own review queue (they have none), nor in the submitter's drafts any more.
    expect(rowOf((await queuesOf(staff.editor)).drafts, id)).toBeUndefined()
  })

  it('shows a reviewer what is assigned to them, and everyone who is assigned', async () => {
    const id = await draftStatement(payload, staff.editor, 'queue-assigned')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const token = await api.token(staff.reviewer.email, PASSWORD)
    const response = await api.post(`/api/${STATEMENTS}/${id}/workflow/assign`, {
      body: JSON.stringify({ reviewer: staff.reviewer2.id }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    })
    expect(response.status).toBe(200)
    const second = await queuesOf(staff.reviewer2)
    expect(rowOf(second.assigned, id)?.assignee).toEqual({
      id: staff.reviewer2.id,
      name: 'reviewer2',
    })
    expect(rowOf(second.review, id)?.assignee?.name).toBe('reviewer2')
    const first = await queuesOf(staff.reviewer)
    expect(rowOf(first.assigned, id)).toBeUndefined()
    expect(rowOf(first.review, id)?.assignee?.name).toBe('reviewer2')
    expect(first.assigned?.assign).toBe(true)
  })

  it('lists scheduled publications with their time', async () => {
    const id = await draftStatement(payload, staff.editor, 'queue-scheduled')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    const publishAt = new Date(Date.now() + 3 * 24 * 3600 * 1000)
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', { publishAt })
    for (const user of [staff.reviewer2, staff.editor2]) {
      const row = rowOf((await queuesOf(user)).scheduled, id)
      expect(new Date(row!.scheduledAt!).toISOString()).toBe(publishAt.toISOString())
      expect(row?.submittedBy?.name).toBe('editor')
    }
    expect((await queuesOf(staff.translator)).scheduled).toBeUndefined()
  })

  it('reads in French when the admin is in French', async () => {
    const queues = await queuesOf(staff.reviewer, 'fr')
    expect(queues.review?.title).toBe('Soumis à votre relecture')
    expect(queues.assigned?.title).toBe("Qui m'ont été assignés")
    expect(queues['review-fr']?.title).toBe('Traductions en français à relire')
    expect((await queuesOf(staff.editor, 'fr')).changes?.empty).toBe(
      'Aucune modification ne vous est demandée.',
    )
    const english = await queuesOf(staff.reviewer)
    expect(english['review-fr']?.title).toBe('French translations for your review')
  })
})
