import type { Target } from './load'

/** What one read answers: its bytes and its values (every JSON leaf, `null` included). */
export type Answer = { bytes: number; values: number }

const leaves = (value: unknown): number =>
  value !== null && typeof value === 'object'
    ? Object.values(value).reduce<number>((sum, inner) => sum + leaves(inner), 0)
    : 1

/**
 * One anonymous read of `target`, measured by what it carries rather than how long it took: the
 * same every run, so it says how much more B serves than A without the machine's noise.
 */
export const answerOf = async (url: string, target: Target, slug: string): Promise<Answer> => {
  const response = await fetch(`${url}${target.path(slug)}`, {
    body: target.body?.(slug),
    headers: { 'content-type': 'application/json' },
    method: target.method ?? 'GET',
  })
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`${target.path(slug)} answered ${response.status}: ${text.slice(0, 300)}`)
  return { bytes: Buffer.byteLength(text), values: leaves(JSON.parse(text)) }
}
