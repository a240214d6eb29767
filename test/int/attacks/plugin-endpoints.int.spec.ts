import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { APPROVAL_TABLE, TRANSITION_NAMES } from '../../../src/workflow/approval'
import { TRANSLATION_TABLE, TRANSLATION_TRANSITIONS } from '../../../src/workflow/translation'
import { loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement, snapshot } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.5: the plugin's endpoints over real HTTP. Anonymous callers get 401 on every one;
 * a role the machines (src/workflow/approval.ts, translation.ts) do not name gets 403 for that transition
 * with the roles that may; reading a workflow and exchanging XLIFF are open to every staff role
 * (src/operations/status.ts, xliff.ts). No refused call changes a row.
 */
const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let id: number
const tokens = {} as Record<(typeof ROLES)[number], string>
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  for (const role of ROLES) tokens[role] = await loginOverHttp(server, staff[role].email)
  id = await draftStatement(payload, staff.editor, 'closed')
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const base = () => `/api/policy-statements/${id}`
/** A refusal as `{ code, status }`: REST `errors[0].data.code`. */
const body = async (response: Response) => ({
  code: ((await response.json()) as { errors?: { data?: { code?: string } }[] }).errors?.[0]?.data
    ?.code,
  status: response.status,
})

const RULES: Record<string, readonly string[]> = Object.fromEntries([
  ...TRANSITION_NAMES.map((name) => [name, APPROVAL_TABLE[name].roles]),
  ...TRANSLATION_TRANSITIONS.map((name) => [name, TRANSLATION_TABLE[name].roles]),
])

describe('the plugin endpoints are closed (real HTTP)', () => {
  it('anonymous: 401 with what to do, on every endpoint and method', async () => {
    const before = await rowCounts(ctx.databaseUri)
    for (const name of Object.keys(RULES)) {
      const response = await request(server, `${base()}/workflow/${name}`, {
        body: { comment: 'x', locale: name.includes('translation') ? 'fr' : undefined },
        method: 'POST',
      })
      expect([name, await body(response)]).toEqual([name, { code: 'sign_in', status: 401 }])
    }
    expect(await body(await request(server, `${base()}/workflow`))).toEqual({
      code: 'sign_in',
      status: 401,
    })
    expect(await body(await request(server, `${base()}/translations/fr.xlf`))).toEqual({
      code: 'sign_in',
      status: 401,
    })
    const put = await request(server, `${base()}/translations/fr.xlf`, {
      body: '<xliff/>',
      headers: { 'content-type': 'application/xliff+xml' },
      method: 'PUT',
    })
    expect(await body(put)).toEqual({ code: 'sign_in', status: 401 })
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it('a bad, forged or foreign token is anonymous: 401', async () => {
    const [header, payloadPart] = tokens.editor.split('.')
    const unsigned = `${header}.${payloadPart}.`
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payloadPart!, 'base64url').toString()), roles: ['admin', 'reviewer'] })).toString('base64url')}.${tokens.editor.split('.')[2]}`
    for (const token of ['garbage', unsigned, tampered]) {
      const response = await request(server, `${base()}/workflow/submit`, { method: 'POST', token })
      expect(response.status).toBe(401)
    }
    expect((await snapshot(payload, id)).events).toEqual([])
  })

  it('each transition refuses, with 403 and who may, every role its machine does not name', async () => {
    const before = await rowCounts(ctx.databaseUri)
    let refusals = 0
    for (const [name, allowed] of Object.entries(RULES)) {
      for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const response = await request(server, `${base()}/workflow/${name}`, {
          body: name.includes('translation') ? { comment: 'x', locale: 'fr' } : { comment: 'x' },
          method: 'POST',
          token: tokens[role],
        })
        const answer = (await response.json()) as {
          errors: { data?: { code?: string; transition?: string } }[]
        }
        expect([name, role, response.status, answer.errors[0]?.data]).toEqual([
          name,
          role,
          403,
          {
            code: 'role',
            state: name.includes('translation') ? 'not_started' : 'draft',
            transition: name,
          },
        ])
        refusals += 1
      }
    }
    // e.g. a translator approving, an editor publishing, a reviewer submitting, an editor approving a translation.
    expect(refusals).toBeGreaterThanOrEqual(15)
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('every staff role may read the workflow and export XLIFF (an editor exporting is allowed)', async () => {
    for (const role of ROLES) {
      const status = await request(server, `${base()}/workflow`, { token: tokens[role] })
      expect([role, status.status]).toEqual([role, 200])
      const xliff = await request(server, `${base()}/translations/fr.xlf`, { token: tokens[role] })
      expect([role, xliff.status, xliff.headers.get('content-type')]).toEqual([
        role,
        200,
        'application/xliff+xml; charset=utf-8',
      ])
    }
  })

  it('XLIFF for a locale that is not a translation target, or a malformed file, is refused and changes nothing', async () => {
    const before = await rowCounts(ctx.databaseUri)
    const english = await request(server, `${base()}/translations/en.xlf`, {
      token: tokens.translator,
    })
    expect(await body(english)).toEqual({ code: 'not_translation_locale', status: 400 })
    const hostile =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file>&e;</file></xliff>'
    const put = await request(server, `${base()}/translations/fr.xlf`, {
      body: hostile,
      headers: { 'content-type': 'application/xliff+xml' },
      method: 'PUT',
      token: tokens.translator,
    })
    // The home-made XML reader refuses DOCTYPEs outright: no entity is ever expanded.
    const refused = (await put.json()) as {
      errors: { data?: { code?: string; detail?: string; line?: number } }[]
    }
    expect([put.status, refused.errors[0]!.data]).toEqual([
      400,
      { code: 'malformed', detail: 'a DOCTYPE is not allowed in an XLIFF file', line: 1 },
    ])
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it('another collection, or a document that does not exist, is not reachable through these paths', async () => {
    const missing = await request(server, `/api/policy-statements/999999/workflow`, {
      token: tokens.editor,
    })
    expect(missing.status).toBe(404)
    const users = await request(server, `/api/users/${staff.admin.id}/workflow/submit`, {
      method: 'POST',
      token: tokens.editor,
    })
    expect(users.status).toBe(404)
    expect(await snapshot(payload, id)).toMatchObject({ events: [], state: 'draft' })
  })
})
