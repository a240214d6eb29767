import type { WorkflowKey } from '../translations'

export type XliffErrorCode = 'malformed' | 'stale_source' | 'wrong_document' | 'wrong_locale'

type Words = { key: WorkflowKey; vars: Record<string, number | string> }

/**
 * A file that cannot be imported; `message` tells the translator what to do, in English; `words` is
 * the same as a plugin string key and its values, for the endpoint to say it in the translator's
 * language; `detail` is the XML parser's own words (English), which the endpoint answers apart.
 */
export class XliffError extends Error {
  readonly code: XliffErrorCode
  readonly detail?: string
  readonly fields?: string[]
  readonly line?: number
  readonly words?: Words

  constructor(
    code: XliffErrorCode,
    message: string,
    extra: { detail?: string; fields?: string[]; line?: number; words?: Words } = {},
  ) {
    super(message)
    this.name = 'XliffError'
    this.code = code
    this.detail = extra.detail
    this.fields = extra.fields
    this.line = extra.line
    this.words = extra.words
  }
}

/**
 * `problem` names what is wrong in XML's own terms (a tag, an attribute, an entity), in English: the
 * translated sentence names only the line, and the endpoint answers `problem` as `data.detail`.
 */
export const malformed = (line: number, problem: string): XliffError =>
  new XliffError('malformed', `Line ${line}: ${problem}, fix the file and import again.`, {
    detail: problem,
    line,
    words: { key: 'xliffMalformed', vars: { line } },
  })
