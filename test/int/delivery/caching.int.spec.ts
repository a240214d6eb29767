import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PRIVATE_CACHE, PUBLIC_CACHE } from '../../../src/delivery/cacheHeaders'
import { versionEtag } from '../../../src/delivery/versionEtag'
import { loginOverHttp } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let id: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  id = await draftStatement(payload, staff.editor, 'cached')
  await publishViaWorkflow(payload, staff, STATEMENTS, id)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers })

describe('caching headers (real HTTP)', () => {
  it('anonymous published reads: public Cache-Control and an ETag; If-None-Match gives 304 with no body', async () => {
    for (const path of [
      `/api/policy-statements?locale=fr`,
      `/api/policy-statements/${id}`,
      '/api/policy-statements/count',
    ]) {
      const first = await get(path)
      expect([first.status, first.headers.get('cache-control'), first.headers.get('vary')]).toEqual(
        [200, PUBLIC_CACHE, 'Authorization, Cookie'],
      )
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[\w-]{32}"$/)
      const again = await get(path, { 'if-none-match': etag })
      expect([again.status, await again.text(), again.headers.get('etag')]).toEqual([304, '', etag])
      const stale = await get(path, { 'if-none-match': '"something-else"' })
      expect(stale.status).toBe(200)
    }
  })

  it('the ETag changes when the content does', async () => {
    const before = (await get(`/api/policy-statements/${id}`)).headers.get('etag')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Edited for the ETag' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const after = await get(`/api/policy-statements/${id}`, { 'if-none-match': before! })
    expect([after.status, ((await after.json()) as { summary: string }).summary]).toEqual([
      200,
      'Edited for the ETag',
    ])
  })

  it('signed-in, draft and preview reads, errors and writes are private, no-store; signed-in reads by id carry the version ETag for If-Match', async () => {
    const token = await loginOverHttp(server, staff.editor.email)
    const cases = [
      await get(`/api/policy-statements/${id}`, { authorization: `JWT ${token}` }),
      await get(`/api/policy-statements/${id}`, { cookie: `payload-token=${token}` }),
      await get(`/api/policy-statements/${id}?draft=true`),
      await get(`/api/policy-statements/${id}?preview=true`),
      await get('/api/policy-statements/999999'),
      await get('/api/users/me'),
      await get(`/api/policy-statements/${id}/versions`),
      await fetch(`${server.url}/api/users/login`, {
        body: '{}',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    ]
    const version = versionEtag((await payload.findByID({ collection: STATEMENTS, id })).updatedAt)
    expect(
      cases.map((response) => [
        response.headers.get('cache-control'),
        response.headers.get('etag'),
      ]),
    ).toEqual(cases.map((_, index) => [PRIVATE_CACHE, index < 2 ? version : null]))
  })
})
