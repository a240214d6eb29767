import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { open, readFile } from 'node:fs/promises'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import { type AnyT, tw } from '../../src/translations'
import { bytesAfterImage, markupMarker, walkableKind } from './polyglot'
import { extensionOf, GENERIC_MIME_TYPES, sniffType } from './sniff'

export type UploadLimits = { maxBytes: number; maxPixels: number }

type IncomingFile = {
  data?: Buffer
  mimetype?: string
  name?: string
  size?: number
  tempFilePath?: string
}

/** What each refusal is, for programs (`errors[0].data.code`, as the API's other refusals). */
type UploadRefusal =
  | 'captions_not_webvtt'
  | 'external_fetch'
  | 'file_extension'
  | 'file_markup'
  | 'file_name'
  | 'file_sent_type'
  | 'file_too_large'
  | 'image_markup'
  | 'image_polyglot'
  | 'image_too_large'
  | 'image_unreadable'

/** Payload's field error on `file` (`data.errors`), with the refusal's code beside it. */
const refuse = (code: UploadRefusal, message: string): never => {
  const error = new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] })
  Object.assign(error.data as object, { code })
  throw error
}

/** "1.5 MB" or "1,5 Mo", as formatBytes (payload.config.ts's responseOnLimit) writes it in English. */
const sizeIn = (req: PayloadRequest, bytes: number) => {
  const comma = (text: string) => (req.i18n.language === 'fr' ? text.replace('.', ',') : text)
  return bytes >= 1024 * 1024
    ? tw(req.t, 'edgeMegabytes', { count: comma((bytes / 1024 / 1024).toFixed(1)) })
    : tw(req.t, 'edgeKilobytes', { count: Math.ceil(bytes / 1024) })
}

/** No accepted type starts with "<": any such file (UTF-8 or UTF-16, comments first or not) is markup. */
const looksLikeMarkup = (bytes: Buffer) => {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? bytes.toString('utf16le')
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
            .swap16()
            .toString('utf16le')
        : null
  return /^\s*</.test(utf16 ?? bytes.toString('utf8'))
}

// Folder parts (also URL-encoded), drive letters, control characters, and hidden-file dots.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_NAME = /[/\\\x00-\x1f\x7f]|%2f|%5c|%00|^[a-z]:|^\./i

/** The last path part of `name`, without encoded slashes, control characters or leading dots: what to rename it to. */
const plainName = (name: string) =>
  name
    .split(/[/\\]|%2f|%5c/i)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\x00-\x1f\x7f]|%00/gi, '')
    .replace(/^\.+/, '') || 'image.png'

const checkName = (t: AnyT, name: string) => {
  if (UNSAFE_NAME.test(name))
    refuse('file_name', tw(t, 'errorMediaName', { name, plain: plainName(name) }))
}

const headOf = async (file: IncomingFile): Promise<Buffer> => {
  if (file.data && file.data.length > 0) return file.data.subarray(0, 512)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The content's own type must agree with the file's extension and the type it was sent as. */
const checkType = (t: AnyT, file: IncomingFile, head: Buffer) => {
  const sniffed = sniffType(head)
  if (!sniffed) return
  const name = file.name ?? ''
  const extension = extensionOf(name)
  if (!sniffed.extensions.includes(extension)) {
    const base = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name
    refuse(
      'file_extension',
      tw(t, 'errorMediaExtension', {
        expected: extension
          ? tw(t, 'errorMediaExtensionFile', { extension })
          : tw(t, 'errorMediaNoExtension'),
        name,
        renamed: `${base}.${sniffed.extensions[0]}`,
        type: tw(t, sniffed.label),
      }),
    )
  }
  const sent = (file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  if (
    !GENERIC_MIME_TYPES.includes(sent) &&
    sent !== sniffed.mime &&
    !(sent === 'image/jpg' && sniffed.mime === 'image/jpeg')
  ) {
    refuse(
      'file_sent_type',
      tw(t, 'errorMediaSentType', { mime: sniffed.mime, name, sent, type: tw(t, sniffed.label) }),
    )
  }
}

const checkImage = async (
  t: AnyT,
  file: IncomingFile,
  input: Buffer | string,
  { maxPixels }: UploadLimits,
) => {
  // metadata() reads the header only, so a pixel bomb is measured without being decoded.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() =>
      refuse('image_unreadable', tw(t, 'errorMediaUnreadable', { name: file.name ?? '' })),
    )
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > maxPixels) {
    refuse(
      'image_too_large',
      tw(t, 'errorMediaPixels', {
        height: meta.height ?? 0,
        limit: (maxPixels / 1e6).toFixed(0),
        megapixels: (pixels / 1e6).toFixed(0),
        name: file.name ?? '',
        width: meta.width ?? 0,
      }),
    )
  }
}

