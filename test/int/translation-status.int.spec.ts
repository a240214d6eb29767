import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WorkflowError, workflowStatus } from '../../src/index'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { expectRefusal } from '../helpers/refusals'
import { paragraph } from '../helpers/lexical'
import { STATEMENTS } from '../helpers/slugs'
import {
  createStaff,
  publishViaWorkflow,
  reqAs,
  saveDraft,
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

const french = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.translator, 'fr', id, data)
const english = (id: number, data: Record<string, unknown>) =>
  saveDraft(payload, staff.editor, 'en', id, data)
const frStatus = async (id: number) =>
  (await workflowStatus(await reqAs(payload, staff.reviewer), STATEMENTS, id)).translations.fr!
const frEvents = async (id: number) =>
  (
    await payload.find({
      collection: 'workflow-events',
      depth: 0,
      sort: 'createdAt',
      where: { and: [{ document: { equals: String(id) } }, { locale: { equals: 'fr' } }] },
    })
  ).docs.map((event) => `${event.transition}:${event.from}>${event.to}`)

/** A published statement with an approved French translation of title and summary. */
const approvedTranslation = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await english(id, { body: paragraph('English body.') })
  await publishViaWorkflow(payload, staff, STATEMENTS, id)
  await french(id, { summary: `Résumé ${suffix}`, title: `Énoncé ${suffix}` })
  await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
  await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation')
  return id
}

describe('translation status (Local API)', () => {
  it('goes not_started → in_progress → in_review → approved, logged with the locale', async () => {
    const id = await draftStatement(payload, staff.editor, 'fr-flow')
    expect((await frStatus(id)).status).toBe('not_started')
    await french(id, { title: 'Énoncé' })
    expect((await frStatus(id)).status).toBe('in_progress')
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'request_translation_changes', {
      comment: 'Accord du participe.',
    })
    await french(id, { title: 'Énoncé corrigé' })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve_translation')
    expect((await frStatus(id)).status).toBe('approved')
    expect(await frEvents(id)).toEqual([
      'submit_translation:in_progress>in_review',
      'request_translation_changes:in_review>in_progress',
      'submit_translation:in_progress>in_review',
      'approve_translation:in_review>approved',
    ])
  })

  it('four eyes: whoever translated cannot approve; a translator cannot approve at all', async () => {
    const id = await draftStatement(payload, staff.editor, 'fr-eyes')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Par la relectrice' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.reviewer,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    const own = await transitionAs(
      payload,
      staff.reviewer,
      STATEMENTS,
      id,
      'approve_translation',
    ).catch((error: unknown) => error)
    expect(own).toBeInstanceOf(WorkflowError)
    expect([(own as WorkflowError).status, (own as WorkflowError).code]).toEqual([403, 'four_eyes'])
    await expect(
      transitionAs(payload, staff.translator, STATEMENTS, id, 'approve_translation'),
    ).rejects.toMatchObject({ code: 'role', status: 403 })
    expect((await frStatus(id)).status).toBe('in_review')
  })

  it('an English draft of a live document only says English is being revised; its publication outdates the French, with exactly the field that changed', async () => {
    const id = await approvedTranslation('fr-stale')
    // title, summary and the slug (filled from the French title) are translated; the body is missing (fields empty in English do not count).
    expect((await frStatus(id)).progress).toEqual({
      approved: 3,
      missing: ['body'],
      outdated: [],
      total: 4,
    })
    await english(id, { summary: 'A new English summary.' })
    const revising = await frStatus(id)
    expect([
      revising.status,
      revising.sourceRevising,
      revising.revisingFields,
      revising.changedFields,
    ]).toEqual(['approved', true, ['summary'], []])
    expect((await frEvents(id)).at(-1)).toBe('approve_translation:in_review>approved')
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    const status = await frStatus(id)
    expect([status.status, status.changedFields, status.sourceRevising]).toEqual([
      'outdated',
      ['summary'],
      false,
    ])
    expect(status.progress).toEqual({
      approved: 0,
      missing: ['body'],
      outdated: ['summary'],
      total: 4,
    })
    expect((await frEvents(id)).at(-1)).toBe('source_changed:approved>outdated')
    const event = (
      await payload.find({
        collection: 'workflow-events',
        where: { transition: { equals: 'source_changed' }, document: { equals: String(id) } },
      })
    ).docs[0]!
    expect(event.comment).toBe(
      'The French translation went out of date when the English changes were published: Summary. Update it and submit it again.',
    )
    // Stored as keys and values too, so that each reader's history says it in their language.
    expect(event.message).toEqual([
      { key: 'eventSourceRevised', vars: { fields: ['summary'], locale: 'fr' } },
    ])
    // Readers get the English while the French is outdated; the translator's French stays in the working copy the admin reads.
    const draft = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id,
      locale: 'fr',
    })
    expect([draft.title, draft.summary]).toEqual(['Énoncé fr-stale', 'Résumé fr-stale'])
  })

  it('a document never published: an English draft edit outdates the French at once (the draft is all there is)', async () => {
    const id = await draftStatement(payload, staff.editor, 'fr-unpublished')
    await french(id, { summary: 'Résumé brouillon', title: 'Énoncé brouillon' })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'approve_translation')
    await english(id, { summary: 'Changed before any publication.' })
    expect(await frStatus(id)).toMatchObject({
      changedFields: ['summary'],
      sourceRevising: false,
      status: 'outdated',
    })
    const event = (
      await payload.find({
        collection: 'workflow-events',
        where: { transition: { equals: 'source_changed' }, document: { equals: String(id) } },
      })
    ).docs[0]!
    expect(event.comment).toBe(
      'English changed: Summary. Update the French translation and submit it again.',
    )
  })

  it('rich text counts as changed on a text change, not on key order', async () => {
    const id = await approvedTranslation('fr-rich')
    const reordered = JSON.parse(
      JSON.stringify(paragraph('English body.'), (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    )
    await english(id, { body: reordered })
    expect(await frStatus(id)).toMatchObject({ sourceRevising: false, status: 'approved' })
    await english(id, { body: paragraph('English body, revised.') })
    expect(await frStatus(id)).toMatchObject({
      revisingFields: ['body'],
      sourceRevising: true,
      status: 'approved',
    })
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await frStatus(id)).toMatchObject({ changedFields: ['body'], status: 'outdated' })
  })

  it('translation review does not touch the English publication, and vice versa', async () => {
    const id = await approvedTranslation('fr-independent')
    expect(await snapshot(payload, id)).toMatchObject({ live: true, state: 'published' })
    await french(id, { title: 'Énoncé révisé' })
    expect(await snapshot(payload, id)).toMatchObject({ live: true, state: 'published' })
    expect((await frStatus(id)).status).toBe('in_progress')
    expect((await frEvents(id)).at(-1)).toBe('edit:approved>in_progress')
  })

  it('refuses direct writes to the translation status', async () => {
    const id = await draftStatement(payload, staff.editor, 'fr-direct')
    await expectRefusal(
      payload.update({
        collection: STATEMENTS,
        data: { translationWorkflow: { fr: { status: 'approved' } } },
        draft: true,
        id,
      }),
      'fields_through_transitions',
      403,
    )
    expect((await frStatus(id)).status).toBe('not_started')
  })
})
