import { NotFound, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewChanges } from '../../src/operations/changes/reviewChanges'
import { sourceAsTranslated } from '../../src/operations/changes/sourceAsTranslated'
import { readTranslations } from '../../src/workflow/translationState'
import type { SanitizedWorkflowOptions } from '../../src/types'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { paragraph } from '../helpers/lexical'
import { STATEMENTS } from '../helpers/slugs'
import { createStaff, reqAs, type Staff, transitionAs } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'
import type { User } from '../../payload-types'

let ctx: TestContext
let payload: Payload
let staff: Staff
let options: SanitizedWorkflowOptions
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  options = (payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions })
    .editorialWorkflow
})
afterAll(async () => ctx?.cleanup())

const edit = (user: User, id: number, locale: 'en' | 'fr', data: Record<string, unknown>) =>
  payload.update({
    collection: STATEMENTS,
    data,
    draft: true,
    id,
    locale,
    overrideAccess: false,
    user,
  })
const changesFor = async (user: User, id: number) =>
  reviewChanges(await reqAs(payload, user), options, STATEMENTS, id)
const summary = (changes: Awaited<ReturnType<typeof changesFor>>['changes']) =>
  changes.map((change) => `${change.field}:${change.locale ?? '*'}`)

describe('changes since the last review', () => {
  it('edit → submit → request changes → edit → submit: exactly the edited fields, EN and FR, rich text as text', async () => {
    const id = await draftStatement(payload, staff.editor, 'diff')
    await edit(staff.editor, id, 'en', { body: paragraph('Everyone may apply.') })
    await edit(staff.translator, id, 'fr', { summary: 'Résumé approuvé', title: 'Énoncé' })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'request_changes', {
      comment: 'Say who may apply.',
    })
    await edit(staff.editor, id, 'en', {
      body: paragraph('Every resident may apply.'),
      summary: 'Approved text diff, revised',
    })
    await edit(staff.translator, id, 'fr', { title: 'Énoncé révisé' })
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')

    const result = await changesFor(staff.reviewer2, id)
    expect(result.baseline).toMatchObject({
      by: 'reviewer',
      kind: 'review',
      transition: 'request_changes',
    })
    expect(summary(result.changes)).toEqual(['title:fr', 'summary:en', 'body:en'])
    const body = result.changes.find((change) => change.field === 'body')!
    expect([body.before, body.after]).toEqual(['Everyone may apply.', 'Every resident may apply.'])
    expect(body.parts).toEqual([
      { kind: 'removed', text: 'Everyone' },
      { kind: 'added', text: 'Every resident' },
      { kind: 'same', text: ' may apply.' },
    ])
    expect(result.changes.find((change) => change.field === 'title')).toMatchObject({
      after: 'Énoncé révisé',
      before: 'Énoncé',
    })
    // No workflow bookkeeping (states, hashes, delivery, progress) is ever compared.
    for (const name of [
      'workflow',
      'translationWorkflow',
      'translation',
      'translationProgress',
      'alternates',
      '_status',
    ]) {
      expect(result.fields.map((field) => field.name)).not.toContain(name)
    }

    // The state-only versions (submit, request_changes, submit) are not listed: only the two edits.
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      depth: 0,
      limit: 100,
      where: { parent: { equals: id } },
    })
    expect(versions.totalDocs).toBeGreaterThan(result.versions.length + 1)
    expect(result.versions.map((version) => [version.by, version.locales])).toEqual([
      ['translator', ['fr']],
      ['editor', ['en']],
    ])
  })

  it('after an approval the baseline is the approved version; nothing changed: no changes', async () => {
    const id = await draftStatement(payload, staff.editor, 'diff-approved')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    const unchanged = await changesFor(staff.reviewer, id)
    expect([unchanged.baseline.kind, unchanged.changes, unchanged.versions]).toEqual([
      'review',
      [],
      [],
    ])
    await edit(staff.editor2, id, 'en', {
      title: 'Statement diff-approved, edited',
      topic: 'employment-rights',
    })
    const result = await changesFor(staff.reviewer, id)
    expect(result.baseline).toMatchObject({ kind: 'review', transition: 'approve' })
    // A choice reads as its label, not its stored value.
    expect(
      result.changes.map((change) => [change.field, change.locale, change.before, change.after]),
    ).toEqual([
      ['title', 'en', 'Statement diff-approved', 'Statement diff-approved, edited'],
      ['topic', null, 'Regularization', 'Employment Rights'],
    ])
    expect(result.versions.map((version) => version.by)).toEqual(['editor2'])
  })

  it('never reviewed nor published: the first review, nothing to compare with', async () => {
    const id = await draftStatement(payload, staff.editor, 'diff-first')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const result = await changesFor(staff.reviewer, id)
    expect([result.baseline.kind, result.changes]).toEqual(['first', []])
    expect(result.versions.map((version) => version.locales)).toEqual([['en', 'fr']])
  })

  it('refuses a caller who may not read the document (an unpublished draft is not found for the public)', async () => {
    const id = await draftStatement(payload, staff.editor, 'diff-access')
    const anonymous = await reqAs(payload, staff.reviewer)
    anonymous.user = null
    await expect(reviewChanges(anonymous, options, STATEMENTS, id)).rejects.toThrow(NotFound)
  })
})

describe('the English a translation was made from', () => {
  it('finds, for each field changed since the French was submitted, the English of that time', async () => {
    const id = await draftStatement(payload, staff.editor, 'diff-source')
    await edit(staff.editor, id, 'en', { body: paragraph('Work permits for care workers.') })
    await edit(staff.translator, id, 'fr', {
      body: paragraph('Permis de travail pour les aides-soignants.'),
      summary: 'Résumé',
      title: 'Énoncé de la source',
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve_translation')
    await edit(staff.editor, id, 'en', {
      body: paragraph('Open work permits for all care workers.'),
    })
    await edit(staff.editor2, id, 'en', { summary: 'A new summary.' })

    const latest = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    const recorded = readTranslations(latest as never, ['fr']).fr!.sourceHashes
    const req = await reqAs(payload, staff.translator)
    req.locale = 'fr'
    const before = await sourceAsTranslated(req, options, STATEMENTS, id, recorded, [
      'body',
      'summary',
      'title',
    ])
    expect(before).toEqual({
      body: paragraph('Work permits for care workers.'),
      summary: 'Approved text diff-source',
      title: 'Statement diff-source',
    })
    // The caller's locale is left as it was (the admin goes on rendering the French form).
    expect(req.locale).toBe('fr')
  })
})
