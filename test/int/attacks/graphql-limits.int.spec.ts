import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS } from '../../../src/delivery/graphqlLimits'
import { request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, PASSWORD, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.2: the GraphQL endpoint over real HTTP, as production runs it. Payload decides
 * "production" per request from process.env.NODE_ENV (NoProductionIntrospection in @payloadcms/graphql),
 * so this file boots the app as every test does and then sends its requests with NODE_ENV=production.
 * Introspection is refused; so are queries too wide (aliases), too deep or too costly, with an error that
 * says what to do; the queries a front end sends still work.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let live: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  live = await draftStatement(payload, staff.editor, 'graphql')
  await publishViaWorkflow(payload, staff, STATEMENTS, live)
  const note = await payload.create({
    collection: 'briefing-notes',
    data: { slug: 'note', statement: live, title: 'Note' },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, 'briefing-notes', note.id)
  Object.assign(process.env, { NODE_ENV: 'production' })
})
afterAll(async () => {
  Object.assign(process.env, { NODE_ENV: 'test' })
  await server?.close()
  await ctx?.cleanup()
})

type GraphQLBody = { data?: Record<string, any> | null; errors?: { message: string }[] }

/**
 * A POST as most GraphQL clients send it (Apollo, urql, fetch: `application/json`, for which graphql-http
 * alone answers 200 even to a refused query). The HTTP status must be 400 for these too.
 */
const gql = async (
  query: string,
  accept = 'application/json',
): Promise<{ body: GraphQLBody; cacheControl: null | string; status: number }> => {
  const response = await request(server, '/api/graphql', {
    body: { query },
    headers: { accept },
    method: 'POST',
  })
  return {
    body: (await response.json()) as GraphQLBody,
    cacheControl: response.headers.get('cache-control'),
    status: response.status,
  }
}

const FRONT_END_QUERY = `query StatementPage {
  en: PolicyStatements(locale: en, where: { slug: { equals: "statement-graphql" } }) {
    docs { id title slug summary topic statementPdf { url alt sizes { thumbnail { url width } } } briefingNotes { docs { id title statement { id title } } } translation { fr } }
  }
  fr: PolicyStatements(locale: fr, where: { slug: { equals: "statement-graphql" } }) { docs { title summary } }
  notes: BriefingNotes(limit: 10, sort: "-createdAt") { totalDocs docs { title statement { title slug } } }
}`

/** note → statement → notes → statement …, `levels` (odd) relationship hops below the notes list. */
const nested = (levels: number): string => {
  let selection = 'title'
  for (let level = 0; level < levels; level++)
    selection =
      level % 2 === 0
        ? `statement { title ${selection} }`
        : `briefingNotes { docs { title ${selection} } }`
  return `{ BriefingNotes { docs { ${selection} } } }`
}

