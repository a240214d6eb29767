import { APIError } from 'payload'

/** A 400 whose message (REST `errors[0].message`, GraphQL `errors[].message`) says what to fix. */
export const queryRefused = (message: string) => new APIError(message, 400, null, true)
