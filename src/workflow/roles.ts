/**
 * The workflow's own roles, whatever an app calls them (`options.roles` maps its names to these).
 * Pure: reading them off a user is `src/access/roles.ts`.
 */
export const WORKFLOW_ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number]

/** Per workflow role, the app's names that carry it (after defaults: every role listed). */
export type RoleNames = Readonly<Record<WorkflowRole, readonly string[]>>

export const IDENTITY_ROLE_NAMES: RoleNames = {
  admin: ['admin'],
  editor: ['editor'],
  reviewer: ['reviewer'],
  translator: ['translator'],
}

/** The workflow roles carried by a user's stored role value (a list of names, or one name). */
export const workflowRolesFrom = (stored: unknown, names: RoleNames): WorkflowRole[] => {
  const held = (Array.isArray(stored) ? stored : stored == null ? [] : [stored]).map(String)
  return WORKFLOW_ROLES.filter((role) => names[role].some((name) => held.includes(name)))
}

/** A translator with no editor or admin role: writes target-locale fields only. */
export const isOnlyTranslator = (roles: null | readonly string[] | undefined): boolean =>
  Boolean(roles?.includes('translator')) &&
  !roles!.some((role) => role === 'admin' || role === 'editor')