/** Images that are also web pages: bytes after the image's end (PNG IEND, JPEG EOI), or markup inside. */
const checkPolyglot = async (t: AnyT, file: IncomingFile, input: Buffer | string) => {
  const bytes = typeof input === 'string' ? await readFile(input) : input
  const kind = walkableKind(bytes)
  const after = kind ? bytesAfterImage(bytes, kind) : 0
  const trailing = bytes.subarray(bytes.length - after)
  if (after > 0 && trailing.some((byte) => byte !== 0)) {
    const markup = markupMarker(trailing) ? tw(t, 'errorMediaBytesHoldMarkup') : ''
    refuse(
      'image_polyglot',
      tw(t, 'errorMediaBytesAfter', { count: after, kind: kind!, markup, name: file.name ?? '' }),
    )
  }
  const marker = markupMarker(bytes)
  if (marker) {
    refuse('image_markup', tw(t, 'errorMediaMarkupInside', { marker, name: file.name ?? '' }))
  }
}

/**
 * Checks the incoming file before Payload reads it with sharp: size, a plain file name (the app keeps
 * folder paths in multipart names so that they can be refused here), SVG and markup in disguise,
 * content that disagrees with its extension or declared type, pixel count from the header, images
 * that are also web pages (polyglots), and the WebVTT signature. Runs for REST, GraphQL and the Local API;
 * refusals are in the caller's language (`req.t`).
 */
export const refuseUnsafeUploads =
  (limits: UploadLimits): CollectionBeforeOperationHook<'media'> =>
  async ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const req = args.req
    if (!req) return args
    const t = req.t
    const file = req.file as IncomingFile | undefined
    const url = (req.data as { url?: unknown } | undefined)?.url
    if (operation === 'create' && !file && typeof url === 'string') {
      // Payload would fetch it, past these checks (refuseExternalFetch stops it too, for GraphQL, as a 500 made 400).
      refuse('external_fetch', tw(t, 'errorExternalFetch', { url }))
    }
    if (!file) return args
    const size = file.size ?? file.data?.length ?? 0
    if (size > limits.maxBytes) {
      refuse(
        'file_too_large',
        tw(t, 'errorMediaTooLarge', {
          limit: sizeIn(req, limits.maxBytes),
          name: file.name ?? '',
          size: sizeIn(req, size),
        }),
      )
    }
    checkName(t, file.name ?? '')
    const input = file.data && file.data.length > 0 ? file.data : file.tempFilePath
    if (!input) return args
    const bytes = await headOf(file)
    const head = bytes.toString('utf8')
    const name = (file.name ?? '').toLowerCase()
    if (name.endsWith('.svg') || file.mimetype === 'image/svg+xml' || looksLikeMarkup(bytes)) {
      refuse('file_markup', tw(t, 'errorMediaMarkup', { name: file.name ?? '' }))
    }
    checkType(t, file, bytes)
    if (name.endsWith('.vtt') || file.mimetype === 'text/vtt') {
      if (!/^\uFEFF?WEBVTT(\s|$)/.test(head)) {
        refuse('captions_not_webvtt', tw(t, 'errorMediaNotWebvtt', { name: file.name ?? '' }))
      }
      return args
    }
    if (file.mimetype?.startsWith('image/') || /\.(png|jpe?g|webp|avif)$/.test(name)) {
      await checkImage(t, file, input, limits)
      await checkPolyglot(t, file, input)
    }
    return args
  }
