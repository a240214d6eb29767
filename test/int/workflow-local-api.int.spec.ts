import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectRefusal } from '../helpers/refusals'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { STATEMENTS } from '../helpers/slugs'
import {
  createStaff,
  publishViaWorkflow,
  reqAs,
  type Staff,
  transitionAs,
} from '../helpers/workflow'
import { draftStatement, snapshot } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
})
afterAll(async () => ctx?.cleanup())

const PUBLISH_REFUSED = 'publish_through_workflow'
const FIELDS_REFUSED = 'fields_through_transitions'

const refused = (call: Promise<unknown>, code: string, status: number) =>
  expectRefusal(call, code, status)

describe('Local API with a user (overrideAccess: false)', () => {
  it('refuses publishing without approval, and changes nothing', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-1')
    await refused(
      payload.update({
        collection: STATEMENTS,
        data: { _status: 'published' },
        id,
        overrideAccess: false,
        user: staff.reviewer,
      }),
      PUBLISH_REFUSED,
      403,
    )
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('unpublish needs a live document: refused before the first publication, allowed after it (liveness read with the row lock)', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-unpublish')
    await expectRefusal(
      transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish'),
      'not_live',
      409,
    )
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish')
    expect(await snapshot(payload, id)).toMatchObject({ live: false, state: 'unpublished' })
  })

  it('a document without versions (rows imported by SQL, or from before drafts) goes through the workflow from its stored row', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-no-versions')
    await payload.db.deleteVersions({ collection: STATEMENTS, where: { parent: { equals: id } } })
    expect(
      (await payload.findVersions({ collection: STATEMENTS, where: { parent: { equals: id } } }))
        .totalDocs,
    ).toBe(0)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'publish'],
      live: true,
      state: 'published',
    })
  })

  it('refuses direct writes to workflow fields', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-2')
    await refused(
      payload.update({
        collection: STATEMENTS,
        data: { workflow: { state: 'approved' } },
        draft: true,
        id,
        overrideAccess: false,
        user: staff.editor,
      }),
      FIELDS_REFUSED,
      403,
    )
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('four eyes: the submitter and anyone who edited cannot approve, admins included', async () => {
    const both = await payload.create({
      collection: 'users',
      data: {
        email: 'both@example.org',
        name: 'Both',
        password: 'a-long-test-password',
        roles: ['admin', 'editor', 'reviewer'],
      },
    })
    const id = await draftStatement(payload, staff.editor, 'local-3')
    await transitionAs(payload, both, STATEMENTS, id, 'submit')
    expect(
      await expectRefusal(transitionAs(payload, both, STATEMENTS, id, 'approve'), 'four_eyes', 403),
    ).toBe('You submitted this version: another reviewer must approve it.')
    await expectRefusal(transitionAs(payload, staff.editor, STATEMENTS, id, 'approve'), 'role', 403)
    // A reviewer's edit in review is a suggestion: it stays in review, and that reviewer may not approve it.
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Edited by the reviewer' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.reviewer2,
    })
    expect(
      await expectRefusal(
        transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve'),
        'four_eyes',
        403,
      ),
    ).toBe('You edited this version: another reviewer must approve it.')
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'suggest'],
      live: false,
      state: 'in_review',
    })
    const approved = await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    expect(approved.doc.workflow.state).toBe('approved')
  })

  it('an edit after approval voids it: back to draft, event recorded, publish refused', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-4')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Changed after approval' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'edit'],
      live: false,
      state: 'draft',
    })
    await expectRefusal(
      transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish'),
      'wrong_state',
      409,
    )
    expect((await snapshot(payload, id)).live).toBe(false)
  })

  it('a French-only edit does not void the English approval', async () => {
    const id = await draftStatement(payload, staff.editor, 'local-5')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    expect((await snapshot(payload, id)).state).toBe('approved')
    const english = await payload.findByID({
      collection: STATEMENTS,
      draft: true,
      id,
      locale: 'en',
    })
    expect(english.title).toBe('Statement local-5')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'publish')
    expect(await snapshot(payload, id)).toMatchObject({ live: true, state: 'published' })
  })
})

