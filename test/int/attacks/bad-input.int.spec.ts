import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstMessage, loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement, snapshot } from '../../helpers/workflowState'

/**
 * Issue [1/7] "Under load and bad input", over real HTTP: bodies over their caps are refused with 413
 * before they are read whole; JSON that does not parse or nests too deep is a 400; ids that cannot be
 * ids are a 400 or 404 on the plugin's endpoints; nothing is stored. The caps are set low here
 * (API_MAX_JSON_BYTES 256 KB, XLIFF_MAX_BYTES 128 KB, depth 50) so the test sends little.
 */
const JSON_CAP = 256 * 1024
const XLIFF_CAP = 128 * 1024

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let id: number
let editor: string
let translator: string
beforeAll(async () => {
  ctx = await initPayload({
    API_MAX_JSON_BYTES: String(JSON_CAP),
    API_MAX_JSON_DEPTH: '50',
    RATE_LIMIT_WORKFLOW_PER_MINUTE: '0',
    XLIFF_MAX_BYTES: String(XLIFF_CAP),
  })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  id = await draftStatement(payload, staff.editor, 'bodies')
  editor = await loginOverHttp(server, staff.editor.email)
  translator = await loginOverHttp(server, staff.translator.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

type ErrorBody = {
  errors?: {
    data?: { code?: string }
    extensions?: { data?: { code?: string }; statusCode?: number }
    message: string
  }[]
}

/** A refusal as `{ code, status }` (REST `errors[0].data.code`), and its message for what it names. */
const answer = async (response: Response) => {
  const body = (await response.json()) as ErrorBody
  return {
    code: body.errors?.[0]?.data?.code,
    named: (...words: string[]) => words.every((word) => firstMessage(body).includes(word)),
    status: response.status,
  }
}

const JSON_TOO_LARGE = { code: 'body_too_large', status: 413 }

/** A body of `bytes` bytes sent as a stream, so that no Content-Length announces it. */
const streamOf = (bytes: number, head = '{"summary":"') => {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      const chunk =
        sent === 0 ? Buffer.from(head + 'x'.repeat(16 * 1024)) : Buffer.alloc(16 * 1024, 'x')
      sent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
}

describe('body limits', () => {
  it('a JSON PATCH over API_MAX_JSON_BYTES is refused with 413 from its Content-Length, and nothing is stored', async () => {
    const [before, rows] = [await snapshot(payload, id), await rowCounts(ctx.databaseUri)]
    const started = Date.now()
    const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
      body: { summary: 'x'.repeat(50 * 1024 * 1024) },
      method: 'PATCH',
      token: editor,
    })
    const refused = await answer(response)
    expect(refused).toMatchObject(JSON_TOO_LARGE)
    // Names the cap and the variable that sets it.
    expect(refused.named('256 KB', 'API_MAX_JSON_BYTES')).toBe(true)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect([await snapshot(payload, id), await rowCounts(ctx.databaseUri)]).toEqual([before, rows])
  })

  it('a JSON body streamed without Content-Length is counted while it arrives: 413 at the cap', async () => {
    const rows = await rowCounts(ctx.databaseUri)
    const response = await fetch(`${server.url}/api/${STATEMENTS}/${id}?draft=true`, {
      body: streamOf(5 * 1024 * 1024),
      duplex: 'half',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
      method: 'PATCH',
    } as RequestInit)
    expect(await answer(response)).toMatchObject(JSON_TOO_LARGE)
    expect(await rowCounts(ctx.databaseUri)).toEqual(rows)
  })

  it('a JSON body under the cap is still accepted', async () => {
    const response = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
      body: { summary: 's'.repeat(JSON_CAP / 2) },
      method: 'PATCH',
      token: editor,
    })
    expect(response.status).toBe(200)
  })

  it('an XLIFF upload over XLIFF_MAX_BYTES is refused with 413', async () => {
    const rows = await rowCounts(ctx.databaseUri)
    const xml = `<?xml version="1.0"?><xliff version="1.2"><file>${'<!-- padding -->'.repeat((XLIFF_CAP * 2) / 16)}</file></xliff>`
    const response = await request(server, `/api/${STATEMENTS}/${id}/translations/fr.xlf`, {
      body: xml,
      headers: { 'content-type': 'application/xliff+xml' },
      method: 'PUT',
      token: translator,
    })
    const refused = await answer(response)
    expect(refused).toMatchObject({ code: 'body_too_large', status: 413 })
    expect(refused.named('128 KB', 'XLIFF_MAX_BYTES')).toBe(true)
    expect(await rowCounts(ctx.databaseUri)).toEqual(rows)
  })

  it('JSON nested 100,000 levels deep is a 400 on REST and GraphQL, not a 500', async () => {
    const deep = `{"summary":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const rest = await request(server, `/api/${STATEMENTS}/${id}?draft=true`, {
      body: deep,
      headers: { 'content-type': 'application/json' },
      method: 'PATCH',
      token: editor,
    })
    expect(await answer(rest)).toMatchObject({ code: 'json_too_deep', status: 400 })
    const graphql = await request(server, '/api/graphql', {
      body: `{"query":"{ Users { docs { id } } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const graphqlBody = (await graphql.json()) as ErrorBody
    expect([graphql.status, graphqlBody.errors?.[0]?.extensions]).toEqual([
      400,
      { data: { code: 'json_too_deep' }, statusCode: 400 },
    ])
  })
})

