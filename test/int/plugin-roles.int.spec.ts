import { createLocalReq, getPayload, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { panelModel } from '../../src/admin/panelModel'
import { myWorkQueues } from '../../src/admin/myWork'
import { transitionDocument, workflowStatus, type SanitizedWorkflowOptions } from '../../src/index'
import { assignReviewer } from '../../src/operations/assign'
import { ASSIGNMENTS, EVENTS, JOBS, rolesConfig, STAFF } from '../fixtures/roles.config'
import { NOTES } from '../fixtures/slugs'
import { createTestDatabase } from '../helpers/database'
import { expectRefusal, restRefusal } from '../helpers/refusals'
import { routeHandlers } from '../helpers/routeHandlers'
import { stopPayload } from '../helpers/stopPayload'

type Person = { email: string; id: number; jobs: string[] }
type Loose = Record<
  'create' | 'findByID' | 'update',
  (args: Record<string, unknown>) => Promise<Record<string, unknown>>
> & {
  find: (
    args: Record<string, unknown>,
  ) => Promise<{ docs: Record<string, unknown>[]; totalDocs: number }>
}
type Status = Awaited<ReturnType<typeof workflowStatus>>

const PASSWORD = 'a-long-test-password'
let payload: Payload
let config: ReturnType<typeof rolesConfig>
let database: Awaited<ReturnType<typeof createTestDatabase>>
let http: ReturnType<typeof routeHandlers>
const people = {} as Record<
  'approver' | 'approver2' | 'author' | 'chief' | 'linguist' | 'namedEditor',
  Person
>
const loose = () => payload as unknown as Loose
const options = () => payload.config.custom.editorialWorkflow as SanitizedWorkflowOptions
const reqAs = (person: Person) =>
  createLocalReq({ user: { ...person, collection: STAFF } as never }, payload)
const transition = async (person: Person, id: number, name: string, locale?: string) =>
  transitionDocument(await reqAs(person), {
    collection: NOTES,
    id,
    name: name as never,
    ...(locale ? { locale } : {}),
  })
const allowed = (status: Status) =>
  status.transitions.filter((option) => option.allowed).map((option) => option.name)

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  process.env.DATABASE_URI = database.uri
  config = rolesConfig()
  payload = await getPayload({ config })
  http = routeHandlers(config, STAFF)
  const jobs = {
    approver: [JOBS.reviewer],
    approver2: [JOBS.reviewer],
    author: [JOBS.editor],
    chief: [JOBS.admin],
    linguist: [JOBS.translator],
    namedEditor: ['editor'],
  }
  for (const [key, held] of Object.entries(jobs)) {
    people[key as keyof typeof people] = (await loose().create({
      collection: STAFF,
      data: { email: `${key}@staff.test`, jobs: held, name: key, password: PASSWORD },
    })) as unknown as Person
  }
})
afterAll(() => stopPayload(payload, 'default', database))

const draftNote = async (title: string) =>
  (await loose().create({
    collection: NOTES,
    data: { summary: `${title} summary`, title },
    draft: true,
    locale: 'en',
    overrideAccess: false,
    user: { ...people.author, collection: STAFF },
  })) as { id: number }

