import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp, request } from '../helpers/attacks'
import { type ApiServer, startApiServer } from '../helpers/httpServer'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { BRIEFING_NOTES, MEDIA, PARTNERS, STATEMENTS } from '../helpers/slugs'
import { tFor } from '../helpers/translate'
import { createStaff } from '../helpers/workflow'

/**
 * The refusals of the API's edge (before Payload has a request) and of its guard hooks, over real
 * HTTP, in the caller's language as Payload chooses it: its `payload-lng` cookie, then
 * Accept-Language; English when neither names a language of the admin. Each keeps its code; a
 * parser's own words (JSON.parse) are in `data.detail`, not in the sentence.
 */
const CAP = 64 * 1024
const WORKFLOW = 2

let ctx: TestContext
let server: ApiServer
let editor: string
beforeAll(async () => {
  ctx = await initPayload({
    API_MAX_JSON_BYTES: String(CAP),
    API_MAX_JSON_DEPTH: '20',
    RATE_LIMIT_WORKFLOW_PER_MINUTE: String(WORKFLOW),
    XLIFF_MAX_BYTES: String(CAP),
  })
  const staff = await createStaff(ctx.payload)
  server = await startApiServer()
  editor = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const fr = tFor('fr')
const en = tFor('en')
const w = (t: typeof fr, key: string, vars?: Record<string, number | string>) =>
  t(`workflow:${key}`, vars)

const FRENCH = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' }
const COOKIE = { cookie: 'payload-lng=fr' }

type ErrorBody = {
  errors?: {
    data?: { code?: string; detail?: string }
    extensions?: { data?: { code?: string; detail?: string }; statusCode?: number }
    message: string
  }[]
}

/** Status, code (REST or GraphQL), message and detail of a refusal. */
const refusal = async (response: Response) => {
  const error = ((await response.json()) as ErrorBody).errors?.[0]
  const data = error?.data ?? error?.extensions?.data
  return {
    code: data?.code,
    detail: data?.detail,
    message: error?.message,
    status: response.status,
  }
}

describe('edge refusals follow the caller’s language (real HTTP)', () => {
  it('body_too_large (JSON and XLIFF caps), in French from Accept-Language or the payload-lng cookie, English by default', async () => {
    const big = JSON.stringify({ summary: 'x'.repeat(CAP) })
    const send = (headers: Record<string, string>) =>
      request(server, `/api/${PARTNERS}`, {
        body: big,
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      })
    const size = (t: typeof fr) => w(t, 'edgeKilobytes', { count: 64 })
    const french = { code: 'body_too_large', status: 413 }
    expect(await refusal(await send(FRENCH))).toMatchObject({
      ...french,
      message: w(fr, 'edgeBodyTooLarge', { size: size(fr) }),
    })
    expect(await refusal(await send(COOKIE))).toMatchObject({
      ...french,
      message: w(fr, 'edgeBodyTooLarge', { size: size(fr) }),
    })
    expect((await refusal(await send({}))).message).toBe(
      'The request body is larger than 64 KB (API_MAX_JSON_BYTES): send less per request (e.g. split a bulk change into several) and upload files as multipart/form-data to media.',
    )
    expect(w(fr, 'edgeBodyTooLarge', { size: size(fr) })).toMatch(
      /^Le corps de la requête dépasse 64 Ko /,
    )

    const xliff = await request(server, `/api/${STATEMENTS}/1/translations/fr.xlf`, {
      body: `<xliff>${'x'.repeat(CAP)}</xliff>`,
      headers: { 'content-type': 'application/xliff+xml', ...FRENCH },
      method: 'PUT',
      token: editor,
    })
    expect(await refusal(xliff)).toMatchObject({
      code: 'body_too_large',
      message: w(fr, 'edgeXliffTooLarge', { size: size(fr) }),
      status: 413,
    })
  })

  it('bad_json: the sentence in French, JSON.parse’s own words in data.detail (REST and GraphQL)', async () => {
    const broken = '{"organisation": "x",}'
    const rest = (headers: Record<string, string>) =>
      request(server, `/api/${PARTNERS}`, {
        body: broken,
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      })
    const french = await refusal(await rest(FRENCH))
    expect(french).toMatchObject({
      code: 'bad_json',
      message: w(fr, 'edgeJsonInvalid'),
      status: 400,
    })
    expect(french.message).toBe(
      "Le corps de la requête n'est pas du JSON valide : envoyez un objet JSON avec le content-type application/json.",
    )
    expect(french.detail).toMatch(/JSON/)
    expect(french.message).not.toContain(french.detail)
    expect(await refusal(await rest({}))).toMatchObject({
      code: 'bad_json',
      detail: french.detail,
      message: w(en, 'edgeJsonInvalid'),
    })

    const graphql = await request(server, '/api/graphql', {
      body: '{"query": ',
      headers: { 'content-type': 'application/json', ...COOKIE },
      method: 'POST',
    })
    const answer = (await graphql.json()) as ErrorBody
    expect([graphql.status, answer.errors?.[0]?.extensions, answer.errors?.[0]?.message]).toEqual([
      400,
      {
        data: { code: 'bad_json', detail: expect.stringMatching(/JSON/) as unknown },
        statusCode: 400,
      },
      w(fr, 'edgeJsonInvalid'),
    ])
  })

  it('json_too_deep in French', async () => {
    const deep = '['.repeat(30) + ']'.repeat(30)
    const send = (headers: Record<string, string>) =>
      request(server, `/api/${PARTNERS}`, {
        body: deep,
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      })
    expect(await refusal(await send(FRENCH))).toMatchObject({
      code: 'json_too_deep',
      message: w(fr, 'edgeJsonTooDeep', { max: 20 }),
      status: 400,
    })
    expect((await refusal(await send({}))).message).toBe(w(en, 'edgeJsonTooDeep', { max: 20 }))
  })

  it('bad_path: a malformed %-escape, in French', async () => {
    const path = `/api/${MEDIA}/file/bad%E0%A4name.pdf`
    expect(await refusal(await request(server, path, { headers: FRENCH }))).toEqual({
      code: 'bad_path',
      detail: undefined,
      message: w(fr, 'edgeAddressEscape'),
      status: 400,
    })
    expect((await refusal(await request(server, path))).message).toBe(w(en, 'edgeAddressEscape'))
  })
})

describe('guard hooks answer in req’s language (real HTTP)', () => {
  it('unreadable_form: no boundary, a Content-Type that is not a form, a body that ends early', async () => {
    const upload = (contentType: string, body: string, headers: Record<string, string>) =>
      request(server, `/api/${MEDIA}`, {
        body,
        headers: { 'content-type': contentType, ...headers },
        method: 'POST',
        token: editor,
      })
    const part = `--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nxx`
    expect(await refusal(await upload('multipart/form-data', part, FRENCH))).toMatchObject({
      code: 'unreadable_form',
      message: w(fr, 'edgeFormNoBoundary'),
      status: 400,
    })
    expect(
      await refusal(await upload('multipart/form-data; boundary=other', part, COOKIE)),
    ).toMatchObject({ code: 'unreadable_form', message: w(fr, 'edgeFormEnded'), status: 400 })
    expect((await refusal(await upload('multipart/form-data', part, {}))).message).toBe(
      w(en, 'edgeFormNoBoundary'),
    )
  })

  it('unsupported_operator and bad_value in French, English by default', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      request(server, `/api/${PARTNERS}?${query}`, { headers })
    expect(await refusal(await get('where[organisation][near]=1,2', FRENCH))).toMatchObject({
      code: 'unsupported_operator',
      message: w(fr, 'edgeUnsupportedOperator'),
      status: 400,
    })
    expect(
      await refusal(await get('where[id][equals]=99999999999999999999', COOKIE)),
    ).toMatchObject({
      code: 'bad_value',
      message: w(fr, 'edgeBadValue'),
      status: 400,
    })
    expect((await refusal(await get('where[id][equals]=99999999999999999999'))).message).toBe(
      w(en, 'edgeBadValue'),
    )
  })

  it('invalid_sort: field names, a sort through documents the caller may not all read, a join sorted by a localized field', async () => {
    const get = (path: string, headers: Record<string, string> = FRENCH) =>
      request(server, path, { headers })
    expect(await refusal(await get(`/api/${BRIEFING_NOTES}?sort[a]=title`))).toMatchObject({
      code: 'invalid_sort',
      message: w(fr, 'edgeSortNames', { name: 'sort' }),
      status: 400,
    })
    expect(await refusal(await get(`/api/${BRIEFING_NOTES}?sort=statement.title`))).toMatchObject({
      code: 'invalid_sort',
      message: w(fr, 'edgeSortThroughUnreadable', {
        collection: STATEMENTS,
        path: 'statement.title',
      }),
    })
    expect(
      await refusal(await get(`/api/${STATEMENTS}?depth=0&joins[briefingNotes][sort]=-title`)),
    ).toMatchObject({
      code: 'invalid_sort',
      message: w(fr, 'edgeSortJoinLocalized', {
        at: 'joins[briefingNotes][sort]=-title',
        collection: BRIEFING_NOTES,
        path: 'title',
      }),
    })
    expect(
      (await refusal(await get(`/api/${BRIEFING_NOTES}?sort=statement.title`, {}))).message,
    ).toBe(w(en, 'edgeSortThroughUnreadable', { collection: STATEMENTS, path: 'statement.title' }))
  })

  it('rate_limited in French', async () => {
    const call = () =>
      request(server, `/api/${STATEMENTS}/1/workflow`, { headers: FRENCH, ip: '192.0.2.7' })
    for (let index = 0; index < WORKFLOW; index++) expect((await call()).status).toBe(401)
    const limited = await call()
    const seconds = Number(limited.headers.get('retry-after'))
    expect(await refusal(limited)).toMatchObject({
      code: 'rate_limited',
      message: w(fr, 'errorTooManyRequests', { seconds }),
      status: 429,
    })
  })
})

describe('query refusals in req’s language (real HTTP)', () => {
  const get = (path: string, headers: Record<string, string> = FRENCH) =>
    request(server, path, { headers })

  it('invalid_limit and invalid_page in French, English by default', async () => {
    expect(await refusal(await get(`/api/${PARTNERS}?limit=0`))).toMatchObject({
      code: 'invalid_limit',
      message: w(fr, 'edgeLimitZero', { max: 100, name: 'limit' }),
      status: 400,
    })
    expect(await refusal(await get(`/api/${PARTNERS}?page=two`, COOKIE))).toMatchObject({
      code: 'invalid_page',
      message: w(fr, 'edgePageNumber', { name: 'page', value: 'two' }),
    })
    expect((await refusal(await get(`/api/${PARTNERS}?limit=0`, {}))).message).toBe(
      'limit=0 would answer every document at once: use a number from 1 to 100 and page through with page=2, 3…',
    )
  })

  it('unknown_locale: reads, writes (with the French word for "or") and fallback-locale', async () => {
    expect(await refusal(await get(`/api/${PARTNERS}?locale=xx`))).toMatchObject({
      code: 'unknown_locale',
      message: w(fr, 'edgeLocaleRead', {
        choices: 'locale=en, locale=fr',
        codes: 'en, fr',
        value: 'xx',
      }),
      status: 400,
    })
    const write = await request(server, `/api/${PARTNERS}?locale=xx`, {
      body: { organisation: 'x' },
      headers: FRENCH,
      method: 'POST',
      token: editor,
    })
    expect(await refusal(write)).toMatchObject({
      code: 'unknown_locale',
      message:
        "locale xx n'est pas l'une de en, fr : une écriture modifie une seule langue, utilisez donc locale=en ou locale=fr.",
    })
    expect(await refusal(await get(`/api/${PARTNERS}?fallback-locale=xx`))).toMatchObject({
      code: 'unknown_locale',
      message: w(fr, 'edgeFallbackLocale', {
        codes: 'en, fr',
        name: 'fallback-locale',
        value: 'xx',
      }),
    })
  })

  it('invalid_where: a malformed where and a filter Payload cannot run, in French', async () => {
    expect(await refusal(await get(`/api/${PARTNERS}?where[organisation][Like]=x`))).toMatchObject({
      code: 'invalid_where',
      message: w(fr, 'edgeWhereLowercase', {
        at: 'where[organisation]',
        lower: 'like',
        operator: 'Like',
      }),
      status: 400,
    })
    expect(await refusal(await get(`/api/${PARTNERS}?where[or][a]=1`, COOKIE))).toMatchObject({
      code: 'invalid_where',
      message: w(fr, 'edgeWhereAndOr', { at: 'where[or]' }),
    })
    expect(await refusal(await get(`/api/${BRIEFING_NOTES}?where[body][like]=x`))).toMatchObject({
      code: 'invalid_where',
      message: w(fr, 'edgeWhereRichText', {
        at: 'where[body][like]',
        operator: 'like',
        path: 'body',
      }),
    })
    expect(
      (await refusal(await get(`/api/${PARTNERS}?where[organisation][Like]=x`, {}))).message,
    ).toBe(
      'where[organisation][Like]: Like is not an operator: write like (operators are lowercase).',
    )
  })
})
