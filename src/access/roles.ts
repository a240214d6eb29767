import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

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
