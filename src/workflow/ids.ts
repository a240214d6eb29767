export type Id = number | string

/** A relationship value (id or populated document) as its id. */
export const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/** The same user or document, whether its id came as a number or a string (ids from URLs and JSON are strings). */
export const sameId = (a: unknown, b: unknown): boolean =>
  a !== null && a !== undefined && String(a) === String(b)
