import type { CollectionConfig, PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { allowedByRoles } from '../../src/access/can'
import {
  hasWorkflowRole,
  isWorkflowStaff,
  usersWithRoles,
  workflowRolesOf,
} from '../../src/access/roles'
import { withOverrides } from '../../src/collections/overrides'
import { refusalMessage } from '../../src/operations/refusalMessage'
import { sanitizeOptions } from '../../src/types'
import { transition, type TransitionContext } from '../../src/workflow/approval'
import { authorsOf, fourEyesConflict } from '../../src/workflow/fourEyes'
import { idOf, sameId } from '../../src/workflow/ids'
import { IDENTITY_ROLE_NAMES, isOnlyTranslator, workflowRolesFrom } from '../../src/workflow/roles'
import { translationTransition } from '../../src/workflow/translation'
import { tFor } from '../helpers/translate'

const jobs = sanitizeOptions({
  collections: ['notes'] as never,
  roles: {
    field: 'jobs',
    names: { editor: 'author', reviewer: ['approver', 'chief-approver'], translator: 'linguist' },
  },
})
const defaults = sanitizeOptions({ collections: ['notes'] as never })

describe('reading roles (options.roles)', () => {
  it('defaults to the `roles` field and the workflow’s own names', () => {
    expect(defaults.roles).toEqual({ field: 'roles', names: IDENTITY_ROLE_NAMES })
    expect(workflowRolesOf({ roles: ['reviewer', 'editor', 'visitor'] }, defaults)).toEqual([
      'editor',
      'reviewer',
    ])
  })

  it('maps the app’s names, one or several per role; a role left out keeps its name', () => {
    expect(jobs.roles.names).toEqual({
      admin: ['admin'],
      editor: ['author'],
      reviewer: ['approver', 'chief-approver'],
      translator: ['linguist'],
    })
    expect(workflowRolesOf({ jobs: ['chief-approver'] }, jobs)).toEqual(['reviewer'])
    expect(workflowRolesOf({ jobs: ['author', 'linguist', 'admin'] }, jobs)).toEqual([
      'admin',
      'editor',
      'translator',
    ])
    // The workflow's own names mean nothing once mapped away, and the default field is not read.
    expect(workflowRolesOf({ jobs: ['editor', 'reviewer'], roles: ['reviewer'] }, jobs)).toEqual([])
  })

  it('reads a single value (a select without hasMany) and tolerates none', () => {
    expect(workflowRolesFrom('author', jobs.roles.names)).toEqual(['editor'])
    expect(workflowRolesFrom(null, jobs.roles.names)).toEqual([])
    expect(workflowRolesOf(null, jobs)).toEqual([])
    expect(workflowRolesOf({ id: 1 }, jobs)).toEqual([])
  })

  it('answers role and staff questions, and finds users by role in the app’s names', () => {
    expect(hasWorkflowRole({ jobs: ['approver'] }, jobs, 'reviewer', 'admin')).toBe(true)
    expect(hasWorkflowRole({ jobs: ['author'] }, jobs, 'reviewer', 'admin')).toBe(false)
    expect([
      isWorkflowStaff({ jobs: ['linguist'] }, jobs),
      isWorkflowStaff({ jobs: ['reader'] }, jobs),
    ]).toEqual([true, false])
    expect(usersWithRoles(jobs, 'reviewer', 'admin')).toEqual({
      jobs: { in: ['approver', 'chief-approver', 'admin'] },
    })
    expect(usersWithRoles(defaults, 'translator')).toEqual({ roles: { in: ['translator'] } })
  })

  it('refuses a role the workflow does not have, an empty name, and a can that is no function', () => {
    expect(() =>
      sanitizeOptions({
        collections: ['notes'] as never,
        roles: { names: { writer: 'author' } as never },
      }),
    ).toThrow('roles.names')
    expect(() =>
      sanitizeOptions({ collections: ['notes'] as never, roles: { names: { editor: '' } } }),
    ).toThrow('roles.names.editor')
    expect(() => sanitizeOptions({ collections: ['notes'] as never, can: true as never })).toThrow(
      'can: a function',
    )
    expect(() =>
      sanitizeOptions({
        collections: ['notes'] as never,
        eventsCollection: { overrides: {} as never },
      }),
    ).toThrow('eventsCollection.overrides')
  })

  it('tells a translator who is nothing else', () => {
    expect([
      isOnlyTranslator(['translator']),
      isOnlyTranslator(['translator', 'reviewer']),
    ]).toEqual([true, true])
    expect([
      isOnlyTranslator(['translator', 'editor']),
      isOnlyTranslator(['translator', 'admin']),
      isOnlyTranslator([]),
      isOnlyTranslator(null),
    ]).toEqual([false, false, false, false])
  })
})

describe('one id comparison and one four-eyes check', () => {
  it('compares ids as strings, never matching nothing', () => {
    expect([
      sameId(7, '7'),
      sameId('a', 'a'),
      sameId(7, 8),
      sameId(null, 'null'),
      sameId(undefined, undefined),
    ]).toEqual([true, true, false, false, false])
    expect([idOf(3), idOf('x'), idOf({ id: 4, email: 'a' }), idOf({ id: {} }), idOf(null)]).toEqual(
      [3, 'x', 4, null, null],
    )
  })

  it('names why a user took part: submitted first, then edited', () => {
    expect(fourEyesConflict(1, { editors: [1], submittedBy: '1' })).toBe('submitted')
    expect(fourEyesConflict('2', { editors: [1, 2], submittedBy: 1 })).toBe('edited')
    expect(fourEyesConflict(3, { editors: [1, 2], submittedBy: 1 })).toBeNull()
    expect(fourEyesConflict(3, { editors: [] })).toBeNull()
    expect(authorsOf({ editors: [2, '3'], submittedBy: 1 })).toEqual(['1', '2', '3'])
    expect(authorsOf({ editors: [2], submittedBy: null })).toEqual(['2'])
  })
})

describe('the machines under the app’s can', () => {
  const ctx = (over: Partial<TransitionContext>): TransitionContext => ({
    approvalIsCurrent: true,
    editors: [],
    live: false,
    now: new Date(0),
    roles: [],
    submittedBy: 1,
    userId: 2,
    ...over,
  })

  it('lets a permitted verdict replace the roles table, both ways', () => {
    expect(
      transition('in_review', 'approve', ctx({ permitted: { approve: true }, roles: ['editor'] })),
    ).toEqual({ ok: true, to: 'approved' })
    expect(
      transition(
        'in_review',
        'approve',
        ctx({ permitted: { approve: false }, roles: ['reviewer'] }),
      ),
    ).toMatchObject({ code: 'role', params: { roles: [] } })
    // No verdict for this transition: the table decides, and names the roles.
    expect(
      transition('in_review', 'approve', ctx({ permitted: { publish: true }, roles: ['editor'] })),
    ).toMatchObject({ code: 'role', params: { roles: ['reviewer'] } })
  })

  it('keeps four eyes, state, comment and current approval under a permitted verdict', () => {
    expect(
      transition('in_review', 'approve', ctx({ permitted: { approve: true }, userId: 1 })),
    ).toMatchObject({ code: 'four_eyes', params: { because: 'submitted' } })
    expect(
      transition('in_review', 'approve', ctx({ editors: ['2'], permitted: { approve: true } })),
    ).toMatchObject({ code: 'four_eyes', params: { because: 'edited' } })
    expect(transition('draft', 'approve', ctx({ permitted: { approve: true } }))).toMatchObject({
      code: 'wrong_state',
    })
    expect(
      transition(
        'in_review',
        'request_changes',
        ctx({ comment: ' ', permitted: { request_changes: true } }),
      ),
    ).toMatchObject({ code: 'comment_required' })
    expect(
      transition(
        'approved',
        'publish',
        ctx({ approvalIsCurrent: false, permitted: { publish: true } }),
      ),
    ).toMatchObject({ code: 'stale_approval' })
  })

  it('does the same for translations', () => {
    const base = { editors: [], locale: 'fr', roles: ['translator'], submittedBy: 1, userId: 2 }
    expect(
      translationTransition('in_review', 'approve_translation', {
        ...base,
        permitted: { approve_translation: true },
      }),
    ).toEqual({ ok: true, to: 'approved' })
    expect(
      translationTransition('in_progress', 'submit_translation', {
        ...base,
        permitted: { submit_translation: false },
      }),
    ).toMatchObject({ code: 'role', params: { roles: [] } })
    expect(
      translationTransition('in_review', 'approve_translation', {
        ...base,
        permitted: { approve_translation: true },
        userId: 1,
      }),
    ).toMatchObject({ code: 'four_eyes' })
  })

  it('words a refusal by can without naming roles, in both languages', () => {
    const refusal = transition(
      'in_review',
      'approve',
      ctx({ permitted: { approve: false }, roles: ['reviewer'] }),
    )
    if (refusal.ok) throw new Error('expected a refusal')
    expect(refusalMessage(tFor('en') as never, refusal)).toBe(
      '“Approve” is not yours to make on this document: this site decides who may.',
    )
    expect(refusalMessage(tFor('fr') as never, refusal)).toMatch(
      /^« .+ » ne vous revient pas sur ce document : ce site décide qui peut le faire\.$/,
    )
  })

  it('exposes the roles table for a can that narrows it', () => {
    expect([
      allowedByRoles('approve', ['reviewer']),
      allowedByRoles('approve', ['admin']),
      allowedByRoles('submit_translation', ['admin']),
    ]).toEqual([true, false, true])
  })
})

describe('overrides of a collection the plugin adds', () => {
  const refuse = () => undefined
  const plugin: CollectionConfig = {
    slug: 'workflow-events',
    access: { create: () => false, read: ({ req }) => Boolean(req.user) },
    fields: [
      { name: 'transition', type: 'text' },
      { name: 'user', type: 'text' },
    ],
    hooks: { beforeChange: [refuse] },
  }
  const args = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })

  it('adds fields and admin settings, keeps the slug and the plugin’s hooks first', () => {
    const mine = () => undefined
    const result = withOverrides(
      plugin,
      ({ defaultCollection, defaultFields }) => ({
        ...defaultCollection,
        admin: { group: 'Audit' },
        fields: [
          { type: 'row', fields: defaultFields },
          { name: 'ticket', type: 'text' },
        ],
        hooks: { afterRead: [mine], beforeChange: [mine] },
        slug: 'renamed',
      }),
      'eventsCollection',
    )
    expect([result.slug, result.admin?.group]).toEqual(['workflow-events', 'Audit'])
    expect(result.hooks).toEqual({ afterRead: [mine], beforeChange: [refuse, mine] })
    expect(result.fields.map((field) => ('name' in field ? field.name : field.type))).toEqual([
      'row',
      'ticket',
    ])
  })

  it('ANDs access: it can narrow, never widen', async () => {
    const result = withOverrides(
      plugin,
      ({ defaultCollection }) => ({
        ...defaultCollection,
        access: {
          create: () => true,
          delete: () => true,
          read: () => ({ ticket: { exists: true } }),
        },
      }),
      'eventsCollection',
    )
    expect(await result.access!.create!(args({ id: 1 }) as never)).toBe(false)
    expect(await result.access!.read!(args({ id: 1 }) as never)).toEqual({
      ticket: { exists: true },
    })
    expect(await result.access!.read!(args(null) as never)).toBe(false)
    // An operation the plugin leaves to Payload's default stays the app's to decide.
    expect(await result.access!.delete!(args({ id: 1 }) as never)).toBe(true)
  })

  it('refuses overrides that drop a field of the plugin, naming it', () => {
    expect(() =>
      withOverrides(
        plugin,
        ({ defaultCollection }) => ({
          ...defaultCollection,
          fields: [{ name: 'transition', type: 'text' }],
        }),
        'eventsCollection',
      ),
    ).toThrow(
      "editorialWorkflow: eventsCollection.overrides dropped the plugin's field(s) user; keep defaultFields and add yours.",
    )
  })
})
