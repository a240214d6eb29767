import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WorkflowError } from '../../src/index'
import { contentHash } from '../../src/workflow/contentHash'
import { contentFieldNames, pickContent } from '../../src/workflow/sourceContent'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { type AppProcess, startAppProcess } from '../helpers/processApp'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import { createStaff, PASSWORD, type Staff, transitionAs } from '../helpers/workflow'
import { draftStatement, snapshot } from '../helpers/workflowState'

const EVENTS = 'workflow-events' as const
const APPROVED_NOW = 'This document is already approved.'

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  for (const key of ['reviewer', 'reviewer2'] as const)
    tokens[key] = await api.token(staff[key].email, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const inReview = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
  return id
}
const eventsOf = async (id: number, transition?: string) =>
  (
    await payload.find({
      collection: EVENTS,
      depth: 0,
      sort: 'createdAt',
      where: { document: { equals: String(id) } },
    })
  ).docs.filter((event) => !transition || event.transition === transition)
const liveDocs = async (id: number) =>
  (
    await payload.find({
      collection: STATEMENTS,
      depth: 0,
      draft: false,
      fallbackLocale: false,
      locale: 'en',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    })
  ).docs
const versionCount = async (id: number) =>
  (await payload.countVersions({ collection: STATEMENTS, where: { parent: { equals: id } } }))
    .totalDocs
type Settled<T> = { error: unknown; ok: false } | { ok: true; value: T }
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ error, ok: false as const }),
  )
const approveOverRest = (id: number, token: string, base?: string) => {
  const init = {
    body: '{}',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  }
  const path = `/api/${STATEMENTS}/${id}/workflow/approve`
  return base ? fetch(`${base}${path}`, init) : api.post(path, init)
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Runs `work` with `hook` appended to a collection's hooks, as if the app had declared it. */
const withHook = async <T>(
  slug: typeof STATEMENTS | typeof EVENTS,
  kind: 'afterChange' | 'beforeChange',
  hook: unknown,
  work: () => Promise<T>,
) => {
  const hooks = payload.collections[slug].config.hooks[kind] as unknown[]
  hooks.push(hook)
  try {
    return await work()
  } finally {
    hooks.splice(hooks.indexOf(hook), 1)
  }
}

type Outcome = { code?: string; message?: string; status: number }
const fromCall = (result: Settled<unknown>): Outcome =>
  result.ok
    ? { status: 200 }
    : {
        code: (result.error as WorkflowError).code,
        message: (result.error as Error).message,
        status: result.error instanceof WorkflowError ? result.error.status : 500,
      }
const fromResponse = async (response: Response): Promise<Outcome> => {
  if (response.status === 200) return { status: 200 }
  const error = (
    (await response.json()) as { errors: { data?: { code?: string }; message: string }[] }
  ).errors[0]!
  return { code: error.data?.code, message: error.message, status: response.status }
}

/** Two approvals raced: one 200, one 409 saying it is approved now; one approve event, by the winner. */
const expectOneApproval = async (
  id: number,
  outcomes: Outcome[],
  reviewers: Staff['reviewer'][],
) => {
  expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 409])
  expect(outcomes.find((outcome) => outcome.status === 409)).toEqual({
    code: 'wrong_state',
    message: APPROVED_NOW,
    status: 409,
  })
  const winner = reviewers[outcomes.findIndex((outcome) => outcome.status === 200)]!
  expect(
    (await eventsOf(id, 'approve')).map((event) => [event.user, event.from, event.to]),
  ).toEqual([[winner.id, 'in_review', 'approved']])
  expect(await snapshot(payload, id)).toMatchObject({
    events: ['submit', 'approve'],
    live: false,
    state: 'approved',
  })
}

