import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { versionEtag } from '../../../src/delivery/versionEtag'
import { firstMessage, loginOverHttp, request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [1/7]: a save made from a version that is no longer the stored one (updatedAt in the body, or
 * If-Match with the version ETag GET by id returned) answers 409 naming who changed it and when.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
const tokens: Record<string, string> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  await payload.update({ collection: 'users', data: { name: 'Ed Editor' }, id: staff.editor2.id })
  server = await startApiServer()
  for (const key of ['editor', 'editor2', 'admin'] as const)
    tokens[key] = await loginOverHttp(server, staff[key].email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const STALE =
  /^This document was changed by (.+) at (\d{4}-\d\d-\d\d \d\d:\d\d) UTC since you loaded it: reload to see their changes, then save again\.$/

const load = async (id: number) => {
  const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
    token: tokens.editor,
  })
  const doc = (await response.json()) as { summary: string; updatedAt: string }
  return { doc, etag: response.headers.get('etag') }
}
const save = (id: number, token: string, body: object, headers: Record<string, string> = {}) =>
  request(server, `/api/${STATEMENTS}/${id}?draft=true`, { body, headers, method: 'PATCH', token })
const outcome = async (response: Response) => ({
  message: response.status === 200 ? '' : firstMessage(await response.json()),
  status: response.status,
})
const summaryOf = async (id: number) =>
  (await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id, locale: 'en' }))
    .summary
const minuteOf = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')}`

