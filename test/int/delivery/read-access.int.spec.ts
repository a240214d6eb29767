import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginOverHttp } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 1: anonymous callers get published, approved content only, from every read
 * path, over real HTTP; workflow internals, events and users are not readable, filterable or
 * sortable by them. "SECRET" marks text that exists only in drafts.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let live: number
let draftOnly: number
let draftNote: number
let liveNote: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  live = await draftStatement(payload, staff.editor, 'live')
  await publishViaWorkflow(payload, staff, STATEMENTS, live)
  // A pending edit on top of the published version, submitted for review.
  await payload.update({
    collection: STATEMENTS,
    data: { summary: 'SECRET pending summary' },
    draft: true,
    id: live,
    overrideAccess: false,
    user: staff.editor,
  })
  draftOnly = await draftStatement(payload, staff.editor, 'draft')
  await payload.update({
    collection: STATEMENTS,
    data: { title: 'SECRET draft title' },
    draft: true,
    id: draftOnly,
    overrideAccess: false,
    user: staff.editor,
  })
  const note = (title: string, statement: number) =>
    payload.create({
      collection: 'briefing-notes',
      data: { slug: title.toLowerCase().replace(/\W+/g, '-'), statement, title },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  draftNote = (await note('SECRET draft note', live)).id
  liveNote = (await note('Published note', draftOnly)).id
  await publishViaWorkflow(payload, staff, 'briefing-notes', liveNote)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { body: await response.text(), status: response.status }
}
const gql = async (query: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return { body: await response.text(), status: response.status }
}

describe('anonymous readers see published content only (real HTTP)', () => {
  it('REST lists, by id, where, sort, count, locale=all/*, draft=true: no draft text anywhere', async () => {
    const paths = [
      '/api/policy-statements?limit=100',
      '/api/policy-statements?limit=100&draft=true',
      '/api/policy-statements?limit=100&locale=all',
      '/api/policy-statements?limit=100&locale=*',
      '/api/policy-statements?limit=100&sort=-title',
      `/api/policy-statements/${live}`,
      `/api/policy-statements/${live}?draft=true&locale=all`,
      '/api/policy-statements?where[summary][like]=SECRET',
      '/api/policy-statements?where[_status][equals]=draft',
      '/api/policy-statements?where[or][0][title][like]=SECRET&where[or][1][summary][like]=SECRET',
      '/api/briefing-notes?limit=100&depth=2',
      `/api/briefing-notes/${liveNote}?depth=3`,
      `/api/policy-statements/${live}?depth=2&joins[briefingNotes][limit]=10`,
    ]
    for (const path of paths) {
      const { body, status } = await get(path)
      expect([path, status, body.includes('SECRET')]).toEqual([path, 200, false])
    }
    const byId = JSON.parse((await get(`/api/policy-statements/${live}?draft=true`)).body) as {
      summary: string
    }
    expect(byId.summary).toBe('Approved text live')
    expect((await get(`/api/policy-statements/${draftOnly}`)).status).toBe(404)
  })

  it('counts and totals count published documents only', async () => {
    const count = JSON.parse((await get('/api/policy-statements/count')).body) as {
      totalDocs: number
    }
    const draftCount = JSON.parse(
      (await get('/api/policy-statements/count?where[_status][equals]=draft&draft=true')).body,
    ) as { totalDocs: number }
    const list = JSON.parse((await get('/api/policy-statements?draft=true')).body) as {
      totalDocs: number
    }
    expect([count.totalDocs, draftCount.totalDocs, list.totalDocs]).toEqual([1, 0, 1])
  })

  it('relationships at any depth: a published note does not reveal the draft statement it points to', async () => {
    // Payload leaves the id of a document the reader may not read, unpopulated: nothing of its content.
    const note = JSON.parse((await get(`/api/briefing-notes/${liveNote}?depth=3`)).body) as {
      statement: unknown
    }
    expect(note.statement).toBe(draftOnly)
    const statement = JSON.parse((await get(`/api/policy-statements/${live}?depth=1`)).body) as {
      briefingNotes: { docs: unknown[] }
    }
    expect(statement.briefingNotes.docs).toEqual([])
    expect(draftNote).toBeGreaterThan(0)
  })

  it('versions are closed to readers, over REST and GraphQL', async () => {
    expect((await get(`/api/policy-statements/versions`)).status).toBe(403)
    const versions = await gql(
      `{ versionsPolicyStatements { docs { id version { title summary } } } }`,
    )
    expect(versions.body).not.toContain('SECRET')
    expect(versions.body).toContain('You are not allowed to perform this action.')
  })

  it('GraphQL queries, draft: true and locale all: no draft text', async () => {
    const { body, status } = await gql(`{
      a: PolicyStatements(limit: 100, draft: true) { totalDocs docs { title summary } }
      b: PolicyStatement(id: ${live}, draft: true) { title summary }
      c: PolicyStatements(where: { summary: { like: "SECRET" } }) { totalDocs }
      d: BriefingNotes(draft: true) { docs { title statement { title } } }
    }`)
    expect(status).toBe(200)
    expect(body).not.toContain('SECRET')
    const data = (JSON.parse(body) as { data: Record<string, any> }).data
    expect([data.a.totalDocs, data.b.summary, data.c.totalDocs]).toEqual([
      1,
      'Approved text live',
      0,
    ])
  })
})

describe('workflow internals, events and users are staff-only (real HTTP)', () => {
  it('are absent from documents read anonymously', async () => {
    const doc = JSON.parse((await get(`/api/policy-statements/${live}`)).body) as Record<
      string,
      unknown
    >
    expect([doc.workflow, doc.translationWorkflow, doc.translation]).toEqual([
      undefined,
      undefined,
      expect.objectContaining({ fr: 'coming_soon' }),
    ])
    const { body } = await gql(
      `{ PolicyStatement(id: ${live}) { workflow { state submittedBy { email } } translationWorkflow { fr { status } } } }`,
    )
    // GraphQL keeps the groups' shape; every value in them is withheld.
    expect(JSON.parse(body).data.PolicyStatement).toEqual({
      translationWorkflow: { fr: { status: null } },
      workflow: { state: null, submittedBy: null },
    })
  })

  it('a where or a sort on them is refused with 400 naming the path, not silently answered', async () => {
    for (const [query, path] of [
      ['where[workflow.state][equals]=published', 'workflow.state'],
      ['where[workflow.submittedBy.email][like]=example', 'workflow.submittedBy'],
      ['where[translationWorkflow.fr.status][equals]=approved', 'translationWorkflow.fr.status'],
      ['where[or][0][workflow.approvedBy][exists]=true', 'workflow.approvedBy'],
      ['sort=workflow.state', 'workflow.state'],
      ['sort=-translationWorkflow.fr.status', 'translationWorkflow.fr.status'],
    ] as const) {
      const { body, status } = await get(`/api/policy-statements?${query}`)
      expect([query, status]).toEqual([query, 400])
      expect(body).toContain(path)
    }
    const graphql = await gql(
      '{ PolicyStatements(where: { workflow__state: { equals: published } }) { totalDocs } }',
    )
    expect(graphql.body).toContain('workflow.state')
  })

  it('events and users are closed; staff still read and filter internals', async () => {
    expect((await get('/api/workflow-events')).status).toBe(403)
    expect((await get('/api/users')).status).toBe(403)
    const token = await loginOverHttp(server, staff.reviewer.email)
    const staffRead = await fetch(
      `${server.url}/api/policy-statements?draft=true&where[workflow.state][equals]=published&sort=workflow.state`,
      { headers: { authorization: `JWT ${token}` } },
    )
    const body = (await staffRead.json()) as { docs: { id: number; workflow: { state: string } }[] }
    expect([staffRead.status, body.docs.map((doc) => [doc.id, doc.workflow.state])]).toEqual([
      200,
      [],
    ])
  })
})
