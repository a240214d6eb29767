export type XliffErrorCode = 'malformed' | 'stale_source' | 'wrong_document' | 'wrong_locale'

/** A file that cannot be imported; `message` tells the translator what to do. */
export class XliffError extends Error {
  readonly code: XliffErrorCode
  readonly fields?: string[]
  readonly line?: number

  constructor(code: XliffErrorCode, message: string, extra: { fields?: string[]; line?: number } = {}) {
    super(message)
    this.name = 'XliffError'
    this.code = code
    this.fields = extra.fields
    this.line = extra.line
  }
}

export const malformed = (line: number, problem: string): XliffError =>
  new XliffError('malformed', `Line ${line}: ${problem}, fix the file and import again.`, { line })
