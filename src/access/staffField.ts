import type { FieldAccess } from 'payload'

import { isStaff } from './roles'

/**
 * Workflow internals (states, hashes, who submitted and approved) are for staff: readers neither
 * see them nor filter on them (Payload refuses a `where` on a field the caller cannot read).
 */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user as never)