describe('Local API without a user, overrideAccess: true', () => {
  it('refuses create or update with _status published, and workflow writes', async () => {
    await refused(
      payload.create({
        collection: STATEMENTS,
        data: { _status: 'published', slug: 'sneaky', title: 'Sneaky', topic: 'regularization' },
      }),
      PUBLISH_REFUSED,
      403,
    )
    expect(
      (await payload.count({ collection: STATEMENTS, where: { slug: { equals: 'sneaky' } } }))
        .totalDocs,
    ).toBe(0)
    const id = await draftStatement(payload, staff.editor, 'system-1')
    await refused(
      payload.update({ collection: STATEMENTS, data: { _status: 'published' }, id }),
      PUBLISH_REFUSED,
      403,
    )
    await refused(
      payload.update({
        collection: STATEMENTS,
        data: { workflow: { approvedHash: 'x'.repeat(64), state: 'approved' } },
        id,
      }),
      FIELDS_REFUSED,
      403,
    )
    expect(await snapshot(payload, id)).toMatchObject({ events: [], live: false, state: 'draft' })
  })

  it('transitions need a named user', async () => {
    const id = await draftStatement(payload, staff.editor, 'system-2')
    const { transitionDocument } = await import('../../src/index')
    const { createLocalReq } = await import('payload')
    await refused(
      transitionDocument(await createLocalReq({}, payload), {
        collection: STATEMENTS,
        id,
        name: 'submit',
      }),
      'sign_in',
      401,
    )
  })
})

describe('bulk update by where (Local API)', () => {
  it('refuses every document and publishes none', async () => {
    const ids = [
      await draftStatement(payload, staff.editor, 'bulk-1'),
      await draftStatement(payload, staff.editor, 'bulk-2'),
    ]
    const result = await payload.update({
      collection: STATEMENTS,
      data: { _status: 'published' },
      where: { id: { in: ids } },
    })
    expect(result.docs).toEqual([])
    // A bulk update reports messages only: each names the document's own way to publish.
    expect(result.errors).toHaveLength(2)
    expect(result.errors.map((error) => error.message)).toEqual(
      expect.arrayContaining(
        ids.map((id) => expect.stringContaining(`/api/${STATEMENTS}/${id}/workflow/publish`)),
      ),
    )
    const fields = await payload.update({
      collection: STATEMENTS,
      data: { workflow: { state: 'published' } },
      where: { id: { in: ids } },
    })
    expect(fields.errors).toHaveLength(2)
    for (const id of ids)
      expect(await snapshot(payload, id)).toMatchObject({ live: false, state: 'draft' })
  })
})

describe('duplicate (Local API)', () => {
  it('refuses to copy a live document as published; a draft copy starts the workflow over', async () => {
    const id = await draftStatement(payload, staff.editor, 'dup')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await refused(payload.duplicate({ collection: STATEMENTS, id }), PUBLISH_REFUSED, 403)
    const copy = await payload.duplicate({
      collection: STATEMENTS,
      data: { slug: 'statement-dup-copy' },
      draft: true,
      id,
    })
    expect(await snapshot(payload, copy.id)).toMatchObject({ live: false, state: 'draft' })
  })
})

describe('restore version (Local API)', () => {
  it('refuses to restore a published version, or a draft over the live version; off-line, a restore is an edit', async () => {
    const id = await draftStatement(payload, staff.editor, 'restore')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Second draft' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      depth: 0,
      sort: 'createdAt',
      where: { parent: { equals: id } },
    })
    const published = versions.docs.find((version) => version.version._status === 'published')!
    await refused(
      payload.restoreVersion({ collection: STATEMENTS, id: String(published.id) }),
      'restore_published',
      403,
    )
    const approvedDraft = versions.docs.find(
      (version) => version.version.workflow?.state === 'approved',
    )!
    // The Local API restores onto the main document, which would take the live version down.
    await refused(
      payload.restoreVersion({ collection: STATEMENTS, id: String(approvedDraft.id) }),
      'unpublish_through_workflow',
      403,
    )
    expect(await snapshot(payload, id)).toMatchObject({
      live: true,
      liveSummary: 'Approved text restore',
      state: 'draft',
      summary: 'Second draft',
    })
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish')
    await payload.restoreVersion({ collection: STATEMENTS, id: String(approvedDraft.id) })
    // The restored content is an edit like any other: the approval recorded in that version does not come back.
    expect(await snapshot(payload, id)).toMatchObject({
      live: false,
      state: 'unpublished',
      summary: 'Approved text restore',
    })
  })
})

describe('autosave (Local API)', () => {
  it('voids an approval and cannot publish', async () => {
    const id = await draftStatement(payload, staff.editor, 'autosave')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await payload.update({
      autosave: true,
      collection: STATEMENTS,
      data: { summary: 'Typing…' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'edit'],
      state: 'draft',
    })
    await refused(
      payload.update({
        autosave: true,
        collection: STATEMENTS,
        data: { _status: 'published' },
        id,
        overrideAccess: false,
        user: staff.editor,
      }),
      PUBLISH_REFUSED,
      403,
    )
    expect((await snapshot(payload, id)).live).toBe(false)
  })
})

