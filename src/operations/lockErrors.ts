import type { TFunction } from '@payloadcms/translations'

import { causesOf } from '../delivery/errorAnswers'
import { tw } from '../translations'
import { WorkflowError } from './errors'

export const LOCK_BUSY_CODE = 'busy'

/** PostgreSQL's lock_not_available: a row lock was not granted within lock_timeout (DATABASE_LOCK_TIMEOUT_MS). */
const LOCK_NOT_AVAILABLE = '55P03'

/** Whether `error` (or a cause: drizzle and Payload wrap PostgreSQL's error) is a lock wait that timed out. */
export const isLockTimeout = (error: unknown): boolean =>
  causesOf(error).some((cause) => (cause as { code?: unknown }).code === LOCK_NOT_AVAILABLE)

/** A 409 saying to retry, for a save that waited longer than lock_timeout for another one. */
export const lockBusyError = (t: TFunction) =>
  new WorkflowError(tw(t, 'errorLockBusy'), 409, LOCK_BUSY_CODE)
