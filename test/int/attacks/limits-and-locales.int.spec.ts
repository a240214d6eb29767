import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstMessage, loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { PARTNERS, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [1/7] "Under load and bad input", query part, items 3 and 5: a REST or GraphQL list answers
 * at most API_MAX_LIMIT documents a page (set to 3 here, so the cap shows on a handful of documents;
 * the default is 100); `limit=0`, `pagination=false`, negative and non-numeric limits are refused.
 * A locale or fallback locale that is not configured is a 400, on reads and writes (a write with
 * `locale=xx` wrote English silently).
 */
const MAX = 3
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let editor: string
let admin: string
let statements: number[]
let partner: number
beforeAll(async () => {
  ctx = await initPayload({ API_MAX_LIMIT: String(MAX) })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  statements = []
  for (const suffix of ['a', 'b', 'c', 'd']) {
    const id = await draftStatement(payload, staff.editor, suffix)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    statements.push(id)
  }
  partner = (
    await payload.create({
      collection: PARTNERS,
      data: { description: 'English description', organisation: 'P1', region: 'BC' },
    })
  ).id
  editor = await loginOverHttp(server, staff.editor.email)
  admin = await loginOverHttp(server, staff.admin.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const call = async (path: string, options: Parameters<typeof request>[2] = {}) => {
  const response = await request(server, path, options)
  const body = (await response.json()) as { docs?: { id: number }[] }
  return { count: body.docs?.length, message: firstMessage(body), status: response.status }
}
const refused = (message: string) => ({ count: undefined, message, status: 400 })
const gql = async (query: string, token?: string) => {
  const response = await request(server, '/api/graphql', { body: { query }, method: 'POST', token })
  const body = (await response.json()) as {
    data?: Record<string, { docs: unknown[] } | null>
    errors?: { extensions?: { statusCode?: number }; message: string }[]
  }
  return {
    count: Object.values(body.data ?? {})[0]?.docs.length,
    errors: body.errors?.map((error) => [error.extensions?.statusCode, error.message]),
  }
}
const PAGE = `page through with page=2, 3…`

describe('page sizes (API_MAX_LIMIT) over REST and GraphQL', () => {
  it(`limit=100000 is a 400 that says to page through (limit is at most ${MAX})`, async () => {
    for (const path of [
      '/api/policy-statements?limit=100000',
      `/api/policy-statements?limit=${MAX + 1}`,
      '/api/policy-statements/versions?limit=100000',
    ]) {
      expect([path, await call(path, { token: editor })]).toEqual([
        path,
        refused(`limit is at most ${MAX}: ${PAGE}`),
      ])
    }
    expect(await call('/api/policy-statements?limit=100000')).toEqual(
      refused(`limit is at most ${MAX}: ${PAGE}`),
    )
    expect(await gql('{ PolicyStatements(limit: 100000) { docs { id } } }')).toEqual({
      count: undefined,
      errors: [[400, `limit is at most ${MAX}: ${PAGE}`]],
    })
  })

  it('limit=0, pagination=false (every document at once), limit=-1, limit=1.5, limit=abc: 400, for staff too', async () => {
    const everything = (name: string) => `${name} would answer every document at once: `
    for (const token of [undefined, admin]) {
      expect(await call('/api/policy-statements?limit=0', { token })).toEqual(
        refused(`${everything('limit=0')}use a number from 1 to ${MAX} and ${PAGE}`),
      )
      expect(await call('/api/policy-statements?pagination=false', { token })).toEqual(
        refused(
          `${everything('pagination=false')}ask for at most ${MAX} a page (limit=${MAX}) and ${PAGE}`,
        ),
      )
      for (const limit of ['-1', '1.5', 'abc']) {
        expect([limit, await call(`/api/policy-statements?limit=${limit}`, { token })]).toEqual([
          limit,
          refused(
            `limit=${limit} is not a page size: use a whole number from 1 to ${MAX} and ${PAGE}`,
          ),
        ])
      }
    }
    expect(await gql('{ PolicyStatements(pagination: false) { docs { id } } }')).toEqual({
      count: undefined,
      errors: [
        [
          400,
          `${everything('pagination=false')}ask for at most ${MAX} a page (limit=${MAX}) and ${PAGE}`,
        ],
      ],
    })
    expect(await gql('{ PolicyStatements(limit: -1) { docs { id } } }')).toEqual({
      count: undefined,
      errors: [
        [400, `limit=-1 is not a page size: use a whole number from 1 to ${MAX} and ${PAGE}`],
      ],
    })
  })

  it('a join asks for at most as many: joins[briefingNotes][limit]=100000 and =0 are refused, GraphQL join fields too', async () => {
    expect(
      await call(`/api/policy-statements/${statements[0]}?joins[briefingNotes][limit]=100000`),
    ).toEqual(refused(`joins[briefingNotes][limit] is at most ${MAX}: ${PAGE}`))
    expect(await call(`/api/policy-statements?joins[infographics][limit]=0`)).toEqual(
      refused(
        `joins[infographics][limit]=0 would answer every document at once: use a number from 1 to ${MAX} and ${PAGE}`,
      ),
    )
    const nested = await gql(
      `{ PolicyStatements(limit: 1) { docs { briefingNotes(limit: 100000) { docs { id } } } } }`,
    )
    expect(nested.errors).toEqual([[400, `limit is at most ${MAX}: ${PAGE}`]])
    expect(
      await gql(
        `{ PolicyStatements(limit: ${MAX}) { docs { briefingNotes(limit: ${MAX}) { docs { id } } } } }`,
      ),
    ).toEqual({ count: MAX, errors: undefined })
  })

  it('page=0, page=-1, page=1.5, page=abc: 400 naming the page numbers', async () => {
    for (const page of ['0', '-1', '1.5', 'abc']) {
      expect([page, await call(`/api/policy-statements?page=${page}`)]).toEqual([
        page,
        refused(`page=${page} is not a page number: use 1, 2, 3…`),
      ])
    }
    expect(await gql('{ PolicyStatements(page: 0) { docs { id } } }')).toEqual({
      count: undefined,
      errors: [[400, 'page=0 is not a page number: use 1, 2, 3…']],
    })
  })

  it('pages within the limit answer, page after page; the default page and counts are untouched', async () => {
    expect(await call(`/api/policy-statements?limit=${MAX}`)).toEqual({
      count: MAX,
      message: '',
      status: 200,
    })
    expect(await call(`/api/policy-statements?limit=${MAX}&page=2`)).toEqual({
      count: 1,
      message: '',
      status: 200,
    })
    expect(await call('/api/policy-statements?limit=2', { token: editor })).toEqual({
      count: 2,
      message: '',
      status: 200,
    })
    const count = (await (await request(server, '/api/policy-statements/count')).json()) as {
      totalDocs: number
    }
    expect(count.totalDocs).toBe(4)
  })

  it("the server's own Local API reads are not limited, and the admin's bulk delete (limit=0 with a where) still works", async () => {
    const all = await payload.find({
      collection: STATEMENTS,
      limit: 1000,
      overrideAccess: false,
      user: staff.editor,
    })
    const unpaged = await payload.find({ collection: STATEMENTS, pagination: false })
    expect([all.docs.length, unpaged.docs.length]).toEqual([4, 4])
    const doomed = (
      await payload.create({ collection: PARTNERS, data: { organisation: 'Doomed', region: 'BC' } })
    ).id
    const removed = await call(`/api/partners?limit=0&where[id][in][0]=${doomed}`, {
      method: 'DELETE',
      token: admin,
    })
    expect([
      removed.status,
      (await payload.find({ collection: PARTNERS, draft: true, where: { id: { equals: doomed } } }))
        .totalDocs,
    ]).toEqual([200, 0])
  })
})

describe('locales must be configured ones', () => {
  const LOCALE_READ = (value: string) =>
    `locale ${value} is not one of en, fr (or all for reads): use locale=en, locale=fr or locale=all.`
  const LOCALE_WRITE = (value: string) =>
    `locale ${value} is not one of en, fr: a write changes one language, so use locale=en or locale=fr.`

  it('PATCH ?locale=xx by an editor is a 400 and writes nothing (it wrote English); so is POST, and locale=all on a write', async () => {
    const before = await rowCounts(ctx.databaseUri)
    expect(
      await call(`/api/partners/${partner}?locale=xx`, {
        body: { description: 'Written as xx' },
        method: 'PATCH',
        token: editor,
      }),
    ).toEqual(refused(LOCALE_WRITE('xx')))
    // A bulk write (partners, governed, take none: users do).
    expect(
      await call(`/api/users?locale=xx&where[id][equals]=${staff.editor.id}`, {
        body: { name: 'Written as xx' },
        method: 'PATCH',
        token: admin,
      }),
    ).toEqual(refused(LOCALE_WRITE('xx')))
    expect(
      await call(`/api/partners/${partner}?locale=all`, {
        body: { description: 'Written as all' },
        method: 'PATCH',
        token: editor,
      }),
    ).toEqual(refused(LOCALE_WRITE('all')))
    expect(
      await call('/api/partners?locale=EN', {
        body: { organisation: 'New', region: 'BC' },
        method: 'POST',
        token: editor,
      }),
    ).toEqual(refused(LOCALE_WRITE('EN')))
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
    const stored = await payload.findByID({
      collection: PARTNERS,
      draft: true,
      id: partner,
      locale: 'all',
    })
    expect(stored.description).toEqual({ en: 'English description' })
  })

  it('reads with ?locale=xx, ?fallback-locale=xx or ?fallbackLocale=xx are a 400 naming the locales', async () => {
    expect(await call('/api/policy-statements?locale=xx')).toEqual(refused(LOCALE_READ('xx')))
    expect(await call(`/api/policy-statements/${statements[0]}?locale=de`)).toEqual(
      refused(LOCALE_READ('de')),
    )
    expect(await call('/api/policy-statements/count?locale=xx')).toEqual(refused(LOCALE_READ('xx')))
    for (const name of ['fallback-locale', 'fallbackLocale']) {
      expect(await call(`/api/policy-statements?locale=fr&${name}=xx`)).toEqual(
        refused(
          `${name} xx is not one of en, fr or none: use ${name}=none to read without fallback, or a locale code.`,
        ),
      )
    }
    const gqlLocale = await gql('{ PolicyStatements(locale: xx) { docs { id } } }')
    expect([gqlLocale.count, gqlLocale.errors?.[0]?.[1]]).toEqual([
      undefined,
      'Argument "locale" has invalid value xx.',
    ])
  })

  it('configured locales, all, * and fallback-locale=none keep working, and a correct write writes French', async () => {
    for (const query of [
      'locale=en',
      'locale=fr',
      'locale=all',
      'locale=*',
      'locale=fr&fallback-locale=none',
      'locale=fr&fallback-locale=en',
      'locale=',
    ]) {
      expect([query, await call(`/api/policy-statements?limit=1&${query}`)]).toEqual([
        query,
        { count: 1, message: '', status: 200 },
      ])
    }
    expect(
      (
        await call(`/api/partners/${partner}?locale=fr`, {
          body: { description: 'Description française' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(200)
    const stored = await payload.findByID({
      collection: PARTNERS,
      draft: true,
      id: partner,
      locale: 'all',
    })
    expect(stored.description).toEqual({ en: 'English description', fr: 'Description française' })
  })
})