describe("Payload's scheduled publish job", () => {
  const schedule = async (suffix: string) => {
    const id = await draftStatement(payload, staff.editor, suffix)
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1500),
    })
    return id
  }
  const runDueJobs = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1700))
    await payload.jobs.run({ queue: 'default' })
  }

  it('publishes when due, re-checking the approval when it runs', async () => {
    const id = await schedule('scheduled-ok')
    expect((await snapshot(payload, id)).live).toBe(false)
    await runDueJobs()
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'schedule', 'publish'],
      live: true,
      state: 'published',
    })
  })

  it('does not publish content edited after it was scheduled', async () => {
    const id = await schedule('scheduled-edited')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Edited after scheduling' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await runDueJobs()
    expect(await snapshot(payload, id)).toMatchObject({
      events: ['submit', 'approve', 'schedule', 'edit'],
      live: false,
      state: 'draft',
    })
  })

  it('records the scheduled publish of a voided approval as a skip, not a job error', async () => {
    const id = await schedule('scheduled-skipped')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Edited before the due time' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    await runDueJobs()
    const jobs = (
      await payload.find({
        collection: 'payload-jobs',
        depth: 0,
        limit: 0,
        where: { taskSlug: { equals: 'schedulePublish' } },
      })
    ).docs
    const job = jobs.find(
      (candidate) =>
        String((candidate.input as { doc: { value: unknown } }).doc.value) === String(id),
    )!
    const edit = (
      await payload.find({
        collection: 'workflow-events',
        depth: 0,
        where: { and: [{ document: { equals: String(id) } }, { transition: { equals: 'edit' } }] },
      })
    ).docs[0]!
    expect(edit.comment).toMatch(
      /^The content was edited, so the approval no longer holds: submit it for review again\. The publication scheduled for \d{4}-\d\d-\d\dT[\d:.]+Z was called off\.$/,
    )
    expect({
      completed: Boolean(job.completedAt),
      error: job.error ?? null,
      hasError: job.hasError ?? false,
      output: job.log?.[0]?.output,
      state: job.log?.[0]?.state,
    }).toEqual({
      completed: true,
      error: null,
      hasError: false,
      output: { skipped: edit.comment },
      state: 'succeeded',
    })
    expect(await snapshot(payload, id)).toMatchObject({ live: false, state: 'draft' })
  })
})

describe('published stays live while the next draft is worked on', () => {
  it('serves the approved version to readers until the next one is published', async () => {
    const id = await draftStatement(payload, staff.editor, 'live')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Next version' },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor,
    })
    const read = () => payload.findByID({ collection: STATEMENTS, id, overrideAccess: false })
    expect((await read()).summary).toBe('Approved text live')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect((await read()).summary).toBe('Next version')
  })
})

describe('audit trail', () => {
  it('records who, when, from, to, locale, comment and hash; nobody can change or forge it', async () => {
    const id = await draftStatement(payload, staff.editor, 'audit')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const returned = await transitionAs(
      payload,
      staff.reviewer,
      STATEMENTS,
      id,
      'request_changes',
      { comment: 'Cite the 2021 funding.' },
    )
    const { docs } = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      sort: 'createdAt',
      where: { document: { equals: String(id) } },
    })
    // The event a transition returns is the row as stored (the adapter returns it from the INSERT itself).
    expect(returned.event).toEqual(docs[1])
    expect(
      docs.map((event) => [event.transition, event.from, event.to, event.user, event.locale]),
    ).toEqual([
      ['submit', 'draft', 'in_review', staff.editor.id, 'en'],
      ['request_changes', 'in_review', 'changes_requested', staff.reviewer.id, 'en'],
    ])
    expect(docs[1]!.comment).toBe('Cite the 2021 funding.')
    expect(docs[1]!.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const event = docs[0]!
    await refused(
      payload.update({
        collection: 'workflow-events',
        data: { comment: 'rewritten' },
        id: event.id,
      }),
      'events_append_only',
      403,
    )
    await refused(
      payload.delete({ collection: 'workflow-events', id: event.id }),
      'events_append_only',
      403,
    )
    await refused(
      payload.create({
        collection: 'workflow-events',
        data: {
          collection: STATEMENTS,
          document: String(id),
          from: 'approved',
          locale: 'en',
          to: 'published',
          transition: 'publish',
        },
      }),
      'events_by_transitions',
      403,
    )
    const after = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      where: { document: { equals: String(id) } },
    })
    expect(after.docs.map((doc) => doc.comment).sort()).toEqual(
      [null, 'Cite the 2021 funding.'].sort(),
    )
    const req = await reqAs(payload, staff.editor)
    expect(
      (
        await payload.find({
          collection: 'workflow-events',
          overrideAccess: false,
          req,
          where: { document: { equals: String(id) } },
        })
      ).totalDocs,
    ).toBe(2)
    await expect(
      payload.find({ collection: 'workflow-events', overrideAccess: false }),
    ).rejects.toThrow()
  })
})
