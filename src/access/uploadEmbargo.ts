import type { Access, Where } from 'payload'

import { PUBLIC_FIELD, PUBLIC_IN_FIELD } from '../uploads/exposureFields'
import { isWorkflowStaff, type RoleReading } from './roles'

/**
 * Read access of an upload collection the workflow governs: staff read every file; anyone else
 * only files marked public or used by a published document (`publicIn`), ANDed with the
 * collection's own rule. Payload's file route (`/file/<name>`, image sizes too) checks the same access.
 */
export const embargoedRead =
  (existing: Access | undefined, options: RoleReading): Access =>
  async (args) => {
    const base = existing ? await existing(args) : Boolean(args.req.user)
    if (base === false || isWorkflowStaff(args.req.user, options)) return base
    // publicIn is null until a published document uses the file (refreshPublicUploads never stores []).
    const released: Where = {
      or: [{ [PUBLIC_FIELD]: { equals: true } }, { [PUBLIC_IN_FIELD]: { exists: true } }],
    }
    return base === true ? released : { and: [base, released] }
  }
