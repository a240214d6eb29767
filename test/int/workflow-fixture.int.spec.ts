import { buildConfig, type CollectionSlug, getPayload, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { editorialWorkflow, WorkflowError } from '../../src/index'
import {
  asUser,
  createFixtureUser,
  createNote,
  type FixtureUser,
  liveNotes,
  noteEvents,
  readNote,
  updateNote,
} from '../fixtures/notes'
import type { baseConfig as minimalBaseConfig } from '../fixtures/minimal.config'
import { NOTES } from '../fixtures/slugs'
import { createTestDatabase } from '../helpers/database'
import { stopPayload } from '../helpers/stopPayload'
import { transitionAs } from '../helpers/workflow'

let payload: Payload
let database: Awaited<ReturnType<typeof createTestDatabase>>
type BaseConfig = typeof minimalBaseConfig
let baseConfig: BaseConfig
const users = {} as Record<'editor' | 'editorReviewer' | 'reviewer', FixtureUser>

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  process.env.DATABASE_URI = database.uri
  const fixture = await import('../fixtures/minimal.config')
  baseConfig = fixture.baseConfig
  payload = await getPayload({ config: fixture.default, key: 'fixture' })
  users.editor = await createFixtureUser(payload, 'editor@fixture.test', ['editor'])
  users.reviewer = await createFixtureUser(payload, 'reviewer@fixture.test', ['reviewer'])
  users.editorReviewer = await createFixtureUser(payload, 'both@fixture.test', [
    'editor',
    'reviewer',
  ])
})
afterAll(() => stopPayload(payload, 'fixture', database))

const as = (who: keyof typeof users, id: number, name: Parameters<typeof transitionAs>[4]) =>
  transitionAs(payload, asUser(users[who]), NOTES, id, name)
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: unknown) =>
      error instanceof WorkflowError
        ? { code: error.code, message: error.message, status: error.status }
        : error,
  )
const state = async (id: number) => (await readNote(payload, id)).workflow?.state
const transitions = async (id: number) =>
  (await noteEvents(payload, id)).map((event) => `${event.transition}:${event.from}>${event.to}`)

describe('the plugin on a minimal config (users + notes)', () => {
  it('runs submit → approve by another user → publish', async () => {
    const { id } = await createNote(payload, users.editor, 'First note')
    expect(await state(id)).toBe('draft')
    await as('editorReviewer', id, 'submit')
    expect(await refusal(as('editorReviewer', id, 'approve'))).toMatchObject({
      code: 'four_eyes',
      status: 403,
    })
    expect(await refusal(as('editor', id, 'approve'))).toMatchObject({ code: 'role', status: 403 })
    expect(await state(id)).toBe('in_review')
    const approved = await as('reviewer', id, 'approve')
    expect(approved.doc.workflow).toMatchObject({
      approvedBy: users.reviewer.id,
      state: 'approved',
      submittedBy: users.editorReviewer.id,
    })
    expect(await liveNotes(payload, { id: { equals: id } })).toEqual([])
    await as('reviewer', id, 'publish')
    const live = await liveNotes(payload, { id: { equals: id } })
    expect(live.map((note) => [note.title, note._status, note.workflow?.state])).toEqual([
      ['First note', 'published', 'published'],
    ])
    const events = await noteEvents(payload, id)
    expect(events.map((event) => [event.transition, event.user])).toEqual([
      ['submit', users.editorReviewer.id],
      ['approve', users.reviewer.id],
      ['publish', users.reviewer.id],
    ])
  })

  it('refuses a direct _status: published, with or without overrideAccess, and keeps nothing', async () => {
    const { id } = await createNote(payload, users.editor, 'Direct publish')
    // The way out it names is this collection's own endpoint, not the app's.
    const expected = {
      code: 'publish_through_workflow',
      message: expect.stringContaining(`/api/notes/${id}/workflow/publish`),
      status: 403,
    }
    expect(await refusal(updateNote(payload, users.editor, id, { _status: 'published' }))).toEqual(
      expected,
    )
    expect(
      await refusal(updateNote(payload, null, id, { _status: 'published', title: 'Sneaked in' })),
    ).toEqual(expected)
    const created = refusal(
      payload.create({
        collection: NOTES as CollectionSlug,
        data: { _status: 'published', title: 'Born published' } as never,
      }),
    )
    expect(await created).toMatchObject({ code: 'publish_through_workflow', status: 403 })
    expect(
      await liveNotes(payload, {
        title: { in: ['Direct publish', 'Sneaked in', 'Born published'] },
      }),
    ).toEqual([])
    expect(await readNote(payload, id)).toMatchObject({
      title: 'Direct publish',
      workflow: { state: 'draft' },
    })
    expect(await noteEvents(payload, id)).toEqual([])
  })

  it('keeps the approval through a French edit, drops it on an English edit, then refuses publish', async () => {
    const { id } = await createNote(payload, users.editor, 'Approved words')
    await as('editor', id, 'submit')
    await as('reviewer', id, 'approve')
    await updateNote(
      payload,
      users.editor,
      id,
      { title: 'Mots approuvés' },
      { draft: true, locale: 'fr' },
    )
    expect(await state(id)).toBe('approved')
    await updateNote(
      payload,
      users.editor,
      id,
      { title: 'Changed words' },
      { draft: true, locale: 'en' },
    )
    expect(await readNote(payload, id)).toMatchObject({
      title: 'Changed words',
      workflow: { state: 'draft' },
    })
    expect(await refusal(as('reviewer', id, 'publish'))).toMatchObject({
      code: 'wrong_state',
      status: 409,
    })
    expect(await liveNotes(payload, { id: { equals: id } })).toEqual([])
    expect(await transitions(id)).toEqual([
      'submit:draft>in_review',
      'approve:in_review>approved',
      'edit:approved>draft',
    ])
  })
})

// Each message names what to fix: the collection and the option or setting (not the prose around them).
describe('plugin options fail at start with a clear message', () => {
  const withPlugin = (collections: string[], extra: Parameters<typeof baseConfig>[0] = []) =>
    buildConfig({
      ...baseConfig(extra),
      plugins: [editorialWorkflow({ collections: collections as CollectionSlug[] })],
    })

  it('names a collection that does not exist', async () => {
    await expect(withPlugin(['nope'])).rejects.toThrow(/"nope".*options\.collections/)
    expect(() =>
      editorialWorkflow({ collections: ['nope' as CollectionSlug] })(baseConfig()),
    ).toThrow(/"nope".*options\.collections/)
  })

  it('names a collection without drafts', async () => {
    const plain = { slug: 'plain', fields: [{ name: 'title', type: 'text' as const }] }
    await expect(withPlugin(['plain'], [plain])).rejects.toThrow(/"plain".*versions\.drafts/)
    await expect(withPlugin(['plain'], [{ ...plain, versions: true }])).rejects.toThrow(
      /"plain".*versions\.drafts/,
    )
    await expect(withPlugin([NOTES, 'users'])).rejects.toThrow(/"users".*versions\.drafts/)
  })

  it('refuses an empty collection list', async () => {
    await expect(withPlugin([])).rejects.toThrow(/invalid options \(collections: /)
  })
})