describe('two reviewers approve at the same moment', () => {
  it('Local API: one approval wins, the other gets 409, one approve event', async () => {
    for (const round of [1, 2, 3]) {
      const id = await inReview(`race-local-${round}`)
      const results = await Promise.all(
        [staff.reviewer, staff.reviewer2].map((who) =>
          settle(transitionAs(payload, who, STATEMENTS, id, 'approve')),
        ),
      )
      await expectOneApproval(id, results.map(fromCall), [staff.reviewer, staff.reviewer2])
    }
  })

  it('REST route handlers: one 200, one 409, one approve event', async () => {
    for (const round of [1, 2, 3]) {
      const id = await inReview(`race-rest-${round}`)
      const responses = await Promise.all([
        approveOverRest(id, tokens.reviewer!),
        approveOverRest(id, tokens.reviewer2!),
      ])
      await expectOneApproval(id, await Promise.all(responses.map(fromResponse)), [
        staff.reviewer,
        staff.reviewer2,
      ])
    }
  })
})

/** An approval and an editor's English edit, started together (the edit `delayMs` later), then a publish. */
const raceEditWithApproval = async (suffix: string, delayMs: number) => {
  const id = await inReview(suffix)
  const edited = `Edited during review ${suffix}`
  const [approve, edit] = await Promise.all([
    settle(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')),
    settle(
      sleep(delayMs).then(() =>
        payload.update({
          collection: STATEMENTS,
          data: { summary: edited },
          draft: true,
          id,
          locale: 'en',
          overrideAccess: false,
          user: staff.editor,
        }),
      ),
    ),
  ])
  // Before the approval, an editor's save in review is refused (withdraw first); after it, the save voids the approval.
  if (!edit.ok) expect(fromCall(edit)).toMatchObject({ code: 'withdraw_first', status: 409 })
  expect(approve.ok).toBe(true)
  return {
    approve,
    edited,
    id,
    publish: await settle(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish')),
  }
}

describe('an edit racing an approval', () => {
  it('never lets content that was not approved go live', async () => {
    const outcomes: string[] = []
    for (let round = 0; round < 10; round++) {
      const { edited, id, publish } = await raceEditWithApproval(`edit-race-${round}`, round % 5)
      const live = await liveDocs(id)
      if (!publish.ok) {
        expect(fromCall(publish)).toMatchObject({
          code: expect.stringMatching(/^(stale_approval|wrong_state)$/),
          status: 409,
        })
        expect(live).toEqual([])
        expect(await snapshot(payload, id)).toMatchObject({
          live: false,
          state: 'draft',
          summary: edited,
        })
        expect(await eventsOf(id, 'publish')).toEqual([])
        outcomes.push('approved, edited, publish refused')
        continue
      }
      const [approval] = await eventsOf(id, 'approve')
      const fields = contentFieldNames(payload.collections[STATEMENTS].config.fields)
      expect(live.map((doc) => doc.summary)).toEqual([`Approved text edit-race-${round}`])
      expect(contentHash(pickContent(live[0] as unknown as Record<string, unknown>, fields))).toBe(
        approval!.contentHash,
      )
      outcomes.push('published the approved text')
    }
    console.info(`edit vs approve, 10 rounds: ${JSON.stringify(outcomes)}`)
  })

  /**
   * Forced order: the approval has read the document and is writing when an edit starts; the
   * approval commits first (it holds the row lock), so the edit comes last and must see `approved`.
   */
  const editWhileApproving = async (suffix: string, locale: 'en' | 'fr') => {
    const id = await inReview(suffix)
    let edit: Promise<Settled<unknown>> | undefined
    let editWriting!: () => void
    const editReached = new Promise<void>((resolve) => (editWriting = resolve))
    const orchestrate: CollectionBeforeChangeHook = async ({ data, req }) => {
      if (String(req.user?.id) === String(staff.editor.id)) editWriting()
      else if (data.workflow?.state === 'approved' && !edit) {
        edit = settle(
          payload.update({
            collection: STATEMENTS,
            data: { summary: `Edited ${locale}` },
            draft: true,
            id,
            locale,
            overrideAccess: false,
            user: staff.editor,
          }),
        )
        // A correct plugin may hold the edit back until the approval commits: wait at most a second.
        await Promise.race([editReached.then(() => sleep(100)), sleep(1000)])
      }
      return data
    }
    const approve = await withHook(STATEMENTS, 'beforeChange', orchestrate, () =>
      settle(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')),
    )
    expect([approve.ok, (await edit!).ok]).toEqual([true, true])
    return {
      events: (await eventsOf(id)).map((event) => `${event.transition}:${event.from}>${event.to}`),
      id,
    }
  }

  it('an English edit saved during an approval is kept and voids it, with a true event', async () => {
    const { events, id } = await editWhileApproving('edit-forced-en', 'en')
    expect(await snapshot(payload, id)).toMatchObject({
      live: false,
      state: 'draft',
      summary: 'Edited en',
    })
    expect(events).toEqual([
      'submit:draft>in_review',
      'approve:in_review>approved',
      'edit:approved>draft',
    ])
    const publish = await settle(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish'))
    expect(fromCall(publish)).toMatchObject({ code: 'wrong_state', status: 409 })
    expect(await liveDocs(id)).toEqual([])
  })

  it('a French edit saved during an approval keeps the approval', async () => {
    const { events, id } = await editWhileApproving('edit-forced-fr', 'fr')
    expect(await snapshot(payload, id)).toMatchObject({
      live: false,
      state: 'approved',
      summary: 'Approved text edit-forced-fr',
    })
    expect(
      (await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id, locale: 'fr' }))
        .summary,
    ).toBe('Edited fr')
    expect(events).toEqual(['submit:draft>in_review', 'approve:in_review>approved'])
  })
})

describe('two app processes on one database', () => {
  let second: AppProcess | undefined
  let tokenB: string
  beforeAll(async () => {
    second = await startAppProcess(ctx.databaseUri)
    const login = await fetch(`${second.url}/api/users/login`, {
      body: JSON.stringify({ email: staff.reviewer2.email, password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(login.status).toBe(200)
    tokenB = ((await login.json()) as { token: string }).token
  })
  afterAll(async () => second?.stop())

  it('the second process serves the same data', async () => {
    const id = await inReview('process-read')
    const response = await fetch(`${second!.url}/api/${STATEMENTS}/${id}/workflow`, {
      headers: { authorization: `JWT ${tokenB}` },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      history: [{ transition: 'submit', user: staff.editor.id }],
      state: 'in_review',
    })
  })

  it('an approval through each process at the same moment: one 200, one 409, one event', async () => {
    for (const round of [1, 2, 3, 4]) {
      const id = await inReview(`race-process-${round}`)
      const responses = await Promise.all([
        approveOverRest(id, tokens.reviewer!),
        approveOverRest(id, tokenB, second!.url),
      ])
      await expectOneApproval(id, await Promise.all(responses.map(fromResponse)), [
        staff.reviewer,
        staff.reviewer2,
      ])
    }
  })
})

describe('a hook that throws mid-transition', () => {
  it('after the document write: the approval rejects and nothing is kept', async () => {
    const id = await inReview('hook-document')
    const versions = await versionCount(id)
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('afterChange failed on purpose')
    }
    const result = await withHook(STATEMENTS, 'afterChange', failing, () =>
      settle(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')),
    )
    expect(result.ok ? null : (result.error as Error).message).toBe('afterChange failed on purpose')
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit'],
      live: false,
      state: 'in_review',
    })
    expect(await versionCount(id)).toBe(versions)
    expect(
      (await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')).doc.workflow.state,
    ).toBe('approved')
  })

  it('after the event write: the state change and the event are both rolled back', async () => {
    const id = await inReview('hook-event')
    const versions = await versionCount(id)
    const failing: CollectionAfterChangeHook = ({ doc }) => {
      if (doc.transition === 'approve') throw new Error('event afterChange failed on purpose')
      return doc
    }
    const response = await withHook(EVENTS, 'afterChange', failing, () =>
      approveOverRest(id, tokens.reviewer!),
    )
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      errors: [{ data: { code: 'unexpected' }, message: 'Unexpected error: see the server log.' }],
    })
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit'],
      live: false,
      state: 'in_review',
    })
    expect(await versionCount(id)).toBe(versions)
  })
})
