import { createLocalReq, getPayload, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { myWorkQueues } from '../../src/admin/myWork'
import { panelModel, panelRoles } from '../../src/admin/panelModel'
import { transitionDocument, workflowStatus, type SanitizedWorkflowOptions } from '../../src/index'
import { canConfig, STAFF } from '../fixtures/roles.config'
import { NOTES } from '../fixtures/slugs'
import { createTestDatabase } from '../helpers/database'
import { expectRefusal, restRefusal } from '../helpers/refusals'
import { routeHandlers } from '../helpers/routeHandlers'
import { stopPayload } from '../helpers/stopPayload'

type Person = { desk: string; email: string; id: number; roles: string[] }
type Loose = Record<
  'create' | 'update',
  (args: Record<string, unknown>) => Promise<Record<string, unknown>>
>
type Status = Awaited<ReturnType<typeof workflowStatus>>

const PASSWORD = 'a-long-test-password'
let payload: Payload
let config: ReturnType<typeof canConfig>
let database: Awaited<ReturnType<typeof createTestDatabase>>
let http: ReturnType<typeof routeHandlers>
const people = {} as Record<
  'colleague' | 'editor' | 'newsReviewer' | 'sportReviewer' | 'translator',
  Person
>
const loose = () => payload as unknown as Loose
const options = () => payload.config.custom.editorialWorkflow as SanitizedWorkflowOptions
const reqAs = (person: Person) =>
  createLocalReq({ user: { ...person, collection: STAFF } as never }, payload)
const transition = async (person: Person, id: number, name: string) =>
  transitionDocument(await reqAs(person), { collection: NOTES, id, name: name as never })
const option = (status: Status, name: string) =>
  status.transitions.find((candidate) => candidate.name === name)
const buttons = async (person: Person, id: number) => {
  const status = await workflowStatus(await reqAs(person), NOTES, id)
  return panelModel(status, { roles: panelRoles(person, options()) }).actions.map(
    (action) => action.name,
  )
}

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  process.env.DATABASE_URI = database.uri
  config = canConfig()
  payload = await getPayload({ config })
  http = routeHandlers(config, STAFF)
  const staff = {
    colleague: { desk: 'news', roles: ['editor'] },
    editor: { desk: 'news', roles: ['editor'] },
    newsReviewer: { desk: 'news', roles: ['reviewer'] },
    sportReviewer: { desk: 'sport', roles: ['reviewer'] },
    translator: { desk: 'news', roles: ['translator'] },
  }
  for (const [key, data] of Object.entries(staff)) {
    people[key as keyof typeof people] = (await loose().create({
      collection: STAFF,
      data: { ...data, email: `${key}@staff.test`, name: key, password: PASSWORD },
    })) as unknown as Person
  }
})
afterAll(() => stopPayload(payload, 'default', database))

const submitted = async (title: string) => {
  const { id } = (await loose().create({
    collection: NOTES,
    data: { desk: 'news', title },
    draft: true,
    locale: 'en',
    overrideAccess: false,
    user: { ...people.editor, collection: STAFF },
  })) as { id: number }
  await transition(people.editor, id, 'submit')
  return id
}

describe('an app whose can() decides who approves and publishes: the note’s desk', () => {
  it('lets a colleague editor of the desk approve, refuses a reviewer of another desk with code role', async () => {
    const id = await submitted('Desk rules')
    const message = await expectRefusal(
      transition(people.sportReviewer, id, 'approve'),
      'role',
      403,
    )
    expect(message).toContain('this site decides who may')
    await transition(people.colleague, id, 'approve')
    await expectRefusal(transition(people.sportReviewer, id, 'publish'), 'role', 403)
    await transition(people.newsReviewer, id, 'publish')
    expect((await workflowStatus(await reqAs(people.newsReviewer), NOTES, id)).state).toBe(
      'published',
    )
  })

  it('still holds four eyes: the editor who submitted may not approve although can() lets editors', async () => {
    const id = await submitted('Four eyes')
    await expectRefusal(transition(people.editor, id, 'approve'), 'four_eyes', 403)
    const status = await workflowStatus(await reqAs(people.editor), NOTES, id)
    expect(option(status, 'approve')).toMatchObject({ allowed: false, code: 'four_eyes' })
    // The panel explains it, as it does to a reviewer who submitted.
    expect(panelModel(status, { roles: panelRoles(people.editor, options()) }).blocked).toEqual([
      { code: 'four_eyes', name: 'approve' },
    ])
  })

  it('lists in GET …/workflow, the panel and My work what can() allows, and nothing else', async () => {
    const id = await submitted('Lists agree')
    expect(
      option(await workflowStatus(await reqAs(people.sportReviewer), NOTES, id), 'approve'),
    ).toMatchObject({ allowed: false, code: 'role', params: { roles: [] } })
    expect(await buttons(people.sportReviewer, id)).toEqual(['request_changes'])
    expect(await buttons(people.colleague, id)).toEqual(['approve', 'withdraw'])
    const review = async (person: Person) =>
      (await myWorkQueues(await reqAs(person), options()))
        .find((queue) => queue.key === 'review')
        ?.rows.map((row) => row.id) ?? []
    expect(await review(people.newsReviewer)).toContain(id)
    expect(await review(people.sportReviewer)).not.toContain(id)
    // No reviewer role, yet can() lets this editor approve: the review queue lists the note.
    expect(await review(people.colleague)).toContain(id)
    expect(await review(people.editor)).not.toContain(id)
  })

  it('answers REST the same way: 403 role for the other desk, 200 for the colleague', async () => {
    const id = await submitted('Over REST')
    const [sport, colleague] = await Promise.all([
      http.tokenOf(people.sportReviewer.email, PASSWORD),
      http.tokenOf(people.colleague.email, PASSWORD),
    ])
    const status = (await (
      await http.rest('GET', `/api/${NOTES}/${id}/workflow`, sport)
    ).json()) as Status
    expect(option(status, 'approve')?.allowed).toBe(false)
    expect(
      await restRefusal(await http.rest('POST', `/api/${NOTES}/${id}/workflow/approve`, sport)),
    ).toMatchObject({ code: 'role', status: 403 })
    expect(
      (await http.rest('POST', `/api/${NOTES}/${id}/workflow/approve`, colleague)).status,
    ).toBe(200)
  })

  it('keeps the roles table where can() defers to it, and the state rules everywhere', async () => {
    const id = await submitted('Defers')
    await expectRefusal(transition(people.translator, id, 'withdraw'), 'role', 403)
    await expectRefusal(transition(people.newsReviewer, id, 'publish'), 'wrong_state', 409)
  })
})
