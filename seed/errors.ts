import { ValidationError } from 'payload'

import type { CountedCollection } from './context'

export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeedRefusedError'
  }
}

const describe = (error: unknown): string => {
  if (error instanceof ValidationError) {
    return error.data.errors.map(({ message, path }) => `${path}: ${message}`).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

/** A write that Payload refused, named by collection and natural key so the bad entry is easy to find. */
export class SeedWriteError extends Error {
  constructor(collection: CountedCollection, key: string, cause: unknown) {
    super(`Could not seed ${collection} "${key}": ${describe(cause)}`, { cause })
    this.name = 'SeedWriteError'
  }
}
