import type { FieldAccess } from 'payload'

import { isWorkflowStaff, type RoleReading } from './roles'

/**
 * Workflow internals (states, hashes, who submitted and approved) are for staff: readers neither
 * see them nor filter on them (Payload refuses a `where` on a field the caller cannot read).
 */
export const staffOnlyField =
  (options: RoleReading): FieldAccess =>
  ({ req }) =>
    isWorkflowStaff(req.user, options)
