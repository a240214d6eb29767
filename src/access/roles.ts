import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { workflowRolesFrom, type RoleNames, type WorkflowRole } from '../workflow/roles'

// The app's own access helpers (its role names are the workflow's); the plugin reads roles with
// `workflowRolesOf` and friends below, as `options.roles` says.

export const ROLES = ['admin', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type WithRoles = { roles?: null | readonly string[] } | null | undefined

export const hasRole = (user: WithRoles, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))

export const isStaff = (user: WithRoles): boolean => hasRole(user, ...ROLES)

export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const anyone: Access = () => true

export const byRoles =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff read everything; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }: { req: PayloadRequest }) =>
  isStaff(req.user) ? true : publishedOnly

/** How the plugin reads roles: `options.roles` after defaults. */
export type RoleReading = { roles: { field: string; names: RoleNames } }

/** A user's workflow roles (admin, editor, reviewer, translator), read from `options.roles.field` through `options.roles.names`. */
export const workflowRolesOf = (user: unknown, options: RoleReading): WorkflowRole[] =>
  user && typeof user === 'object'
    ? workflowRolesFrom((user as Record<string, unknown>)[options.roles.field], options.roles.names)
    : []

export const hasWorkflowRole = (
  user: unknown,
  options: RoleReading,
  ...roles: WorkflowRole[]
): boolean => workflowRolesOf(user, options).some((role) => roles.includes(role))

/** Holds at least one workflow role: reads drafts, workflow fields and the event log. */
export const isWorkflowStaff = (user: unknown, options: RoleReading): boolean =>
  workflowRolesOf(user, options).length > 0

/** Users (of `usersSlug`) holding any of `roles`, as a `where` on the app's role names. */
export const usersWithRoles = (options: RoleReading, ...roles: WorkflowRole[]): Where => ({
  [options.roles.field]: { in: [...new Set(roles.flatMap((role) => options.roles.names[role]))] },
})
