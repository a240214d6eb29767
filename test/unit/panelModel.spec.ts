import { describe, expect, it } from 'vitest'

import { panelModel, type WorkflowStatus } from '../../src/admin/panelModel'

type Option = { allowed: boolean; code?: string; name: string }

const yes = (name: string): Option => ({ allowed: true, name })
const no = (name: string, code: string): Option => ({ allowed: false, code, name })

const status = (
  state: string,
  transitions: Option[],
  french: Option[] = [],
  progress = { missing: ['title'], total: 3 },
) =>
  ({
    history: [],
    state,
    transitions,
    translations: {
      fr: {
        changedFields: [],
        progress: { approved: 0, outdated: [], ...progress },
        status: 'in_review',
        transitions: french,
      },
    },
  }) as unknown as WorkflowStatus

describe('the panel shows the moves that are possible (defect 9)', () => {
  it('lists no reason for moves that do not apply: wrong state, not live, role', () => {
    const model = panelModel(
      status(
        'changes_requested',
        [
          no('submit', 'role'),
          no('request_changes', 'wrong_state'),
          no('approve', 'wrong_state'),
          no('publish', 'wrong_state'),
          no('schedule', 'wrong_state'),
          no('unpublish', 'not_live'),
          no('archive', 'role'),
        ],
        [
          no('request_translation_changes', 'wrong_state'),
          no('approve_translation', 'wrong_state'),
        ],
      ),
      { roles: ['reviewer'] },
    )
    expect(model.actions).toEqual([])
    expect(model.blocked).toEqual([])
  })

  it('explains four eyes and a stale approval, the moves a reviewer expects and cannot make', () => {
    const model = panelModel(
      status('in_review', [
        yes('request_changes'),
        no('approve', 'four_eyes'),
        no('publish', 'wrong_state'),
      ]),
      { roles: ['reviewer'] },
    )
    expect(model.actions.map((action) => action.name)).toEqual(['request_changes'])
    expect(model.blocked).toEqual([{ code: 'four_eyes', name: 'approve' }])
    const stale = panelModel(
      status('approved', [no('publish', 'stale_approval'), no('schedule', 'stale_approval')]),
      { roles: ['reviewer'] },
    )
    expect(stale.blocked.map((block) => [block.name, block.code])).toEqual([
      ['publish', 'stale_approval'],
      ['schedule', 'stale_approval'],
    ])
  })

  it('does not explain a refusal to someone whose roles could never make the move', () => {
    const model = panelModel(status('approved', [no('publish', 'stale_approval')]), {
      roles: ['editor'],
    })
    expect(model.blocked).toEqual([])
  })

  it('puts the forward moves first as primary buttons; archive is secondary and destructive moves ask to confirm', () => {
    const model = panelModel(status('draft', [yes('archive'), yes('submit')]), {
      roles: ['editor'],
    })
    expect(model.actions.map((action) => [action.name, action.style, action.confirm])).toEqual([
      ['submit', 'primary', undefined],
      ['archive', 'secondary', 'archive'],
    ])
    const live = panelModel(status('published', [yes('unpublish'), yes('discard')]), {
      roles: ['admin'],
    })
    expect(live.actions.map((action) => [action.name, action.confirm])).toEqual([
      ['unpublish', 'unpublish'],
      ['discard', 'discard'],
    ])
  })

  it('asks for a comment to request changes', () => {
    const model = panelModel(status('in_review', [yes('request_changes'), yes('approve')]), {
      roles: ['reviewer'],
    })
    expect(model.actions.map((action) => [action.name, action.needsComment])).toEqual([
      ['approve', false],
      ['request_changes', true],
    ])
  })
})

describe('French is reviewed from the French view only (defect 1)', () => {
  const french = [
    no('submit_translation', 'wrong_state'),
    yes('request_translation_changes'),
    yes('approve_translation'),
  ]

  it('in the English view, offers no French review button and points to the French view instead', () => {
    const model = panelModel(status('published', [], french), {
      roles: ['reviewer'],
      viewLocale: 'en',
    })
    expect(model.actions).toEqual([])
    expect(model.reviewElsewhere).toEqual(['fr'])
    expect(
      panelModel(status('published', [], french), { roles: ['reviewer'] }).reviewElsewhere,
    ).toEqual(['fr'])
  })

  it('in the French view, offers Approve French and Request French changes', () => {
    const model = panelModel(status('published', [], french), {
      roles: ['reviewer'],
      viewLocale: 'fr',
    })
    expect(model.actions.map((action) => [action.name, action.locale])).toEqual([
      ['approve_translation', 'fr'],
      ['request_translation_changes', 'fr'],
    ])
    expect(model.reviewElsewhere).toEqual([])
  })

  it('explains four eyes on the French only in the French view', () => {
    const mine = [yes('request_translation_changes'), no('approve_translation', 'four_eyes')]
    expect(
      panelModel(status('published', [], mine), { roles: ['reviewer'], viewLocale: 'fr' }).blocked,
    ).toEqual([{ code: 'four_eyes', locale: 'fr', name: 'approve_translation' }])
    expect(
      panelModel(status('published', [], mine), { roles: ['reviewer'], viewLocale: 'en' }).blocked,
    ).toEqual([])
  })
})

describe('translation progress in the panel (defect 11)', () => {
  it('counts what there is to translate, as the status reports it', () => {
    const model = panelModel(status('draft', [], [], { missing: ['summary'], total: 2 }), {
      roles: ['translator'],
    })
    expect(model.translations).toEqual([
      {
        changedFields: [],
        filled: 1,
        locale: 'fr',
        revisingFields: [],
        total: 2,
        value: 'in_review',
      },
    ])
  })
})
