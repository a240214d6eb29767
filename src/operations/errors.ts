import { APIError } from 'payload'

import type { RefusalCode } from '../workflow/approval'

/** A refused workflow call: the status says what kind, the message says what to do. */
export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 404 | 409) {
    super(message, status, undefined, true)
    this.name = 'WorkflowError'
  }
}

export const STATUS_FOR: Record<RefusalCode, 400 | 403 | 409> = {
  comment_required: 400,
  four_eyes: 403,
  not_live: 409,
  publish_at_invalid: 400,
  role: 403,
  stale_approval: 409,
  wrong_state: 409,
}
