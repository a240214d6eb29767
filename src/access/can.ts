import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions, WorkflowAction } from '../types'
import { APPROVAL_TABLE, type TransitionName } from '../workflow/approval'
import type { Id } from '../workflow/ids'
import { TRANSLATION_TABLE, type TranslationTransition } from '../workflow/translation'
import type { WorkflowRole } from '../workflow/roles'
import { workflowRolesOf } from './roles'

/** The caller as the machines see them: their workflow roles and, when the app gives `can`, its verdicts. */
export type Actor<A extends WorkflowAction = WorkflowAction> = {
  id: Id
  permitted?: Partial<Record<A, boolean>>
  roles: WorkflowRole[]
}

type Target = { collection: string; doc: Record<string, unknown>; locale: string }

/**
 * The signed-in user of `req` as an actor for `actions` on one document in one locale: `can` is
 * asked once per action (in parallel), so the machine stays pure and every list of allowed moves
 * agrees with what a transition enforces.
 */
export const actorFor = async <A extends WorkflowAction>(
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  target: Target,
  actions: readonly A[],
): Promise<Actor<A>> => {
  const user = req.user as unknown as (Record<string, unknown> & { id: Id }) | null
  // Nobody signed in: no role, and nothing to ask `can` about.
  if (!user) return { id: '', roles: [] }
  const roles = workflowRolesOf(user, options)
  const can = options.can
  if (!can) return { id: user.id, roles }
  const verdicts = await Promise.all(
    actions.map(
      async (action) =>
        [action, (await can({ action, ...target, req, roles, user })) === true] as const,
    ),
  )
  return {
    id: user.id,
    permitted: Object.fromEntries(verdicts) as Partial<Record<A, boolean>>,
    roles,
  }
}

/**
 * Whether the workflow's roles table lets `roles` make `action` (the rule `can` replaces): for a
 * `can` that narrows the table, e.g. `(args) => allowedByRoles(args.action, args.roles) && …`.
 */
export const allowedByRoles = (action: WorkflowAction, roles: readonly string[]): boolean => {
  const rule =
    action in APPROVAL_TABLE
      ? APPROVAL_TABLE[action as TransitionName]
      : TRANSLATION_TABLE[action as TranslationTransition]
  return (rule.roles as readonly string[]).some((role) => roles.includes(role))
}