describe('saves made from a version that is no longer the stored one', () => {
  it('two PATCHes with the same stale updatedAt: the first 200, the second 409 naming who changed it and when', async () => {
    const id = await draftStatement(payload, staff.editor, 'stale-body')
    const { doc } = await load(id)
    expect(
      (await save(id, tokens.editor2!, { summary: 'Ed wrote this', updatedAt: doc.updatedAt }))
        .status,
    ).toBe(200)
    const stored = (await load(id)).doc.updatedAt
    const refused = await save(id, tokens.editor!, {
      summary: 'Overwrites Ed?',
      updatedAt: doc.updatedAt,
    })
    const body = (await refused.clone().json()) as {
      errors: { message: string }[]
      message: string
    }
    const second = await outcome(refused)
    expect(second.status).toBe(409)
    expect(second.message.match(STALE)?.slice(1)).toEqual(['Ed Editor', minuteOf(stored)])
    // Also as a top-level message, which the admin form shows whole (it splits errors[].message at colons and commas).
    expect(body.message).toBe(second.message)
    expect(await summaryOf(id)).toBe('Ed wrote this')
  })

  it('two parallel PATCHes from the same version: one 200, one 409 naming the winner', async () => {
    const id = await draftStatement(payload, staff.editor, 'stale-race')
    const { doc } = await load(id)
    const results = await Promise.all([
      save(id, tokens.editor!, { summary: 'From editor', updatedAt: doc.updatedAt }).then(outcome),
      save(id, tokens.editor2!, { summary: 'From Ed', updatedAt: doc.updatedAt }).then(outcome),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const winner =
      results[0]!.status === 200
        ? { name: 'editor', summary: 'From editor' }
        : { name: 'Ed Editor', summary: 'From Ed' }
    expect(results.find((r) => r.status === 409)!.message.match(STALE)?.[1]).toBe(winner.name)
    expect(await summaryOf(id)).toBe(winner.summary)
  })

  it('successive saves, each with the updatedAt its previous save answered (as the admin form does), autosaves included, all answer 200', async () => {
    const id = await draftStatement(payload, staff.editor, 'stale-chain')
    let { updatedAt } = (await load(id)).doc
    for (const round of [1, 2, 3, 4]) {
      // Rounds 2 and 3 as an autosave (Payload updates the autosaved version in place).
      const autosave = round === 2 || round === 3 ? '&autosave=true' : ''
      const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true${autosave}`, {
        body: { summary: `Round ${round}`, updatedAt },
        method: 'PATCH',
        token: tokens.editor,
      })
      expect([round, response.status]).toEqual([round, 200])
      updatedAt = ((await response.json()) as { doc: { updatedAt: string } }).doc.updatedAt
    }
    expect(await summaryOf(id)).toBe('Round 4')
  })

  it('a stale save after a transition names who made the transition; after a later edit, the editor', async () => {
    const id = await draftStatement(payload, staff.editor, 'stale-transition')
    const loaded = (await load(id)).doc
    const submitted = await request(server, `/api/${STATEMENTS}/${id}/workflow/submit`, {
      body: {},
      method: 'POST',
      token: tokens.editor2,
    })
    expect(submitted.status).toBe(200)
    const afterSubmit = await outcome(
      await save(id, tokens.editor!, {
        summary: 'Stale after submit',
        updatedAt: loaded.updatedAt,
      }),
    )
    expect([afterSubmit.status, afterSubmit.message.match(STALE)?.[1]]).toEqual([409, 'Ed Editor'])
    // Saving in review is refused (withdraw_first): the editor withdraws, then edits.
    expect(
      (
        await request(server, `/api/${STATEMENTS}/${id}/workflow/withdraw`, {
          body: {},
          method: 'POST',
          token: tokens.editor,
        })
      ).status,
    ).toBe(200)
    const reloaded = (await load(id)).doc
    expect(
      (
        await save(id, tokens.editor!, {
          summary: 'Edited after withdrawing',
          updatedAt: reloaded.updatedAt,
        })
      ).status,
    ).toBe(200)
    const afterEdit = await outcome(
      await save(id, tokens.editor2!, {
        summary: 'Stale after edit',
        updatedAt: reloaded.updatedAt,
      }),
    )
    expect([afterEdit.status, afterEdit.message.match(STALE)?.[1]]).toEqual([409, 'editor'])
  })

  it('If-Match: the ETag GET by id returns is accepted (200) and the answer carries the next one; a stale one is 409', async () => {
    const id = await draftStatement(payload, staff.editor, 'if-match')
    const { doc, etag } = await load(id)
    expect(etag).toBe(versionEtag(doc.updatedAt))
    const first = await save(id, tokens.editor2!, { summary: 'Matched' }, { 'if-match': etag! })
    expect(first.status).toBe(200)
    const next = first.headers.get('etag')
    expect(next).toBe((await load(id)).etag)
    expect(next).not.toBe(etag)
    const stale = await outcome(
      await save(id, tokens.editor!, { summary: 'Stale tag' }, { 'if-match': etag! }),
    )
    expect([stale.status, stale.message.match(STALE)?.[1]]).toEqual([409, 'Ed Editor'])
    expect(
      (await save(id, tokens.editor!, { summary: 'Fresh tag' }, { 'if-match': next! })).status,
    ).toBe(200)
    expect(await summaryOf(id)).toBe('Fresh tag')
  })

  it('a save without updatedAt or If-Match is not checked; an updatedAt that is not a date is 400', async () => {
    const id = await draftStatement(payload, staff.editor, 'unchecked')
    expect((await save(id, tokens.editor2!, { summary: 'Blind save' })).status).toBe(200)
    const bad = await save(id, tokens.editor!, { summary: 'x', updatedAt: 'yesterday-ish' })
    const refused = (await bad.json()) as { errors: { data?: { code?: string } }[] }
    expect([bad.status, refused.errors[0]!.data?.code]).toEqual([400, 'bad_updated_at'])
  })

  it('restoring an old version still works (it carries that version’s old updatedAt)', async () => {
    const id = await draftStatement(payload, staff.editor, 'restore')
    await save(id, tokens.editor!, { summary: 'Second text' })
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      sort: 'createdAt',
      where: { parent: { equals: id } },
    })
    const restored = await request(
      server,
      `/api/${STATEMENTS}/versions/${versions.docs[0]!.id}?draft=true`,
      { body: {}, method: 'POST', token: tokens.admin },
    )
    expect(restored.status).toBe(200)
    expect(await summaryOf(id)).toBe('Approved text restore')
  })

  it('Local API callers that send an old copy of the document (with its updatedAt) are not checked', async () => {
    const id = await draftStatement(payload, staff.editor, 'local')
    const old = await payload.findByID({ collection: STATEMENTS, depth: 0, draft: true, id })
    await save(id, tokens.editor2!, { summary: 'Changed over REST' })
    await payload.update({
      collection: STATEMENTS,
      data: { slug: old.slug, summary: 'Seed again', title: old.title, updatedAt: old.updatedAt },
      draft: true,
      id,
    })
    expect(await summaryOf(id)).toBe('Seed again')
  })

  it('GraphQL update mutation with a stale updatedAt: an error with status 409 naming who changed it', async () => {
    const id = await draftStatement(payload, staff.editor, 'graphql')
    const { doc } = await load(id)
    await save(id, tokens.editor2!, { summary: 'Ed first' })
    const mutation = `mutation { updatePolicyStatement(id: ${id}, draft: true, data: { summary: "Stale", updatedAt: "${doc.updatedAt}" }) { id } }`
    const response = await request(server, '/api/graphql', {
      body: { query: mutation },
      method: 'POST',
      token: tokens.editor,
    })
    const body = (await response.json()) as {
      errors?: { extensions?: { statusCode?: number }; message: string }[]
    }
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect(body.errors?.[0]?.message.match(STALE)?.[1]).toBe('Ed Editor')
    expect(await summaryOf(id)).toBe('Ed first')
  })
})
