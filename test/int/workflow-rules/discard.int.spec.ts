import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workflowStatus } from '../../../src/index'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { restRefusal } from '../../helpers/refusals'
import { jsonInit, restHandlers, tokensFor } from '../../helpers/rest'
import { STATEMENTS } from '../../helpers/slugs'
import {
  createStaff,
  PASSWORD,
  publishViaWorkflow,
  reqAs,
  type Staff,
  transitionAs,
} from '../../helpers/workflow'
import { draftStatement, snapshot } from '../../helpers/workflowState'

/** Defect 2 of the admin issue: throwing away the working copy, back to what is published, is an event. */
let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
let tokens: Record<keyof Staff, string>

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  tokens = await tokensFor(api, staff, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const overRest = (id: number, name: string, who: keyof Staff, body?: unknown) =>
  api.post(`/api/${STATEMENTS}/${id}/workflow/${name}`, jsonInit(tokens[who], body))

/** Published, then edited by the editor: the working copy differs from what readers get. */
const publishedThenEdited = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await publishViaWorkflow(payload, staff, STATEMENTS, id)
  await payload.update({
    collection: STATEMENTS,
    data: { summary: `Unwanted edit ${suffix}`, title: `Unwanted title ${suffix}` },
    draft: true,
    id,
    overrideAccess: false,
    user: staff.editor,
  })
  return id
}

/** Exactly what @payloadcms/ui's "Revert to published" sends: the published document read back, saved whole. */
const revertToPublished = async (id: number, who: keyof Staff) => {
  const path = `/api/${STATEMENTS}/${id}?locale=en&fallback-locale=null&depth=0`
  const published = await (await api.get(path, jsonInit(tokens[who]))).json()
  return api.patch(path, jsonInit(tokens[who], published))
}

const workflowOf = async (id: number) =>
  (await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id, locale: 'en' }))
    .workflow!

describe("Payload's Revert to published", () => {
  it('discards the working copy: back to the published text and state, one discard event, the approval matching', async () => {
    const id = await publishedThenEdited('revert')
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'publish', 'edit'],
      live: true,
      state: 'draft',
      summary: 'Unwanted edit revert',
    })
    const response = await revertToPublished(id, 'editor')
    expect(response.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'publish', 'edit', 'discard'],
      live: true,
      liveSummary: 'Approved text revert',
      state: 'published',
      summary: 'Approved text revert',
    })
    const discard = (
      await payload.find({
        collection: 'workflow-events',
        depth: 0,
        where: {
          and: [{ document: { equals: String(id) } }, { transition: { equals: 'discard' } }],
        },
      })
    ).docs[0]!
    expect({ from: discard.from, to: discard.to, user: discard.user }).toEqual({
      from: 'draft',
      to: 'published',
      user: staff.editor.id,
    })
    const workflow = await workflowOf(id)
    expect(workflow.approvedHash).toBe(workflow.contentHash)
    expect(workflow.editors).toEqual([])
    const status = await workflowStatus(await reqAs(payload, staff.editor), STATEMENTS, id)
    expect({
      approvalIsCurrent: status.approvalIsCurrent,
      draftChanges: status.draftChanges,
    }).toEqual({ approvalIsCurrent: true, draftChanges: false })
    // The discarded copy is gone: a new edit voids the publication again, as any edit of published text.
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'A new start' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'publish', 'edit', 'discard', 'edit'],
      state: 'draft',
    })
  })

  it('still refuses a publish-like save whose text is not the published text', async () => {
    const id = await publishedThenEdited('revert-changed')
    const path = `/api/${STATEMENTS}/${id}?locale=en&fallback-locale=null&depth=0`
    const published = (await (await api.get(path, jsonInit(tokens.editor))).json()) as Record<
      string,
      unknown
    >
    const { updatedAt: _loaded, ...rest } = published
    const response = await api.patch(
      path,
      jsonInit(tokens.editor, { ...rest, summary: 'Sneaked in' }),
    )
    expect(await restRefusal(response)).toMatchObject({
      code: 'fields_through_transitions',
      status: 403,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      live: true,
      liveSummary: 'Approved text revert-changed',
      state: 'draft',
      summary: 'Unwanted edit revert-changed',
    })
  })

  it('from the French view, says to discard from the English view', async () => {
    const id = await publishedThenEdited('revert-french')
    const path = `/api/${STATEMENTS}/${id}?locale=fr&fallback-locale=null&depth=0`
    const published = await (await api.get(path, jsonInit(tokens.editor))).json()
    expect(await restRefusal(await api.patch(path, jsonInit(tokens.editor, published)))).toEqual({
      code: 'discard_from_source',
      message:
        'Discarding the draft goes back to the published version of the whole document: do it from the English view.',
      status: 409,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      state: 'draft',
      summary: 'Unwanted edit revert-french',
    })
  })

  it("is refused to a reviewer (discarding is the editors' call)", async () => {
    const id = await publishedThenEdited('revert-reviewer')
    expect(await restRefusal(await revertToPublished(id, 'reviewer'))).toMatchObject({
      code: 'role',
      status: 403,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      state: 'draft',
      summary: 'Unwanted edit revert-reviewer',
    })
  })
})

describe('the discard transition', () => {
  it('over REST: not_live before a publication, nothing_to_discard without changes, role for reviewers', async () => {
    const draft = await draftStatement(payload, staff.editor, 'discard-draft')
    expect(await restRefusal(await overRest(draft, 'discard', 'editor'))).toEqual({
      code: 'not_live',
      message:
        'Nothing of this document is published: there is no published version to go back to.',
      status: 409,
    })
    const id = await draftStatement(payload, staff.editor, 'discard-same')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await restRefusal(await overRest(id, 'discard', 'editor'))).toEqual({
      code: 'nothing_to_discard',
      message:
        'The working copy is the same as the published version: there is nothing to discard.',
      status: 409,
    })
    const edited = await publishedThenEdited('discard-role')
    expect(await restRefusal(await overRest(edited, 'discard', 'reviewer'))).toMatchObject({
      code: 'role',
      status: 403,
    })
  })

  it('over REST: throws the working copy away, whatever state it reached, readers unaffected', async () => {
    const id = await publishedThenEdited('discard')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    const before = await workflowStatus(await reqAs(payload, staff.editor), STATEMENTS, id)
    expect(before.draftChanges).toBe(true)
    expect(before.transitions.find((option) => option.name === 'discard')?.allowed).toBe(true)
    const response = await overRest(id, 'discard', 'editor', { comment: 'Not this week.' })
    expect(response.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'publish', 'edit', 'submit', 'approve', 'discard'],
      live: true,
      liveSummary: 'Approved text discard',
      state: 'published',
      summary: 'Approved text discard',
    })
    const english = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    expect(english.title).toBe('Statement discard')
    const workflow = await workflowOf(id)
    expect([workflow.approvedHash === workflow.contentHash, workflow.state]).toEqual([
      true,
      'published',
    ])
    const readers = await api.get(`/api/${STATEMENTS}/${id}?locale=en`)
    expect(((await readers.json()) as { summary: string }).summary).toBe('Approved text discard')
    expect(await restRefusal(await overRest(id, 'discard', 'editor'))).toMatchObject({
      code: 'nothing_to_discard',
    })
  })
})