describe('malformed JSON', () => {
  it('malformed JSON to /api/graphql is a 400 with a GraphQL error, not an empty 500', async () => {
    const response = await request(server, '/api/graphql', {
      body: '{"query": "{ Users { docs { id } } }"',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as ErrorBody
    expect([
      response.status,
      response.headers.get('cache-control'),
      body.errors?.[0]?.extensions,
    ]).toEqual([
      400,
      'private, no-store',
      {
        // JSON.parse's own words, kept out of the message (which follows the caller's language).
        data: {
          code: 'bad_json',
          detail: expect.stringMatching(/JSON at position \d+/) as unknown,
        },
        statusCode: 400,
      },
    ])
  })

  it('malformed JSON bodies on REST are a 400 saying so', async () => {
    for (const [path, method] of [
      [`/api/${STATEMENTS}/${id}?draft=true`, 'PATCH'],
      [`/api/${STATEMENTS}`, 'POST'],
      ['/api/users/login', 'POST'],
    ] as const) {
      const response = await request(server, path, {
        body: '{"title": "x",',
        headers: { 'content-type': 'application/json' },
        method,
        token: editor,
      })
      const { code, status } = await answer(response)
      expect([path, status, code]).toEqual([path, 400, 'bad_json'])
    }
  })
})

describe('ids the plugin endpoints cannot use', () => {
  const NOT_AN_ID = { code: 'bad_id', status: 400 }
  const NO_SUCH = { code: 'not_found', status: 404 }
  const calls = (raw: string) =>
    [
      [`/api/${STATEMENTS}/${raw}/workflow/submit`, 'POST', editor],
      [`/api/${STATEMENTS}/${raw}/workflow`, 'GET', editor],
      [`/api/${STATEMENTS}/${raw}/translations/fr.xlf`, 'GET', translator],
      [`/api/${STATEMENTS}/${raw}/translations/fr.xlf`, 'PUT', translator],
    ] as const

  it('non-numeric or huge ids on POST …/workflow/<t>, GET …/workflow and GET/PUT …/translations/fr.xlf are a 400 or 404, not a 500', async () => {
    const rows = await rowCounts(ctx.databaseUri)
    for (const [raw, expected] of [
      ['abc', NOT_AN_ID],
      ['1.5', NOT_AN_ID],
      ['-1', NOT_AN_ID],
      ['99999999999999999999', NOT_AN_ID],
      ['2147483648', NO_SUCH],
      ['9223372036854775807', NO_SUCH],
    ] as const) {
      for (const [path, method, token] of calls(raw)) {
        const response = await request(server, path, {
          body: method === 'PUT' ? '<xliff/>' : undefined,
          method,
          token,
        })
        const { code, named, status } = await answer(response)
        expect([method, path, { code, status }]).toEqual([method, path, expected])
        // Names the id it could not use.
        expect(named(raw)).toBe(true)
      }
    }
    expect(await rowCounts(ctx.databaseUri)).toEqual(rows)
  })
})
