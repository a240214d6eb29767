import type { CollectionBeforeOperationHook } from 'payload'

import { open, readFile } from 'node:fs/promises'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import { bytesAfterImage, markupMarker, walkableKind } from './polyglot'
import { externalFetchMessage } from './refuseExternalFetch'
import { extensionOf, GENERIC_MIME_TYPES, sniffType } from './sniff'
import { formatBytes } from './types'

export type UploadLimits = { maxBytes: number; maxPixels: number }

type IncomingFile = {
  data?: Buffer
  mimetype?: string
  name?: string
  size?: number
  tempFilePath?: string
}

const refuse = (message: string): never => {
  throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] })
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

const checkName = (name: string) => {
  if (UNSAFE_NAME.test(name)) {
    refuse(
      `The file "${name}" is not a plain file name (it has a folder path, an encoded slash, a control character or a leading dot): rename the file to e.g. "${plainName(name)}" and upload again.`,
    )
  }
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
const checkType = (file: IncomingFile, head: Buffer) => {
  const sniffed = sniffType(head)
  if (!sniffed) return
  const name = file.name ?? ''
  const extension = extensionOf(name)
  if (!sniffed.extensions.includes(extension)) {
    const base = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name
    refuse(
      `"${name}" is a ${sniffed.label}, not ${extension ? `a .${extension} file` : 'a file without extension'}: rename it "${base}.${sniffed.extensions[0]}" and upload again.`,
    )
  }
  const sent = (file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  if (
    !GENERIC_MIME_TYPES.includes(sent) &&
    sent !== sniffed.mime &&
    !(sent === 'image/jpg' && sniffed.mime === 'image/jpeg')
  ) {
    refuse(
      `"${name}" was sent as ${sent} but is a ${sniffed.label}: upload the file as it is, without changing its type (${sniffed.mime}).`,
    )
  }
}

const checkImage = async (
  file: IncomingFile,
  input: Buffer | string,
  { maxPixels }: UploadLimits,
) => {
  // metadata() reads the header only, so a pixel bomb is measured without being decoded.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() =>
      refuse(`"${file.name}" is not a readable PNG, JPEG, WebP or AVIF image: export it again.`),
    )
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > maxPixels) {
    refuse(
      `"${file.name}" is ${meta.width}×${meta.height} pixels (${(pixels / 1e6).toFixed(0)} MP); the limit is ${(maxPixels / 1e6).toFixed(0)} MP: resize it and upload again.`,
    )
  }
}

const EXPORT_AGAIN =
  'open the image in an image editor, export it again as a new file and upload that.'

/** Images that are also web pages: bytes after the image's end (PNG IEND, JPEG EOI), or markup inside. */
const checkPolyglot = async (file: IncomingFile, input: Buffer | string) => {
  const bytes = typeof input === 'string' ? await readFile(input) : input
  const kind = walkableKind(bytes)
  const after = kind ? bytesAfterImage(bytes, kind) : 0
  const trailing = bytes.subarray(bytes.length - after)
  if (after > 0 && trailing.some((byte) => byte !== 0)) {
    const markup = markupMarker(trailing) ? ', and they hold HTML or script markup' : ''
    refuse(
      `"${file.name}" has ${after} bytes after the end of the ${kind} image${markup}: ${EXPORT_AGAIN}`,
    )
  }
  const marker = markupMarker(bytes)
  if (marker) {
    refuse(
      `"${file.name}" holds HTML or script markup ("${marker}") inside the image data: open the image in an image editor, export it again without comments or metadata and upload that.`,
    )
  }
}

/**
 * Checks the incoming file before Payload reads it with sharp: size, a plain file name (the app keeps
 * folder paths in multipart names so that they can be refused here), SVG and markup in disguise,
 * content that disagrees with its extension or declared type, pixel count from the header, images
 * that are also web pages (polyglots), and the WebVTT signature. Runs for REST, GraphQL and the Local API.
 */
export const refuseUnsafeUploads =
  (limits: UploadLimits): CollectionBeforeOperationHook<'media'> =>
  async ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = args.req?.file as IncomingFile | undefined
    const url = (args.req?.data as { url?: unknown } | undefined)?.url
    if (operation === 'create' && !file && typeof url === 'string') {
      // Payload would fetch it, past these checks (refuseExternalFetch stops it too, for GraphQL, as a 500 made 400).
      refuse(externalFetchMessage(url))
    }
    if (!file) return args
    const size = file.size ?? file.data?.length ?? 0
    if (size > limits.maxBytes) {
      refuse(
        `"${file.name}" is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxBytes)}: compress it and upload again.`,
      )
    }
    checkName(file.name ?? '')
    const input = file.data && file.data.length > 0 ? file.data : file.tempFilePath
    if (!input) return args
    const bytes = await headOf(file)
    const head = bytes.toString('utf8')
    const name = (file.name ?? '').toLowerCase()
    if (name.endsWith('.svg') || file.mimetype === 'image/svg+xml' || looksLikeMarkup(bytes)) {
      refuse(
        `"${file.name}" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.`,
      )
    }
    checkType(file, bytes)
    if (name.endsWith('.vtt') || file.mimetype === 'text/vtt') {
      if (!/^\uFEFF?WEBVTT(\s|$)/.test(head)) {
        refuse(`"${file.name}" is not WebVTT: a captions file must start with the line "WEBVTT".`)
      }
      return args
    }
    if (file.mimetype?.startsWith('image/') || /\.(png|jpe?g|webp|avif)$/.test(name)) {
      await checkImage(file, input, limits)
      await checkPolyglot(file, input)
    }
    return args
  }
