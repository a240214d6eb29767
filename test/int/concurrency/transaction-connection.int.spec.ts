import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp, request } from '../../helpers/attacks'
import { apiHandlers } from '../../../src/app/handlers'
import { nodeApiListener } from '../../../src/app/nodeHttp'
import { type ApiServer, listen } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement, snapshot } from '../../helpers/workflowState'

/**
 * Issue [1/7]: a query that a write sends through the pool instead of its own transaction needs a
 * second connection while the transaction holds the document's row lock; with parallel saves the
 * pool runs dry and nothing answers again. Each request here runs in an async context that knows
 * the transactions it opened; a statement sent through the pool while one of them is open is
 * recorded with the request. There must be none. (Work a request leaves behind, such as the
 * e-mails sent after a transition commits, runs after its transaction and is not counted.)
 */
type Pool = { query: (...args: unknown[]) => Promise<unknown> }
type Adapter = {
  beginTransaction: (...args: unknown[]) => Promise<null | number | string>
  commitTransaction: (id: unknown) => Promise<void>
  pool: Pool
  rollbackTransaction: (id: unknown) => Promise<void>
}
type Request = { label: string; open: Set<string> }

const context = new AsyncLocalStorage<Request>()
const escaped: string[] = []

/** Records pool statements sent while the current request has a transaction open. */
const watchTransactions = (adapter: Adapter) => {
  const { beginTransaction, commitTransaction, pool, rollbackTransaction } = adapter
  const query = pool.query.bind(pool)
  adapter.beginTransaction = async (...args) => {
    const id = await beginTransaction.apply(adapter, args)
    if (id != null) context.getStore()?.open.add(String(id))
    return id
  }
  const closing = (close: (id: unknown) => Promise<void>) => async (id: unknown) => {
    context.getStore()?.open.delete(String(await id))
    return close.call(adapter, id)
  }
  adapter.commitTransaction = closing(commitTransaction)
  adapter.rollbackTransaction = closing(rollbackTransaction)
  pool.query = (...args: unknown[]) => {
    const request = context.getStore()
    if (request && request.open.size > 0) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text
      escaped.push(`${request.label}: ${String(text).slice(0, 160)}`)
    }
    return query(...args)
  }
}

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
const tokens: Record<string, string> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  watchTransactions(payload.db as unknown as Adapter)
  const { default: config } = await import('@payload-config')
  const listener = nodeApiListener(apiHandlers(config))
  server = await listen((req, res) =>
    context.run({ label: `${req.method} ${req.url}`, open: new Set() }, () => listener(req, res)),
  )
  for (const key of ['editor', 'reviewer', 'reviewer2', 'translator', 'admin'] as const)
    tokens[key] = await loginOverHttp(server, staff[key].email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

/** The status, with the body when it is not the expected one (so a failure says which query escaped). */
const call = async (
  pathname: string,
  token: string,
  init: { body?: object; method?: string } = {},
) => {
  const response = await request(server, pathname, { ...init, token })
  return response.status === 200 ? 200 : `${response.status} ${await response.text()}`
}
const transition = (id: number, name: string, token: string) =>
  call(`/api/${STATEMENTS}/${id}/workflow/${name}`, token, { body: {}, method: 'POST' })

describe('every query of a write runs on the request transaction', () => {
  it('draft save, the whole approval, an edit of the published document, a French edit and a restore answer 200 and send nothing through the pool mid-transaction', async () => {
    const id = await draftStatement(payload, staff.editor, 'one-connection')
    const patch = (body: object, token = tokens.editor!, locale = 'en') =>
      call(`/api/${STATEMENTS}/${id}?draft=true&locale=${locale}`, token, { body, method: 'PATCH' })
    expect(await patch({ summary: 'First draft' })).toBe(200)
    expect(await transition(id, 'submit', tokens.editor!)).toBe(200)
    expect(await transition(id, 'approve', tokens.reviewer!)).toBe(200)
    expect(await transition(id, 'publish', tokens.reviewer2!)).toBe(200)
    expect(await patch({ summary: 'Edit after publishing' })).toBe(200)
    expect(await patch({ summary: 'Résumé' }, tokens.translator!, 'fr')).toBe(200)
    const drafts = await payload.findVersions({
      collection: STATEMENTS,
      where: {
        and: [
          { parent: { equals: id } },
          { 'version.summary': { equals: 'First draft' } },
          { 'version._status': { equals: 'draft' } },
        ],
      },
    })
    expect(
      await call(`/api/${STATEMENTS}/versions/${drafts.docs[0]!.id}?draft=true`, tokens.admin!, {
        body: {},
        method: 'POST',
      }),
    ).toBe(200)
    expect(escaped).toEqual([])
    expect(await snapshot(payload, id)).toMatchObject({
      live: true,
      liveSummary: 'First draft',
      summary: 'First draft',
    })
  })

  it('a document another user has open in the admin does not refuse a save: governed collections take no whole-document lock (saves are guarded per language)', async () => {
    const id = await draftStatement(payload, staff.editor, 'admin-lock')
    expect(payload.collections[STATEMENTS].config.lockDocuments).toBe(false)
    const editor2 = await loginOverHttp(server, staff.editor2.email)
    const save = (token: string, summary: string) =>
      request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
        body: { summary },
        method: 'PATCH',
        token,
      })
    expect((await save(tokens.editor!, 'Not locked')).status).toBe(200)
    expect((await save(editor2, 'Nor for Ed')).status).toBe(200)
    const locks = await payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: id } },
    })
    expect(locks.totalDocs).toBe(0)
    expect(escaped).toEqual([])
  })

  it('a delete by id sends nothing through the pool mid-transaction', async () => {
    const open = await draftStatement(payload, staff.editor, 'delete-open')
    const closed = await draftStatement(payload, staff.editor, 'delete-closed')
    expect(await call(`/api/${STATEMENTS}/${closed}`, tokens.admin!, { method: 'DELETE' })).toBe(
      200,
    )
    expect(
      (await payload.count({ collection: STATEMENTS, where: { id: { in: [open, closed] } } }))
        .totalDocs,
    ).toBe(1)
    expect(escaped).toEqual([])
  })
})