describe('an app whose roles are jobs: author, approver, linguist, chief', () => {
  it('runs approval and a French round over the Local API by job, refusing the wrong job with code role', async () => {
    const { id } = await draftNote('By job')
    await expectRefusal(transition(people.namedEditor, id, 'submit'), 'role', 403)
    await expectRefusal(transition(people.linguist, id, 'submit'), 'role', 403)
    await transition(people.author, id, 'submit')
    await expectRefusal(transition(people.author, id, 'approve'), 'role', 403)
    await transition(people.approver, id, 'approve')
    await transition(people.chief, id, 'publish')
    // Translator scope follows the job: a linguist writes French, never English.
    const asLinguist = { overrideAccess: false, user: { ...people.linguist, collection: STAFF } }
    await expectRefusal(
      loose().update({
        collection: NOTES,
        data: { title: 'Anglais' },
        draft: true,
        id,
        locale: 'en',
        ...asLinguist,
      }),
      'translator_locale',
      403,
    )
    await loose().update({
      collection: NOTES,
      data: { summary: 'Résumé', title: 'Par métier' },
      draft: true,
      id,
      locale: 'fr',
      ...asLinguist,
    })
    await transition(people.linguist, id, 'submit_translation', 'fr')
    await expectRefusal(transition(people.linguist, id, 'approve_translation', 'fr'), 'role', 403)
    await transition(people.approver, id, 'approve_translation', 'fr')
    const status = await workflowStatus(await reqAs(people.approver), NOTES, id)
    expect([status.state, status.translations.fr?.status]).toEqual(['published', 'approved'])
  })

  it('lists, in GET …/workflow, the panel and My work, exactly the moves each job may make', async () => {
    const { id } = await draftNote('Lists agree')
    const authorStatus = await workflowStatus(await reqAs(people.author), NOTES, id)
    expect(allowed(authorStatus)).toEqual(['submit', 'archive'])
    expect(
      panelModel(authorStatus, { roles: ['editor'] })
        .actions.map((action) => action.name)
        .sort(),
    ).toEqual(['archive', 'submit'])
    await transition(people.author, id, 'submit')
    const approverStatus = await workflowStatus(await reqAs(people.approver), NOTES, id)
    expect(allowed(approverStatus)).toEqual(['request_changes', 'approve'])
    const review = (await myWorkQueues(await reqAs(people.approver), options())).find(
      (queue) => queue.key === 'review',
    )
    expect(review?.rows.map((row) => row.id)).toContain(id)
    expect(review?.assign).toBe(true)
    const linguistQueues = (await myWorkQueues(await reqAs(people.linguist), options())).map(
      (queue) => queue.key,
    )
    expect(linguistQueues).toEqual(['translate-fr', 'continue-fr', 'translate-es', 'continue-es'])
    // The workflow's own role names mean nothing here: `editor` is not a job of this app.
    expect(await myWorkQueues(await reqAs(people.namedEditor), options())).toEqual([])
    await expectRefusal(
      workflowStatus(await reqAs(people.namedEditor), NOTES, id),
      'staff_only',
      403,
    )
  })

  it('answers REST by job: an author approving gets 403 role, the approver 200', async () => {
    const { id } = await draftNote('Over REST')
    const [author, approver] = await Promise.all([
      http.tokenOf(people.author.email, PASSWORD),
      http.tokenOf(people.approver.email, PASSWORD),
    ])
    expect((await http.rest('POST', `/api/${NOTES}/${id}/workflow/submit`, author)).status).toBe(
      200,
    )
    expect(
      await restRefusal(await http.rest('POST', `/api/${NOTES}/${id}/workflow/approve`, author)),
    ).toMatchObject({ code: 'role', status: 403 })
    const status = (await (
      await http.rest('GET', `/api/${NOTES}/${id}/workflow`, approver)
    ).json()) as Status
    expect(allowed(status)).toEqual(['request_changes', 'approve'])
    expect((await http.rest('POST', `/api/${NOTES}/${id}/workflow/approve`, approver)).status).toBe(
      200,
    )
    // Workflow fields are staff-only: an approver reads them, a reader does not.
    expect(
      (
        (await (await http.rest('GET', `/api/${NOTES}/${id}?draft=true`, approver)).json()) as {
          workflow?: { state: string }
        }
      ).workflow?.state,
    ).toBe('approved')
  })

  it('assigns approvers only, never an author of the note', async () => {
    const { id } = await draftNote('Assigned')
    await transition(people.author, id, 'submit')
    const req = await reqAs(people.approver)
    await assignReviewer(req, options(), { collection: NOTES, id, reviewer: people.approver2.id })
    // An approver's save in review is a suggestion: four eyes bars them from reviewing it.
    await loose().update({
      collection: NOTES,
      data: { summary: 'Suggested' },
      draft: true,
      id,
      locale: 'en',
      overrideAccess: false,
      user: { ...people.approver2, collection: STAFF },
    })
    await expectRefusal(
      assignReviewer(await reqAs(people.approver), options(), {
        collection: NOTES,
        id,
        reviewer: people.approver2.id,
      }),
      'four_eyes',
      403,
    )
    await expectRefusal(
      assignReviewer(await reqAs(people.approver), options(), {
        collection: NOTES,
        id,
        reviewer: people.linguist.id,
      }),
      'not_reviewer',
      400,
    )
    await expectRefusal(
      assignReviewer(await reqAs(people.author), options(), {
        collection: NOTES,
        id,
        reviewer: people.approver.id,
      }),
      'role',
      403,
    )
    const candidates = (await (
      await http.rest(
        'GET',
        `/api/${NOTES}/${id}/workflow/assign`,
        await http.tokenOf(people.approver.email, PASSWORD),
      )
    ).json()) as { reviewers: { name: string }[] }
    expect(candidates.reviewers.map((reviewer) => reviewer.name).sort()).toEqual([
      'approver',
      'approver2',
      'chief',
    ])
  })
})

