import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workflowStatus } from '../../../src/index'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { expectRefusal, restRefusal } from '../../helpers/refusals'
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

/**
 * Defect 6 and 8 of the admin issue: saving while in review is explicit (withdraw first, or a
 * reviewer's suggestion), and refusals are plain words in the caller's language with a stable code.
 */
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

const overRest = (id: number, name: string, who: keyof Staff, body?: unknown, language?: string) =>
  api.post(`/api/${STATEMENTS}/${id}/workflow/${name}`, jsonInit(tokens[who], body, language))
const inReview = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
  return id
}
const eventsOf = async (id: number) =>
  (
    await payload.find({
      collection: 'workflow-events',
      depth: 0,
      sort: 'createdAt',
      where: { document: { equals: String(id) } },
    })
  ).docs

describe('refusals in plain words, with a code', () => {
  it('answers in the language the request asks for, never with state codes', async () => {
    const id = await inReview('words')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'request_changes', {
      comment: 'Cite the decree.',
    })
    const english = await overRest(id, 'request_changes', 'reviewer2', { comment: 'More.' })
    expect(await restRefusal(english)).toEqual({
      code: 'wrong_state',
      message:
        'Changes were already requested on this document: the editor must submit it again before it can be reviewed.',
      status: 409,
    })
    const french = await overRest(id, 'request_changes', 'reviewer2', { comment: 'Encore.' }, 'fr')
    expect(await restRefusal(french)).toEqual({
      code: 'wrong_state',
      message:
        'Des modifications ont déjà été demandées sur ce document : le rédacteur doit le soumettre de nouveau avant une nouvelle relecture.',
      status: 409,
    })
    const translation = await overRest(id, 'submit_translation', 'translator', { locale: 'fr' })
    expect(await restRefusal(translation)).toEqual({
      code: 'wrong_state',
      message: 'There is no French translation to submit yet: translate at least one field first.',
      status: 409,
    })
    const unknown = await overRest(id, 'teleport', 'editor', undefined, 'fr')
    expect((await restRefusal(unknown)).code).toBe('unknown_transition')
    const extra = await overRest(id, 'submit', 'editor', { state: 'approved' }, 'fr')
    expect(await restRefusal(extra)).toEqual({
      code: 'bad_body',
      message:
        "Le corps de la requête n'est pas celui qu'attend cet appel (body: champs inconnus : state) : envoyez seulement comment, publishAt et locale.",
      status: 400,
    })
  })

  it("the status gives each closed move a code and a reason in the caller's language", async () => {
    const id = await inReview('status-words')
    const req = await reqAs(payload, staff.editor)
    const status = await workflowStatus(req, STATEMENTS, id)
    expect(status.transitions.find((option) => option.name === 'submit')).toMatchObject({
      allowed: false,
      code: 'wrong_state',
      reason: 'This document is already in review.',
    })
    expect(
      status.translations.fr!.transitions.find((option) => option.name === 'approve_translation'),
    ).toMatchObject({
      code: 'role',
      reason: '“Approve French” is for reviewers only: ask one of them.',
    })
  })
})

describe('withdraw', () => {
  it('takes a submission back to draft over REST, with an optional comment, for editors and admins only', async () => {
    const id = await inReview('withdraw')
    expect(await restRefusal(await overRest(id, 'withdraw', 'reviewer'))).toMatchObject({
      code: 'role',
      status: 403,
    })
    expect(await restRefusal(await overRest(id, 'withdraw', 'translator'))).toMatchObject({
      code: 'role',
      status: 403,
    })
    const response = await overRest(id, 'withdraw', 'editor2', {
      comment: 'Waiting for the new figures.',
    })
    expect(response.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'withdraw'],
      state: 'draft',
    })
    const withdrawn = (await eventsOf(id)).at(-1)!
    expect({
      comment: withdrawn.comment,
      from: withdrawn.from,
      to: withdrawn.to,
      user: withdrawn.user,
    }).toEqual({
      comment: 'Waiting for the new figures.',
      from: 'in_review',
      to: 'draft',
      user: staff.editor2.id,
    })
    expect(await restRefusal(await overRest(id, 'withdraw', 'editor'))).toEqual({
      code: 'wrong_state',
      message: 'There is no submission to withdraw: this document is “Draft”, not in review.',
      status: 409,
    })
    // Withdrawn, it can be edited and submitted again.
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Newer figures' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await transitionAs(payload, staff.admin, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.admin, STATEMENTS, id, 'withdraw')
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'withdraw', 'submit', 'withdraw'],
      state: 'draft',
      summary: 'Newer figures',
    })
  })
})

