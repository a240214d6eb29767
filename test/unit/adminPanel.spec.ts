import { describe, expect, it } from 'vitest'

import { panelModel, type WorkflowStatus } from '../../src/admin/panelModel'
import { sourceText } from '../../src/admin/sourceText'
import { notificationFor } from '../../src/notifications/messages'
import { transitionsFor } from '../../src/workflow/approval'

const status = (state: Parameters<typeof transitionsFor>[0], roles: string[], extra: Partial<Parameters<typeof transitionsFor>[1]> = {}) =>
  ({
    state,
    transitions: transitionsFor(state, {
      approvalIsCurrent: true,
      editors: [],
      live: false,
      now: new Date(),
      roles,
      submittedBy: 1,
      userId: 2,
      ...extra,
    }),
    translations: {
      fr: { changedFields: [], progress: { approved: 0, missing: ['title'], outdated: [], total: 3 }, status: 'not_started', transitions: [] },
    },
  }) as unknown as WorkflowStatus

describe('workflow panel model', () => {
  it('gives a reviewer Approve and Request changes (with a comment) on a submission by someone else', () => {
    const model = panelModel(status('in_review', ['reviewer']), ['reviewer'])
    expect(model.actions.map((action) => action.name)).toEqual(['request_changes', 'approve'])
    expect(model.actions.find((action) => action.name === 'request_changes')?.needsComment).toBe(true)
    expect(model.state.label).toBe('In review')
    expect(model.translations[0]).toMatchObject({ label: 'Not started', progress: '2 of 3 fields filled in' })
  })

  it('says why Approve is missing for the reviewer who edited the version', () => {
    const model = panelModel(status('in_review', ['reviewer'], { editors: [2] }), ['reviewer'])
    expect(model.actions.map((action) => action.name)).toEqual(['request_changes'])
    expect(model.blocked).toContainEqual({ label: 'Approve', reason: 'You edited this version: another reviewer must approve it.' })
  })

  it('gives an editor no publish control and does not explain refusals by role', () => {
    const model = panelModel(status('approved', ['editor']), ['editor'])
    expect(model.actions).toEqual([])
    expect(model.blocked.map((block) => block.label)).not.toContain('Publish')
  })
})

describe('source text beside a translation', () => {
  it('reads rich text, arrays and plain values as text', () => {
    const lexical = {
      root: {
        children: [
          { children: [{ text: 'Open ' }, { text: 'permits' }], type: 'paragraph' },
          { children: [{ text: 'now' }], type: 'paragraph' },
        ],
        type: 'root',
      },
    }
    expect(sourceText(lexical)).toBe('Open permits\nnow')
    expect(
      sourceText([
        { id: 'a', text: 'First' },
        { id: 'b', text: 'Second' },
      ]),
    ).toBe('First\nSecond')
    expect(sourceText(null)).toBe('')
  })
})

describe('notification messages', () => {
  const ctx = { actor: 'Emma', link: 'https://cms.example.org/admin/collections/policy-statements/7', title: 'Decent work' }
  it('names who is told and links the document', () => {
    expect(notificationFor({ locale: 'en', to: 'in_review', transition: 'submit' }, ctx)).toMatchObject({
      audience: 'reviewers',
      subject: 'Review requested: Decent work',
    })
    expect(notificationFor({ comment: 'Cite it.', locale: 'en', to: 'changes_requested', transition: 'request_changes' }, ctx)?.text).toContain(
      'Cite it.',
    )
    expect(notificationFor({ locale: 'fr', to: 'outdated', transition: 'source_changed' }, ctx)).toMatchObject({
      audience: 'translators',
      subject: 'French outdated: Decent work',
    })
  })
  it('stays silent for the other moves', () => {
    expect(notificationFor({ locale: 'en', to: 'approved', transition: 'approve' }, ctx)).toBeNull()
    expect(notificationFor({ locale: 'fr', to: 'in_progress', transition: 'source_changed' }, ctx)).toBeNull()
  })
})
