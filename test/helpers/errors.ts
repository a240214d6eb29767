import { ValidationError } from 'payload'
import { expect } from 'vitest'

/** Awaits a call that must fail validation; returns `{ fieldPath: message }` from Payload's error. */
export const validationMessages = async (
  call: Promise<unknown>,
): Promise<Record<string, string>> => {
  try {
    await call
  } catch (error) {
    if (error instanceof ValidationError) {
      return Object.fromEntries(error.data.errors.map((entry) => [entry.path, entry.message]))
    }
    throw error
  }
  throw new Error('Expected a ValidationError, but the call succeeded')
}

/** Awaits a call that the workflow must refuse with `status`; checks the message (exact text or pattern). */
export const expectWorkflowError = async (
  call: Promise<unknown>,
  message: RegExp | string,
  status = 403,
) => {
  const { WorkflowError } = await import('../../src/index')
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(WorkflowError)
  expect((error as InstanceType<typeof WorkflowError>).status).toBe(status)
  const text = (error as Error).message
  if (typeof message === 'string') expect(text).toBe(message)
  else expect(text).toMatch(message)
}