describe('GraphQL with NODE_ENV=production (real HTTP)', () => {
  it('a normal front-end query works', async () => {
    expect(process.env.NODE_ENV).toBe('production')
    const { body, status } = await gql(FRONT_END_QUERY)
    expect([status, body.errors]).toEqual([200, undefined])
    expect(body.data!.en.docs[0]).toMatchObject({
      briefingNotes: { docs: [{ statement: { title: 'Statement graphql' }, title: 'Note' }] },
      id: live,
      title: 'Statement graphql',
    })
    expect(body.data!.notes.totalDocs).toBe(1)
  })

  it('refuses introspection (__schema and __type), leaking no type names', async () => {
    for (const query of [
      '{ __schema { types { name fields { name } } } }',
      '{ __type(name: "PolicyStatement") { fields { name } } }',
      'query { a: __schema { queryType { name } } }',
    ]) {
      const { body, status } = await gql(query)
      expect([query, status, body.data, body.errors?.[0]?.message]).toEqual([
        query,
        400,
        undefined,
        'GraphQL introspection is not allowed, but the query contained __schema or __type',
      ])
      expect(JSON.stringify(body)).not.toContain('PolicyStatement_')
    }
    // The same request outside production is answered: the switch is the environment, nothing else.
    Object.assign(process.env, { NODE_ENV: 'development' })
    const development = await gql('{ __type(name: "PolicyStatement") { name } }').finally(() =>
      Object.assign(process.env, { NODE_ENV: 'production' }),
    )
    expect(development.body.data).toEqual({ __type: { name: 'PolicyStatement' } })
    // __typename is not introspection: clients use it for caching.
    expect(
      (await gql('{ PolicyStatements { docs { __typename } } }')).body.data!.PolicyStatements
        .docs[0].__typename,
    ).toBe('PolicyStatement')
  })

  it('an unknown type name is a 400 that suggests the right one (patches/graphql: the type names are listed only on error)', async () => {
    const { body, status } = await gql(
      'query Page($slug: Strin) { PolicyStatements(where: { slug: { equals: $slug } }) { totalDocs } }',
    )
    expect([status, body.data, body.errors?.map((error) => error.message)]).toEqual([
      400,
      undefined,
      [
        'Variable "$slug" expected value of type "Strin" which cannot be used as an input type.',
        'Unknown type "Strin". Did you mean "String"?',
      ],
    ])
    const valid = await gql(
      'query Page($slug: String) { PolicyStatements(where: { slug: { equals: $slug } }) { totalDocs } }',
    )
    expect([valid.status, valid.body.data]).toEqual([200, { PolicyStatements: { totalDocs: 1 } }])
  })

  it(`refuses a query with 200 aliases (limit ${GRAPHQL_LIMITS.maxAliases}) and says to split it`, async () => {
    const before = await rowCounts(ctx.databaseUri)
    const aliases = Array.from(
      { length: 200 },
      (_, index) => `a${index}: PolicyStatements(limit: 100) { docs { title } }`,
    ).join('\n')
    const { body, status } = await gql(`query Wide { ${aliases} }`)
    expect([status, body.data, body.errors?.map((error) => error.message)]).toEqual([
      400,
      undefined,
      [
        `"Wide" has 200 aliases; the limit is ${GRAPHQL_LIMITS.maxAliases}: split it into several requests.`,
      ],
    ])
    // Aliases hidden in a fragment spread many times count once per spread.
    const fragment = `fragment F on PolicyStatement { ${Array.from({ length: 10 }, (_, index) => `t${index}: title`).join(' ')} }`
    const spread = await gql(
      `{ ${Array.from({ length: 4 }, (_, index) => `s${index}: PolicyStatements { docs { ...F } }`).join(' ')} } ${fragment}`,
    )
    expect([spread.status, spread.body.errors?.[0]?.message]).toEqual([
      400,
      `The query has 44 aliases; the limit is ${GRAPHQL_LIMITS.maxAliases}: split it into several requests.`,
    ])
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it(`refuses an absurdly deep query (limit ${GRAPHQL_LIMITS.maxDepth} levels) and says what to do`, async () => {
    const deep = await gql(nested(41))
    expect([deep.status, deep.body.data, deep.body.errors?.map((error) => error.message)]).toEqual([
      400,
      undefined,
      [
        `The query is 64 levels deep; the limit is ${GRAPHQL_LIMITS.maxDepth}: ask for fewer nested relationships and fetch deeper ones in a second query.`,
      ],
    ])
    // Up to the limit (here exactly 10 levels) is fine.
    const fine = await gql(nested(5))
    expect([fine.status, fine.body.errors]).toEqual([200, undefined])
  })

  it('refuses fragments that spread themselves, or double at each level (a "fragment bomb"), with one clear error and no 500', async () => {
    const cycle = await gql(
      '{ PolicyStatements { docs { ...A } } } fragment A on PolicyStatement { briefingNotes { docs { statement { ...B } } } } fragment B on PolicyStatement { ...A }',
    )
    expect([cycle.status, cycle.body.errors?.map((error) => error.message)]).toEqual([
      400,
      [
        'Fragment "A" spreads itself, directly or through other fragments: write the repeated fields out instead.',
      ],
    ])
    // 40 fragments, each spreading the next twice: 2^40 fields once expanded, measured without expanding them.
    const fragments = Array.from(
      { length: 40 },
      (_, index) =>
        `fragment F${index} on PolicyStatement { ${index === 39 ? 'title' : `...F${index + 1} ...F${index + 1}`} }`,
    )
    const bomb = await gql(
      `query Bomb { PolicyStatements { docs { ...F0 } } } ${fragments.join(' ')}`,
    )
    expect([bomb.status, bomb.body.errors?.map((error) => error.message)]).toEqual([
      400,
      [
        `"Bomb" asks for ${2 ** 39 + 2} fields once its fragments are expanded; the limit is ${GRAPHQL_LIMITS.maxComplexity}: ask for fewer fields or split it into several requests.`,
      ],
    ])
    // The server is still answering.
    expect((await gql('{ PolicyStatements { totalDocs } }')).body.data).toEqual({
      PolicyStatements: { totalDocs: 1 },
    })
  })

  it('limit errors are HTTP 400 whatever the client accepts (application/json, the GraphQL media type, anything)', async () => {
    const wide = `query Wide { ${Array.from({ length: 40 }, (_, index) => `a${index}: PolicyStatements { totalDocs }`).join(' ')} }`
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const { body, status } = await gql(wide, accept)
      expect([accept, status, body.errors?.[0]?.message]).toEqual([
        accept,
        400,
        `"Wide" has 40 aliases; the limit is ${GRAPHQL_LIMITS.maxAliases}: split it into several requests.`,
      ])
    }
  })

  it('every GraphQL answer is Cache-Control: private, no-store (anonymous, signed-in, mutations, errors)', async () => {
    const anonymous = await gql('{ PolicyStatements { totalDocs } }')
    const refused = await gql('{ __schema { types { name } } }')
    const login = await request(server, '/api/graphql', {
      body: {
        query: `mutation { loginUser(email: "${staff.editor.email}", password: "${PASSWORD}") { token } }`,
      },
      method: 'POST',
    })
    const { token } = ((await login.json()) as { data: { loginUser: { token: string } } }).data
      .loginUser
    const signedIn = await request(server, '/api/graphql', {
      body: { query: '{ PolicyStatements(draft: true) { totalDocs } }' },
      method: 'POST',
      token,
    })
    expect([
      anonymous.cacheControl,
      refused.cacheControl,
      login.headers.get('cache-control'),
      signedIn.headers.get('cache-control'),
    ]).toEqual(Array(4).fill('private, no-store'))
    expect([anonymous.status, refused.status, login.status, signedIn.status]).toEqual([
      200, 400, 200, 200,
    ])
  })

  it(`refuses a query whose cost is over ${GRAPHQL_LIMITS.maxComplexity} (Payload's complexity limit)`, async () => {
    // Within the alias and depth limits: 25 lists, each 9 levels deep through 4 relationships (10 points each).
    const hops =
      'statement { briefingNotes { docs { statement { briefingNotes { docs { title } } } } } }'
    const costly = await gql(
      `{ ${Array.from({ length: 25 }, (_, index) => `n${index}: BriefingNotes { docs { ${hops} } }`).join(' ')} }`,
    )
    expect([costly.status, costly.body.errors?.[0]?.message]).toEqual([
      400,
      expect.stringMatching(
        new RegExp(
          `^The query exceeds the maximum complexity of ${GRAPHQL_LIMITS.maxComplexity}\\. Actual complexity is \\d+$`,
        ),
      ),
    ])
  })
})
