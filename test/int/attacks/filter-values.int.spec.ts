import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp, request, rowCounts } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { TOPICS as TOPIC_OPTIONS } from '../../../collections/PolicyStatements'
import { PARTNERS, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue 34 "Done when": a `where` on a select field (the marker `translation.fr`, `topic`, a partner's
 * `region`) with a value the field cannot hold is a 400 listing the values it can, over REST and
 * GraphQL: not a 500 (PostgreSQL refused the enum value) nor a silent empty list.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let editor: string
let bilingual: number
let englishOnly: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  bilingual = await draftStatement(payload, staff.editor, 'bilingual')
  await payload.update({
    collection: STATEMENTS,
    data: { summary: 'Résumé', title: 'Énoncé bilingue' },
    draft: true,
    id: bilingual,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })
  await transitionAs(payload, staff.translator, STATEMENTS, bilingual, 'submit_translation')
  await transitionAs(payload, staff.reviewer2, STATEMENTS, bilingual, 'approve_translation')
  await publishViaWorkflow(payload, staff, STATEMENTS, bilingual)
  englishOnly = await draftStatement(payload, staff.editor, 'english-only')
  await publishViaWorkflow(payload, staff, STATEMENTS, englishOnly)
  editor = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const MARKERS = ['approved', 'partial', 'coming_soon', 'outdated']
const TOPICS = TOPIC_OPTIONS.map((topic) => topic.value as string)

type Answer = {
  allowed?: string[]
  code?: string
  field?: string
  ids?: number[]
  message: string
  status: number
}
const rest = async (path: string, options: Parameters<typeof request>[2] = {}): Promise<Answer> => {
  const response = await request(server, path, options)
  const body = (await response.json()) as {
    docs?: { id: number }[]
    errors?: { data?: { allowed?: string[]; code?: string; field?: string }; message: string }[]
  }
  const error = body.errors?.[0]
  return {
    allowed: error?.data?.allowed,
    code: error?.data?.code,
    field: error?.data?.field,
    ids: body.docs?.map((doc) => doc.id),
    message: error?.message ?? '',
    status: response.status,
  }
}
const refused = (at: string, value: string, field: string, allowed: string[]) => ({
  allowed,
  code: 'invalid_option',
  field,
  ids: undefined,
  message: `${at}: "${value}" is not a value of ${field}: use one of ${allowed.join(', ')}.`,
  status: 400,
})
const answered = (ids: number[]) => ({
  allowed: undefined,
  code: undefined,
  field: undefined,
  ids,
  message: '',
  status: 200,
})

const gql = async (query: string, token?: string) => {
  const response = await request(server, '/api/graphql', { body: { query }, method: 'POST', token })
  const body = (await response.json()) as {
    data?: Record<string, { docs: { id: number }[] } | null>
    errors?: { extensions?: { data?: { code?: string }; statusCode?: number }; message: string }[]
  }
  return {
    errors: body.errors?.map((error) => ({
      code: error.extensions?.data?.code,
      message: error.message,
      statusCode: error.extensions?.statusCode,
    })),
    ids: body.data ? Object.values(body.data)[0]?.docs.map((doc) => Number(doc.id)) : undefined,
    status: response.status,
  }
}

describe('a where value a select field cannot hold (real HTTP)', () => {
  it('where[translation.fr][equals|not_equals|in|not_in|all]=bogus is a 400 listing the markers, anonymous and staff, list and count', async () => {
    const cases: [string, string][] = [
      ['where[translation.fr][equals]=bogus', 'where[translation.fr][equals]'],
      ['where[translation.fr][not_equals]=bogus', 'where[translation.fr][not_equals]'],
      ['where[translation.fr][in]=approved,bogus', 'where[translation.fr][in]'],
      [
        'where[translation.fr][in][0]=approved&where[translation.fr][in][1]=bogus',
        'where[translation.fr][in]',
      ],
      ['where[translation.fr][not_in][0]=bogus', 'where[translation.fr][not_in]'],
      [
        'where[or][0][id][equals]=1&where[or][1][translation.fr][equals]=bogus',
        'where[or][1][translation.fr][equals]',
      ],
    ]
    for (const [where, at] of cases) {
      const expected = refused(at, 'bogus', 'translation.fr', MARKERS)
      expect([where, await rest(`/api/${STATEMENTS}?locale=fr&${where}`)]).toEqual([
        where,
        expected,
      ])
      expect([where, await rest(`/api/${STATEMENTS}?${where}`, { token: editor })]).toEqual([
        where,
        expected,
      ])
      expect([where, await rest(`/api/${STATEMENTS}/count?${where}`)]).toEqual([
        where,
        { ...expected, ids: undefined },
      ])
    }
    // A JSON where, and a value in another case than the option's.
    const json = encodeURIComponent(JSON.stringify({ 'translation.fr': { equals: 'Approved' } }))
    expect(await rest(`/api/${STATEMENTS}?where=${json}`)).toEqual(
      refused('where[translation.fr][equals]', 'Approved', 'translation.fr', MARKERS),
    )
  })

  it('the same for any select: where[topic][equals]=bogus, a partner region, a join field inside a statement', async () => {
    expect(await rest(`/api/${STATEMENTS}?where[topic][equals]=bogus`)).toEqual(
      refused('where[topic][equals]', 'bogus', 'topic', TOPICS),
    )
    expect(await rest(`/api/${PARTNERS}?where[region][in]=BC,YT`, { token: editor })).toEqual(
      refused('where[region][in]', 'YT', 'region', ['BC', 'AB', 'MB', 'ON', 'QC', 'national']),
    )
    // A path through a relationship ends at the related collection's select; a join's where is checked too.
    expect(await rest('/api/briefing-notes?where[statement.topic][equals]=bogus')).toEqual(
      refused('where[statement.topic][equals]', 'bogus', 'statement.topic', TOPICS),
    )
    expect(
      await rest(
        `/api/${STATEMENTS}/${bilingual}?joins[briefingNotes][where][translation.fr][equals]=bogus`,
      ),
    ).toEqual(
      refused(
        'joins[briefingNotes][where][translation.fr][equals]',
        'bogus',
        'translation.fr',
        MARKERS,
      ),
    )
  })

  it('a refused filter changes nothing: a bulk delete by an admin with a bad marker deletes nothing', async () => {
    const admin = await loginOverHttp(server, staff.admin.email)
    const before = await rowCounts(ctx.databaseUri)
    expect(
      await rest(`/api/${STATEMENTS}?where[translation.fr][not_equals]=bogus`, {
        method: 'DELETE',
        token: admin,
      }),
    ).toEqual(refused('where[translation.fr][not_equals]', 'bogus', 'translation.fr', MARKERS))
    expect(await rowCounts(ctx.databaseUri)).toEqual(before)
  })

  it('the message is in the language the caller asks for (Accept-Language: fr)', async () => {
    const answer = await rest(`/api/${STATEMENTS}?where[translation.fr][equals]=bogus`, {
      headers: { 'accept-language': 'fr' },
    })
    expect([answer.status, answer.code, answer.message]).toEqual([
      400,
      'invalid_option',
      'where[translation.fr][equals] : « bogus » n’est pas une valeur de translation.fr : utilisez approved, partial, coming_soon, outdated.',
    ])
  })

  it('like, not_like and contains on a select (PostgreSQL has no ILIKE on its enum: was a 500) are a 400 listing the values', async () => {
    for (const operator of ['like', 'not_like', 'contains']) {
      const answer = await rest(`/api/${STATEMENTS}?where[topic][${operator}]=regul`)
      expect([operator, answer]).toEqual([
        operator,
        {
          allowed: TOPICS,
          code: 'invalid_operator',
          field: 'topic',
          ids: undefined,
          message: `where[topic][${operator}]: topic holds one of its values, which ${operator} cannot search: use [equals] or [in] with one of ${TOPICS.join(', ')}.`,
          status: 400,
        },
      ])
    }
  })

  it('every allowed value, null and exists keep working', async () => {
    const ids = (where: string) =>
      rest(`/api/${STATEMENTS}?locale=fr&sort=id&select[title]=true&${where}`)
    expect(await ids('where[translation.fr][equals]=approved')).toEqual(answered([bilingual]))
    expect(await ids('where[translation.fr][in]=approved,coming_soon')).toEqual(
      answered([bilingual, englishOnly]),
    )
    expect(
      await ids(
        'where[translation.fr][not_in][0]=partial&where[translation.fr][not_in][1]=outdated',
      ),
    ).toEqual(answered([bilingual, englishOnly]))
    expect(await ids('where[translation.fr][not_equals]=approved')).toEqual(answered([englishOnly]))
    expect(await ids('where[translation.fr][exists]=true')).toEqual(
      answered([bilingual, englishOnly]),
    )
    expect(await ids('where[topic][in]=regularization,employment-rights')).toEqual(
      answered([bilingual, englishOnly]),
    )
    expect(
      await ids(`where=${encodeURIComponent(JSON.stringify({ topic: { equals: null } }))}`),
    ).toEqual(answered([]))
  })
})

describe('the same over GraphQL', () => {
  it('an unknown marker or topic is a 400 that lists the allowed values; known ones answer', async () => {
    const refusal = (at: string, field: string, allowed: string[]) => ({
      errors: [
        {
          code: 'invalid_option',
          message: `${at}: "bogus" is not a value of ${field}: use one of ${allowed.join(', ')}.`,
          statusCode: 400,
        },
      ],
      ids: undefined,
      status: 400,
    })
    expect(
      await gql(
        '{ PolicyStatements(where: { translation__fr: { equals: bogus } }) { docs { id } } }',
      ),
    ).toEqual(refusal('where.translation__fr.equals', 'translation__fr', MARKERS))
    expect(
      await gql(
        '{ PolicyStatements(where: { OR: [{ id: { equals: 1 } }, { translation__fr: { in: [approved, bogus] } }] }) { docs { id } } }',
      ),
    ).toEqual(refusal('where.OR.translation__fr.in', 'translation__fr', MARKERS))
    // GraphQL spells the enum values as names (employment_rights): the message lists them so.
    const topicNames = TOPICS.map((topic) => topic.replace(/-/g, '_'))
    expect(
      await gql('{ PolicyStatements(where: { topic: { not_equals: bogus } }) { docs { id } } }'),
    ).toEqual(refusal('where.topic.not_equals', 'topic', topicNames))
    // In a variable, as front ends send it.
    const response = await request(server, '/api/graphql', {
      body: {
        query:
          'query ($where: PolicyStatement_where) { PolicyStatements(where: $where) { docs { id } } }',
        variables: { where: { translation__fr: { not_in: ['bogus'] } } },
      },
      method: 'POST',
    })
    const body = (await response.json()) as {
      errors: { extensions: { data: { code: string } }; message: string }[]
    }
    expect([
      response.status,
      body.errors.map((error) => [error.extensions.data.code, error.message]),
    ]).toEqual([
      400,
      [
        [
          'invalid_option',
          'where.translation__fr.not_in: "bogus" is not a value of translation__fr: use one of approved, partial, coming_soon, outdated.',
        ],
      ],
    ])
    const known = await gql(
      '{ PolicyStatements(sort: "id", where: { translation__fr: { not_in: [partial, outdated] } }) { docs { id } } }',
    )
    expect([known.status, known.errors, known.ids]).toEqual([
      200,
      undefined,
      [bilingual, englishOnly],
    ])
  })
})
