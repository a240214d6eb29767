import type { TFunction } from '@payloadcms/translations'

import { APIError } from 'payload'

import type { Refusal } from '../workflow/approval'
import { refusalMessage } from './refusalMessage'

/** Code of a refusal that names none: one per status, stable. */
const DEFAULT_CODE = {
  400: 'bad_request',
  401: 'sign_in',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
} as const

export type WorkflowErrorStatus = 400 | 401 | 403 | 404 | 409

/**
 * A refused workflow call: the status says what kind, the code (`errors[0].data.code` in the JSON
 * answer) says which refusal for programs and tests, the message says what to do, for people.
 */
export class WorkflowError extends APIError<{ code: string } & Record<string, unknown>> {
  readonly code: string
  constructor(
    message: string,
    status: WorkflowErrorStatus,
    code?: string,
    params: Record<string, unknown> = {},
  ) {
    const stable = code ?? DEFAULT_CODE[status]
    super(message, status, { ...params, code: stable }, true)
    this.code = stable
    this.name = 'WorkflowError'
  }
}

const STATUS_OF = {
  already_live: 409,
  announced_only: 409,
  comment_required: 400,
  empty_stub: 409,
  not_announceable: 400,
  four_eyes: 403,
  not_live: 409,
  nothing_to_discard: 409,
  publish_at_invalid: 400,
  role: 403,
  stale_approval: 409,
  wrong_state: 409,
} as const

/** A machine's refusal as the error a request gets: its status, its code and the words for `t`. */
export const refusalError = (
  t: TFunction,
  refusal: Pick<Refusal, 'code' | 'params'>,
): WorkflowError =>
  new WorkflowError(refusalMessage(t, refusal), STATUS_OF[refusal.code], refusal.code, {
    state: refusal.params.state,
    transition: refusal.params.transition,
  })