describe('review assignments the app shows through reviewAssignmentsCollection.overrides', () => {
  it('are in the Audit group and still written by the assign operation only', async () => {
    expect(payload.collections[ASSIGNMENTS].config.admin).toMatchObject({
      group: 'Audit',
      hidden: false,
    })
    const { id } = await draftNote('Assigned directly')
    await expectRefusal(
      loose().create({
        collection: ASSIGNMENTS,
        data: { collection: NOTES, document: String(id), reviewer: people.approver.id },
      }),
      'assign_through_endpoint',
      403,
    )
  })
})

describe('an event log the app extends through eventsCollection.overrides', () => {
  it('has the added field and admin group, reading narrowed to chiefs', async () => {
    const events = payload.collections[EVENTS].config
    expect(events.admin.group).toBe('Audit')
    expect(events.flattenedFields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['transition', 'user', 'ticket']),
    )
    const { id } = await draftNote('Audited')
    await transition(people.author, id, 'submit')
    const where = { document: { equals: String(id) }, ticket: { exists: false } }
    const [chief, approver] = await Promise.all([
      http.tokenOf(people.chief.email, PASSWORD),
      http.tokenOf(people.approver.email, PASSWORD),
    ])
    const read = await http.rest('GET', `/api/${EVENTS}?where[document][equals]=${id}`, chief)
    expect(
      ((await read.json()) as { docs: { transition: string }[] }).docs.map(
        (event) => event.transition,
      ),
    ).toEqual(['submit'])
    expect((await http.rest('GET', `/api/${EVENTS}`, approver)).status).toBe(403)
    expect((await loose().find({ collection: EVENTS, where })).totalDocs).toBe(1)
  })

  it('keeps the plugin refusing direct writes, whatever the override opened or dropped', async () => {
    const chief = await http.tokenOf(people.chief.email, PASSWORD)
    const forged = await http.rest('POST', `/api/${EVENTS}`, chief, {
      collection: NOTES,
      document: '1',
      from: 'draft',
      locale: 'en',
      to: 'published',
      transition: 'publish',
    })
    expect(forged.status).toBe(403)
    await expectRefusal(
      loose().create({
        collection: EVENTS,
        data: {
          collection: NOTES,
          document: '1',
          from: 'draft',
          locale: 'en',
          to: 'published',
          transition: 'publish',
        },
      }),
      'events_by_transitions',
      403,
    )
    const { docs } = await loose().find({ collection: EVENTS, limit: 1 })
    await expectRefusal(
      loose().update({ collection: EVENTS, data: { ticket: 'T-1' }, id: docs[0]!.id }),
      'events_append_only',
      403,
    )
  })
})
