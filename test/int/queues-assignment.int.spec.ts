import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ASSIGNMENTS_SLUG } from '../../src/collections/ReviewAssignments'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import { createStaff, PASSWORD, transitionAs, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
const tokens: Partial<Record<keyof Staff, string>> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  for (const key of ['admin', 'editor', 'reviewer', 'reviewer2'] as const)
    tokens[key] = await api.token(staff[key].email, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

type Answer = {
  assignee?: unknown
  assignment?: { reviewer: unknown }
  errors?: { data?: { code?: string }; message: string }[]
  reviewers?: { id: number; name: string }[]
}

const assign = async (
  as: keyof Staff | null,
  id: number | string,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  const response = await api.post(`/api/${STATEMENTS}/${id}/workflow/assign`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `JWT ${tokens[as]}` } : {}),
      ...headers,
    },
  })
  return { body: (await response.json()) as Answer, status: response.status }
}

const inReview = async (suffix: string, submitter = staff.editor) => {
  const id = await draftStatement(payload, submitter, suffix)
  await transitionAs(payload, submitter, STATEMENTS, id, 'submit')
  return id
}

const assignments = async (id: number | string) =>
  (
    await payload.find({
      collection: ASSIGNMENTS_SLUG as never,
      depth: 0,
      where: { document: { equals: String(id) } },
    })
  ).docs as unknown as { reviewer: null | number }[]

describe('POST /api/<collection>/:id/workflow/assign', () => {
  it('lets a reviewer assign, reassign and unassign a document in review, without touching the document', async () => {
    const id = await inReview('assign-ok')
    const before = await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })
    const assigned = await assign('reviewer', id, { reviewer: staff.reviewer2.id })
    expect([assigned.status, assigned.body.assignment?.reviewer]).toEqual([200, staff.reviewer2.id])
    const listed = await (
      await api.get(`/api/${STATEMENTS}/${id}/workflow/assign`, {
        headers: { authorization: `JWT ${tokens.reviewer}` },
      })
    ).json()
    expect(listed.assignee).toBe(staff.reviewer2.id)
    expect(listed.reviewers.map((person: { name: string }) => person.name).sort()).toEqual([
      'admin',
      'reviewer',
      'reviewer2',
    ])
    const reassigned = await assign('admin', id, { reviewer: staff.reviewer.id })
    expect(reassigned.status).toBe(200)
    expect((await assignments(id)).map((row) => row.reviewer)).toEqual([staff.reviewer.id])
    expect((await assign('reviewer2', id, { reviewer: null })).status).toBe(200)
    expect((await assignments(id)).map((row) => row.reviewer)).toEqual([null])
    const after = await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })
    expect([after.workflow?.state, after.updatedAt]).toEqual(['in_review', before.updatedAt])
  })

  it('refuses with a code: not a reviewer, not in review, not a reviewer to assign, four eyes, a bad body, no sign-in', async () => {
    const id = await inReview('assign-refused')
    const cases: [keyof Staff | null, number | string, unknown, number, string][] = [
      ['editor', id, { reviewer: staff.reviewer.id }, 403, 'role'],
      ['reviewer', id, { reviewer: staff.editor2.id }, 400, 'not_reviewer'],
      ['reviewer', id, { reviewer: 999999 }, 400, 'not_reviewer'],
      ['reviewer', id, { reviewer: staff.reviewer2.id, extra: true }, 400, 'bad_body'],
      ['reviewer', id, { reviewer: [] }, 400, 'bad_body'],
      ['reviewer', id, 'not json', 400, 'bad_body'],
      [
        'reviewer',
        await draftStatement(payload, staff.editor, 'assign-draft'),
        { reviewer: staff.reviewer2.id },
        409,
        'wrong_state',
      ],
      [null, id, { reviewer: staff.reviewer2.id }, 401, 'sign_in'],
    ]
    for (const [as, target, body, status, code] of cases) {
      const answer = await assign(as, target, body)
      expect([as, answer.status, answer.body.errors?.[0]?.data?.code]).toEqual([as, status, code])
    }
    expect(await assignments(id)).toEqual([])
  })

  it('keeps four eyes: whoever submitted the document cannot be assigned to review it', async () => {
    const id = await inReview('assign-four-eyes', staff.admin)
    const answer = await assign('reviewer', id, { reviewer: staff.admin.id })
    expect([answer.status, answer.body.errors?.[0]?.data?.code]).toEqual([403, 'four_eyes'])
    expect((await assign('reviewer', id, { reviewer: staff.reviewer2.id })).status).toBe(200)
  })

  it("answers in the caller's language", async () => {
    const id = await draftStatement(payload, staff.editor, 'assign-french')
    const answer = await assign(
      'reviewer',
      id,
      { reviewer: staff.reviewer2.id },
      { 'accept-language': 'fr' },
    )
    expect(answer.body.errors?.[0]?.message).toBe(
      "Seul un document en relecture peut être assigné ; celui-ci est à l'état « Brouillon ».",
    )
  })

  it('refuses assignments written any other way, even through the Local API with overrideAccess', async () => {
    const id = await inReview('assign-direct')
    await expect(
      payload.create({
        collection: ASSIGNMENTS_SLUG as never,
        data: {
          collection: STATEMENTS,
          document: String(id),
          reviewer: staff.reviewer.id,
        } as never,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await assign('reviewer', id, { reviewer: staff.reviewer2.id })
    const [row] = (
      await payload.find({
        collection: ASSIGNMENTS_SLUG as never,
        depth: 0,
        where: { document: { equals: String(id) } },
      })
    ).docs as unknown as { id: number }[]
    await expect(
      payload.update({
        collection: ASSIGNMENTS_SLUG as never,
        data: { reviewer: staff.reviewer.id } as never,
        id: row!.id,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: ASSIGNMENTS_SLUG as never, id: row!.id }),
    ).rejects.toMatchObject({ status: 403 })
    const rest = await api.post(`/api/${ASSIGNMENTS_SLUG}`, {
      body: JSON.stringify({
        collection: STATEMENTS,
        document: String(id),
        reviewer: staff.reviewer.id,
      }),
      headers: { authorization: `JWT ${tokens.admin}`, 'content-type': 'application/json' },
    })
    expect(rest.status).toBe(403)
    expect((await assignments(id)).map((r) => r.reviewer)).toEqual([staff.reviewer2.id])
  })
})