describe('saving while in review', () => {
  it('is refused to an editor with withdraw_first on every write path, and changes nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'save-in-review')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Submitted text' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const rest = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true`,
      jsonInit(tokens.editor, { summary: 'Quietly changed' }),
    )
    expect(await restRefusal(rest)).toMatchObject({ code: 'withdraw_first', status: 409 })
    const frenchResponse = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true`,
      jsonInit(tokens.editor, { summary: 'Changé' }, 'fr'),
    )
    const frenchBody = (await frenchResponse.json()) as {
      errors: { data: { code: string }; message: string }[]
      message: string
    }
    expect(frenchBody.errors[0]!.data.code).toBe('withdraw_first')
    expect(frenchBody.errors[0]!.message).toMatch(
      /^Ce document est en relecture : retirez-le de la relecture/,
    )
    // The admin form shows a top-level message whole (hooks/showRefusalsWhole.ts).
    expect(frenchBody.message).toBe(frenchBody.errors[0]!.message)
    const graphql = await api.graphql(
      `mutation { updatePolicyStatement(id: ${id}, draft: true, data: { summary: "GraphQL change" }) { id } }`,
      { authorization: `JWT ${tokens.editor}` },
    )
    const graphqlBody = (await graphql.json()) as {
      errors?: { extensions?: { data?: { code?: string }; statusCode?: number } }[]
    }
    expect(graphqlBody.errors?.[0]?.extensions).toMatchObject({
      data: { code: 'withdraw_first' },
      statusCode: 409,
    })
    await expectRefusal(
      payload.update({
        collection: STATEMENTS,
        data: { summary: 'Local' },
        draft: true,
        id,
        overrideAccess: false,
        user: staff.admin,
      }),
      'withdraw_first',
      409,
    )
    // An invariant, not an access rule: overrideAccess without a user is refused too.
    await expectRefusal(
      payload.update({ collection: STATEMENTS, data: { summary: 'Script' }, draft: true, id }),
      'withdraw_first',
      409,
    )
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      depth: 0,
      sort: 'createdAt',
      where: { parent: { equals: id } },
    })
    await payload.update({ collection: STATEMENTS, data: {}, draft: true, id }) // a save that changes no content passes
    await expectRefusal(
      payload.restoreVersion({ collection: STATEMENTS, id: String(versions.docs[0]!.id) }),
      'withdraw_first',
      409,
    )
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit'],
      state: 'in_review',
      summary: 'Submitted text',
    })
  })

  it("is a reviewer's suggestion: the document stays in review, one suggest event, and that reviewer may no longer approve", async () => {
    const id = await inReview('suggest')
    const response = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true`,
      jsonInit(tokens.reviewer, { summary: 'Suggested wording' }),
    )
    expect(response.status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'suggest'],
      state: 'in_review',
      summary: 'Suggested wording',
    })
    const suggestion = (await eventsOf(id)).at(-1)!
    expect({ from: suggestion.from, to: suggestion.to, user: suggestion.user }).toEqual({
      from: 'in_review',
      to: 'in_review',
      user: staff.reviewer.id,
    })
    const status = await workflowStatus(await reqAs(payload, staff.reviewer), STATEMENTS, id)
    expect(status.youEdited).toBe(true)
    expect(status.transitions.find((option) => option.name === 'approve')).toMatchObject({
      allowed: false,
      code: 'four_eyes',
      reason: 'You edited this version: another reviewer must approve it.',
    })
    expect(await restRefusal(await overRest(id, 'approve', 'reviewer'))).toMatchObject({
      code: 'four_eyes',
      status: 403,
    })
    expect((await overRest(id, 'approve', 'reviewer2')).status).toBe(200)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'suggest', 'approve'],
      state: 'approved',
    })
  })
})

describe('edits that void an approval say what they voided', () => {
  it('after approval, and after publication', async () => {
    const id = await draftStatement(payload, staff.editor, 'voided')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'After approval' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'After publication' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    const edits = (await eventsOf(id))
      .filter((event) => event.transition === 'edit')
      .map((event) => [event.from, event.to])
    expect(edits).toEqual([
      ['approved', 'draft'],
      ['published', 'draft'],
    ])
  })
})

describe('publishViaWorkflow still works end to end', () => {
  it('publishes', async () => {
    const id = await draftStatement(payload, staff.editor, 'e2e-publish')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await snapshot(payload, id)).toMatchObject({ live: true, state: 'published' })
  })
})
