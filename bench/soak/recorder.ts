/** What one loop saw of one document in a read. */
export type Seen = { id: number; slug?: null | string; status?: string; title?: null | string }
/** The English or French text a write sent (each field carries the write's token). */
export type Written = { slug: string; summary: string; title: string }

export type Record = {
  actor: string
  doc?: number
  end: number
  kind: string
  locale?: string
  ms: number
  /** Index of the app process (0 or 1). */
  proc: number
  seen?: Seen[]
  start: number
  /** HTTP status; 0: connection error; -1: no answer within SOAK_TIMEOUT_MS (hung). */
  status: number
  /** For transitions and writes: the title and slug of the answer's document. */
  answer?: { slug?: string; title?: string; updatedAt?: string }
  written?: Written
  /** For a save that named the version it was made from: the updatedAt it sent. */
  version?: string
  error?: string
  /** Retry-After of a 429 or 503. */
  retryAfter?: null | string
}

export type Recorder = { add: (record: Record) => void; records: Record[] }

export const recorder = (): Recorder => {
  const records: Record[] = []
  return { add: (record) => void records.push(record), records }
}

type Json = { [key: string]: unknown }

/** One request with a deadline, timed and recorded; resolves with the parsed body (or null). */
export const timedFetch = async (
  rec: Recorder,
  base: Omit<Record, 'end' | 'ms' | 'start' | 'status'>,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ body: Json | null; record: Record }> => {
  const start = Date.now()
  let status: number
  let body: Json | null = null
  let error: string | undefined
  let retryAfter: null | string | undefined
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    status = response.status
    if (status === 429 || status === 503) retryAfter = response.headers.get('retry-after')
    const text = await response.text()
    try {
      body = JSON.parse(text) as Json
    } catch {
      body = null
    }
    if (status >= 400) error = text.slice(0, 300)
  } catch (caught) {
    const name = (caught as Error).name
    status = name === 'TimeoutError' || name === 'AbortError' ? -1 : 0
    error = String(
      (caught as { cause?: { code?: string } }).cause?.code ?? (caught as Error).message,
    )
  }
  const end = Date.now()
  const record: Record = { ...base, end, error, ms: end - start, retryAfter, start, status }
  rec.add(record)
  return { body, record }
}
