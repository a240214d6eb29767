import { ValidationError } from 'payload'

/** Awaits a call that must fail validation; returns `{ fieldPath: message }` from Payload's error. */
export const validationMessages = async (call: Promise<unknown>): Promise<Record<string, string>> => {
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
