import { type AnyT, tw } from '../translations'

export type BodyLimits = {
  /** Largest JSON (or other non-file) request body, in bytes. */
  maxJsonBytes: number
  /** Deepest nesting of objects and arrays in a JSON body. */
  maxJsonDepth: number
  /** Largest XLIFF file sent to `PUT …/translations/<locale>.xlf`, in bytes. */
  maxXliffBytes: number
}

export type BodyKind = { kind: 'json' | 'xliff'; maxBytes: number }

const megabytes = (t: AnyT, bytes: number) =>
  bytes >= 1024 * 1024
    ? tw(t, 'edgeMegabytes', { count: +(bytes / 1024 / 1024).toFixed(1) })
    : tw(t, 'edgeKilobytes', { count: Math.ceil(bytes / 1024) })

export const isJsonType = (contentType: null | string) =>
  /^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? '')

/**
 * Which cap a request body falls under: XLIFF imports have their own, multipart uploads keep theirs
 * (MEDIA_MAX_BYTES, checked by Payload while it streams the file), everything else is held to the
 * JSON cap. Null when there is no body to limit.
 */
export const bodyKind = (
  limits: BodyLimits,
  method: string,
  pathname: string,
  contentType: null | string,
): BodyKind | null => {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null
  if (/^multipart\/form-data\b/i.test(contentType ?? '')) return null
  if (method === 'PUT' && /\/translations\/[^/]+$/.test(pathname))
    return { kind: 'xliff', maxBytes: limits.maxXliffBytes }
  return { kind: 'json', maxBytes: limits.maxJsonBytes }
}

/** What to tell a caller whose body is over its cap (413), in `t`'s language. */
export const tooLargeMessage = (t: AnyT, { kind, maxBytes }: BodyKind): string =>
  tw(t, kind === 'xliff' ? 'edgeXliffTooLarge' : 'edgeBodyTooLarge', {
    size: megabytes(t, maxBytes),
  })

/** Whether a JSON text nests objects and arrays deeper than `max`, found in one pass without parsing. */
export const nestedDeeperThan = (text: string, max: number): boolean => {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 92)
        index++ // backslash: skip the escaped character
      else if (char === 34) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 || char === 91) {
      if (++depth > max) return true
    } else if (char === 125 || char === 93) depth--
  }
  return false
}

export type JsonBodyProblem = {
  code: 'bad_json' | 'json_too_deep'
  /** JSON.parse's own words (English only), for `data.detail`: kept out of the sentence. */
  detail?: string
  /** The sentence, in `t`'s language. */
  message: (t: AnyT) => string
}

/** Why a JSON body cannot be used (a 400's code and message), or null when it parses within the depth cap. */
export const jsonBodyProblem = (text: string, maxDepth: number): JsonBodyProblem | null => {
  if (!text.trim()) return null
  if (nestedDeeperThan(text, maxDepth)) {
    return {
      code: 'json_too_deep',
      message: (t) => tw(t, 'edgeJsonTooDeep', { max: maxDepth }),
    }
  }
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    return {
      code: 'bad_json',
      detail: (error as Error).message.split('\n')[0],
      message: (t) => tw(t, 'edgeJsonInvalid'),
    }
  }
}

/**
 * Reads a body stream up to `maxBytes`: the bytes, or null as soon as it goes over (the rest is not
 * read; the stream is cancelled).
 */
export const readAtMost = async (
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<null | Uint8Array<ArrayBuffer>> => {
  if (!stream) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return new Uint8Array(Buffer.concat(chunks))
}
