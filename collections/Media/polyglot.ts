/**
 * Where a PNG or JPEG ends by its own structure, and markup hidden in it: a file that is both an
 * image and a web page (a "polyglot") can be served as HTML by a browser or proxy that sniffs it.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Offset just after the IEND chunk, or null when the chunks do not lead to one (sharp then judges the file). */
const pngEnd = (bytes: Buffer): null | number => {
  let offset = PNG_SIGNATURE.length
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    offset += 12 + length
    if (type === 'IEND') return offset <= bytes.length ? offset : null
  }
  return null
}

const isRestartOrStuffing = (marker: number) =>
  marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7)

/** Offset just after the EOI marker, walking segments and entropy-coded scans; null when malformed. */
const jpegEnd = (bytes: Buffer): null | number => {
  let offset = 2
  while (offset + 1 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1]!
    if (marker === 0xff) {
      offset += 1
      continue
    }
    if (marker === 0xd9) return offset + 2
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2
      continue
    }
    if (offset + 4 > bytes.length) return null
    offset += 2 + bytes.readUInt16BE(offset + 2)
    if (marker === 0xda) {
      while (
        offset + 1 < bytes.length &&
        !(bytes[offset] === 0xff && !isRestartOrStuffing(bytes[offset + 1]!))
      )
        offset += 1
    }
  }
  return null
}

export type ImageKind = 'JPEG' | 'PNG'

/** The image's kind when its bytes are PNG or JPEG; other types are not walked. */
export const walkableKind = (bytes: Buffer): ImageKind | null =>
  bytes.subarray(0, 8).equals(PNG_SIGNATURE)
    ? 'PNG'
    : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
      ? 'JPEG'
      : null

/** How many bytes follow the end of the image (0 when none, or when its structure cannot be walked). */
export const bytesAfterImage = (bytes: Buffer, kind: ImageKind): number => {
  const end = kind === 'PNG' ? pngEnd(bytes) : jpegEnd(bytes)
  return end === null ? 0 : bytes.length - end
}

// What makes a browser render a sniffed file as a page, or run it. Five characters at least, so that
// compressed pixel data matches by chance about once in a thousand 20 MB files; XMP metadata (XML) passes.
const MARKUP =
  /<(?:script|html|body|iframe|!doctype\s+html|\?php)|javascript:|\bon(?:error|load)\s*=/i

/** The first markup marker in `bytes`, e.g. "<script", or null. */
export const markupMarker = (bytes: Buffer): null | string =>
  MARKUP.exec(bytes.toString('latin1'))?.[0] ?? null
