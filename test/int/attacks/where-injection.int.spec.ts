import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstMessage, loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.1: SQL-injection-shaped keys, values, JSON paths and operator spellings in REST
 * `where` (and id, sort, locale, page), over real HTTP. Each is refused with a 4xx saying what was
 * wrong, or answers as plain data: no draft ("SECRET DRAFT") reaches a reader, a staff query is not
 * widened, and no table changes.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let live: number
let secret: number
let editor: string
let admin: string
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  live = await draftStatement(payload, staff.editor, 'public')
  await publishViaWorkflow(payload, staff, STATEMENTS, live)
  secret = (
    await payload.create({
      collection: STATEMENTS,
      data: {
        slug: 'secret-draft',
        summary: 'SECRET DRAFT summary',
        title: 'SECRET DRAFT',
        topic: 'regularization',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id
  await payload.create({
    collection: 'partners',
    data: { organisation: 'A partner', region: 'national', website: 'https://partner.example' },
    draft: true,
  })
  editor = await loginOverHttp(server, staff.editor.email)
  admin = await loginOverHttp(server, staff.admin.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const q = encodeURIComponent
const list = (query: string) => `/api/policy-statements?${query}`
const TYPE_MESSAGE =
  /^A value in the request does not fit its field .*: correct the where, id, page or limit parameters\.$/
const OPTION_MESSAGE = (field: string) =>
  new RegExp(
    `^where\\[${field.replace('.', '\\.')}\\]\\[equals\\]: ".*" is not a value of ${field.replace('.', '\\.')}: use one of \\w`,
  )

type Expect = { ids: 'all' | 'live' | 'none' | 'secret' } | { message: RegExp; status: 400 }

/** [query, what an anonymous reader gets, what a signed-in editor gets]. */
const attacks = (): [string, Expect, Expect][] => [
  // Values: bound as parameters, so they are compared as text and match nothing.
  [`where[title][equals]=${q("' OR 1=1 --")}`, { ids: 'none' }, { ids: 'none' }],
  [`where[title][equals]=${q('1; DROP TABLE users')}`, { ids: 'none' }, { ids: 'none' }],
  [`where[title][like]=${q("%' OR '1'='1")}`, { ids: 'none' }, { ids: 'none' }],
  [`where[summary][contains]=${q("%'); DROP TABLE users; --")}`, { ids: 'none' }, { ids: 'none' }],
  [
    `where[title][in][0]=${q("' OR 1=1 --")}&where[title][in][1]=${q('SECRET DRAFT')}`,
    { ids: 'none' },
    { ids: 'secret' },
  ],
  // exists takes true or false (Payload read anything else as false).
  [
    `where[title][exists]=${q('true) OR (1=1')}`,
    { message: /^where\[title\]\[exists\] takes true or false\.$/, status: 400 },
    { message: /^where\[title\]\[exists\] takes true or false\.$/, status: 400 },
  ],
  [
    `where[createdAt][greater_than]=${q("2020-01-01' OR '1'='1")}`,
    { ids: 'none' },
    { ids: 'none' },
  ],
  // Values the column cannot hold: PostgreSQL refuses the bound value; the caller gets 400, not 500.
  [
    `where[id][in][0]=${q('1) OR (1=1')}`,
    { message: TYPE_MESSAGE, status: 400 },
    { message: TYPE_MESSAGE, status: 400 },
  ],
  // A select compared with a value it cannot hold: refused before the query, naming the values it can.
  [
    `where[topic][equals]=${q("x' OR 1=1 --")}`,
    { message: OPTION_MESSAGE('topic'), status: 400 },
    { message: OPTION_MESSAGE('topic'), status: 400 },
  ],
  [
    `where[id][equals]=99999999999999999999`,
    { message: TYPE_MESSAGE, status: 400 },
    { message: TYPE_MESSAGE, status: 400 },
  ],
  [
    `page=99999999999999999999`,
    { message: TYPE_MESSAGE, status: 400 },
    { message: TYPE_MESSAGE, status: 400 },
  ],
  [
    `where[title][near]=1,2`,
    { message: /^An operator in the query does not apply to that field/, status: 400 },
    { message: /^An operator in the query does not apply/, status: 400 },
  ],
  // Keys: a path is looked up in the schema, never pasted into SQL.
  [
    `where[${q("title' OR '1'='1")}][equals]=x`,
    { message: /^The following path cannot be queried: title' OR '1'='1$/, status: 400 },
    { message: /^The following path cannot be queried: title' OR/, status: 400 },
  ],
  [
    `where[title][EQUALS]=${q('SECRET DRAFT')}`,
    {
      message:
        /^where\[title\]\[EQUALS\]: EQUALS is not an operator: write equals \(operators are lowercase\)\.$/,
      status: 400,
    },
    { message: /EQUALS is not an operator: write equals/, status: 400 },
  ],
  // JSON paths: readers may not query workflow internals at all; staff get Payload's JSON-path guard.
  [
    `where[${q("translationWorkflow.fr.sourceHashes.x' OR '1'='1")}][equals]=x`,
    {
      message:
        /^The following path cannot be queried: translationWorkflow\.fr\.sourceHashes\.x' OR '1'='1$/,
      status: 400,
    },
    { message: /^The following path cannot be queried: translationWorkflow/, status: 400 },
  ],
  [
    `where[translationWorkflow.fr.sourceHashes.title][equals]=${q("' OR 1=1 --")}`,
    { message: /cannot be queried: translationWorkflow\.fr\.sourceHashes\.title$/, status: 400 },
    { message: /^' OR 1=1 -- is not allowed as a JSON query value$/, status: 400 },
  ],
  [
    `where[workflow.state][equals]=${q("draft' OR '1'='1")}`,
    { message: /cannot be queried: workflow\.state$/, status: 400 },
    { message: OPTION_MESSAGE('workflow.state'), status: 400 },
  ],
  // Operator spellings: Payload reads and/or in any case (staff find the draft they may read); the
  // reader's published-only rule is ANDed around whatever the caller writes.
  [
    `where[Or][0][title][equals]=${q('SECRET DRAFT')}&where[Or][1][_status][equals]=draft`,
    { ids: 'none' },
    { ids: 'secret' },
  ],
  [`where[aNd][0][_status][equals]=draft`, { ids: 'none' }, { ids: 'secret' }],
  [`where[AND][0][title][like]=SECRET`, { ids: 'none' }, { ids: 'secret' }],
  [
    `where[or][0][_status][equals]=draft&where[or][1][title][like]=SECRET`,
    { ids: 'none' },
    { ids: 'secret' },
  ],
  [
    `where[oR][0][id][equals]=${live}&where[oR][1][id][not_equals]=${live}`,
    { ids: 'live' },
    { ids: 'all' },
  ],
  // Other parameters: a sort path, locale or limit that is not one is refused, saying what is (they were ignored).
  [
    `sort=${q('title; DROP TABLE users')}`,
    { message: /^The following path cannot be queried: title; DROP TABLE users$/, status: 400 },
    { message: /^The following path cannot be queried: title; DROP TABLE users$/, status: 400 },
  ],
  [
    `locale=${q("en' OR 1=1--")}&where[slug][equals]=statement-public`,
    { message: /^locale en' OR 1=1-- is not one of en, fr \(or all for reads\)/, status: 400 },
    { message: /^locale en' OR 1=1-- is not one of en, fr/, status: 400 },
  ],
  [
    `limit=${q('1; DROP TABLE users')}&where[slug][equals]=statement-public`,
    {
      message: /^limit=1; DROP TABLE users is not a page size: use a whole number from 1 to 100/,
      status: 400,
    },
    { message: /^limit=1; DROP TABLE users is not a page size/, status: 400 },
  ],
  [
    `select[${q('title" FROM users --')}]=true&where[slug][equals]=statement-public`,
    { ids: 'live' },
    { ids: 'live' },
  ],
]

const check = async (path: string, expected: Expect, token?: string) => {
  const response = await request(server, path, { token })
  const text = await response.text()
  const body = JSON.parse(text) as { docs?: { id: number }[] }
  const got =
    'status' in expected
      ? [response.status, firstMessage(body)]
      : [response.status, body.docs?.map((doc) => doc.id)]
  const want =
    'status' in expected
      ? [expected.status, expect.stringMatching(expected.message)]
      : [200, { all: [secret, live], live: [live], none: [], secret: [secret] }[expected.ids]]
  expect([path, ...got]).toEqual([path, ...want])
  return text
}

describe('injection-shaped where, id and parameters (real HTTP)', () => {
  it('anonymous: each is refused with a 4xx that says why, or finds nothing but published documents', async () => {
    const before = await rowCounts(ctx.databaseUri)
    for (const [query, anonymous] of attacks()) {
      const text = await check(list(query), anonymous)
      expect([query, text.includes('SECRET')]).toEqual([query, false])
    }
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it('signed-in editor: the same queries are not widened (nothing matches that should not) and change nothing', async () => {
    const before = await rowCounts(ctx.databaseUri)
    for (const [query, , signedIn] of attacks()) await check(list(query), signedIn, editor)
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it('ids in the path are read as numbers; a draft stays 404 for readers', async () => {
    for (const id of [`${live} OR 1=1`, `${live}' OR '1'='1`]) {
      const response = await request(server, `/api/policy-statements/${q(id)}`)
      expect([response.status, ((await response.json()) as { id: number }).id]).toEqual([200, live])
    }
    for (const id of [`${secret} OR 1=1`, `${secret}; DROP TABLE users`]) {
      const response = await request(server, `/api/policy-statements/${q(id)}`)
      expect([response.status, (await response.text()).includes('SECRET')]).toEqual([404, false])
    }
    const count = await request(
      server,
      `/api/policy-statements/count?where[id][in][0]=${q('1) OR (1=1')}`,
    )
    expect([count.status, firstMessage(await count.json())]).toEqual([
      400,
      expect.stringMatching(TYPE_MESSAGE),
    ])
  })

  it('hidden user fields (hash, salt, reset token, sessions, login attempts) cannot be queried or sorted on, even by an admin', async () => {
    for (const query of [
      'where[hash][like]=a',
      'where[salt][exists]=true',
      'where[resetPasswordToken][exists]=false',
      'where[sessions.id][exists]=true',
      'where[loginAttempts][equals]=0',
      'sort=hash',
    ]) {
      const anonymous = await request(server, `/api/users?${query}`)
      expect([query, anonymous.status]).toEqual([query, 403])
      const response = await request(server, `/api/users?${query}`, { token: admin })
      const path = query.startsWith('sort=') ? query.slice(5) : query.slice(6, query.indexOf(']'))
      expect([query, response.status, firstMessage(await response.json())]).toEqual([
        query,
        400,
        `The following path cannot be queried: ${path}`,
      ])
    }
  })

  it('bulk writes and deletes by an injected where change nothing', async () => {
    const before = await rowCounts(ctx.databaseUri)
    // Governed collections (statements, partners…) take no bulk edits at all; elsewhere (users) the injected where matches nothing.
    const governed = await request(
      server,
      list(`where[title][equals]=${q("' OR 1=1 --")}&draft=true`),
      { body: { summary: 'Overwritten' }, method: 'PATCH', token: editor },
    )
    expect([governed.status, firstMessage(await governed.json())]).toEqual([
      403,
      'Collection policy-statements has disabled bulk edit',
    ])
    const partners = await request(
      server,
      `/api/partners?where[organisation][equals]=${q("' OR 1=1 --")}`,
      { body: { website: 'https://evil.example' }, method: 'PATCH', token: editor },
    )
    expect([partners.status, firstMessage(await partners.json())]).toEqual([
      403,
      'Collection partners has disabled bulk edit',
    ])
    const patch = await request(server, `/api/users?where[email][equals]=${q("' OR 1=1 --")}`, {
      body: { name: 'Overwritten' },
      method: 'PATCH',
      token: admin,
    })
    expect([patch.status, ((await patch.json()) as { docs: unknown[] }).docs]).toEqual([200, []])
    const remove = await request(server, list(`where[id][in][0]=${q('1) OR (1=1')}`), {
      method: 'DELETE',
      token: admin,
    })
    expect([remove.status, firstMessage(await remove.json())]).toEqual([
      400,
      expect.stringMatching(TYPE_MESSAGE),
    ])
    const anonymous = await request(server, list(`where[title][like]=${q("%' OR '1'='1")}`), {
      method: 'DELETE',
    })
    expect(anonymous.status).toBe(403)
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
    const kept = await payload.findByID({ collection: STATEMENTS, draft: true, id: secret })
    expect([kept.title, kept.summary]).toEqual(['SECRET DRAFT', 'SECRET DRAFT summary'])
    expect(
      (await payload.find({ collection: 'partners', draft: true })).docs.map(
        (partner) => partner.website,
      ),
    ).toEqual(['https://partner.example'])
  })

  it('GraphQL where arguments are typed: injection-shaped values match nothing, bad types are refused', async () => {
    const gql = async (query: string) => {
      const response = await request(server, '/api/graphql', { body: { query }, method: 'POST' })
      return { body: await response.text(), status: response.status }
    }
    const values = await gql(
      `{ PolicyStatements(where: { OR: [{ title: { equals: "' OR 1=1 --" } }, { title: { like: "SECRET" } }] }) { totalDocs docs { title } } }`,
    )
    expect([
      values.status,
      JSON.parse(values.body).data.PolicyStatements.totalDocs,
      values.body.includes('SECRET DRAFT'),
    ]).toEqual([200, 0, false])
    // A validation error: no data at all, and HTTP 400 (src/app/graphqlEdge.ts; graphql-http itself answers 200).
    const typed = await gql(
      `{ PolicyStatements(where: { id: { equals: "1) OR (1=1" } }) { totalDocs } }`,
    )
    const refused = JSON.parse(typed.body) as { data?: unknown; errors: { message: string }[] }
    expect([typed.status, refused.data, refused.errors.map((error) => error.message)]).toEqual([
      400,
      undefined,
      expect.arrayContaining(['Int cannot represent non-integer value: "1) OR (1=1"']),
    ])
  })
})
