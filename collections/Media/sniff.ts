import type { WorkflowKey } from '../../src/translations'

/**
 * A type media accepts, recognised by its first bytes, with the extensions its files may carry and
 * the key of its name in messages ("a PNG image").
 */
export type SniffedType = {
  extensions: readonly string[]
  label: `mediaType${string}` & WorkflowKey
  mime: string
}

const ascii = (head: Buffer, start: number, end: number) =>
  head.subarray(start, end).toString('latin1')

const SIGNATURES: { matches: (head: Buffer) => boolean; type: SniffedType }[] = [
  {
    matches: (head) =>
      head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    type: { extensions: ['png'], label: 'mediaTypePng', mime: 'image/png' },
  },
  {
    matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
    type: { extensions: ['jpg', 'jpeg'], label: 'mediaTypeJpeg', mime: 'image/jpeg' },
  },
  {
    matches: (head) => ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP',
    type: { extensions: ['webp'], label: 'mediaTypeWebp', mime: 'image/webp' },
  },
  {
    matches: (head) =>
      ascii(head, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(head, 8, 12)),
    type: { extensions: ['avif'], label: 'mediaTypeAvif', mime: 'image/avif' },
  },
  {
    matches: (head) => ascii(head, 0, 5) === '%PDF-',
    type: { extensions: ['pdf'], label: 'mediaTypePdf', mime: 'application/pdf' },
  },
  {
    matches: (head) => /^\uFEFF?WEBVTT(\s|$)/.test(head.subarray(0, 16).toString('utf8')),
    type: { extensions: ['vtt'], label: 'mediaTypeVtt', mime: 'text/vtt' },
  },
]

/** What the content is, from its signature; null for anything media does not take (Payload's allow-list then refuses it). */
export const sniffType = (head: Buffer): SniffedType | null =>
  SIGNATURES.find((signature) => signature.matches(head))?.type ?? null

/** MIME types that say nothing about the content (a browser that does not know the extension sends these). */
export const GENERIC_MIME_TYPES: readonly string[] = [
  '',
  'application/octet-stream',
  'binary/octet-stream',
]

/** The name's last extension, lower case, or '' without one. */
export const extensionOf = (name: string): string =>
  (/\.([^./\\]+)$/.exec(name)?.[1] ?? '').toLowerCase()
