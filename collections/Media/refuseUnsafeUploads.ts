import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'
import sharp from 'sharp'

import { formatBytes } from './types'

export type UploadLimits = { maxBytes: number; maxPixels: number }

type IncomingFile = { data?: Buffer; mimetype?: string; name?: string; size?: number; tempFilePath?: string }

const refuse = (message: string): never => {
  throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] })
}

const looksLikeMarkup = (head: string) => /^\s*(<\?xml|<svg|<!doctype|<html)/i.test(head)

const checkImage = async (file: IncomingFile, input: Buffer | string, { maxPixels }: UploadLimits) => {
  // metadata() reads the header only, so a pixel bomb is measured without being decoded.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => refuse(`"${file.name}" is not a readable PNG, JPEG, WebP or AVIF image: export it again.`))
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > maxPixels) {
    refuse(
      `"${file.name}" is ${meta.width}×${meta.height} pixels (${(pixels / 1e6).toFixed(0)} MP); the limit is ${(maxPixels / 1e6).toFixed(0)} MP: resize it and upload again.`,
    )
  }
}

/**
 * Checks the incoming file before Payload reads it with sharp: size, SVG and markup in disguise,
 * pixel count from the header, and the WebVTT signature. Runs for REST, GraphQL and the Local API.
 */
export const refuseUnsafeUploads =
  (limits: UploadLimits): CollectionBeforeOperationHook<'media'> =>
  async ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = args.req?.file as IncomingFile | undefined
    if (!file) return args
    const size = file.size ?? file.data?.length ?? 0
    if (size > limits.maxBytes) {
      refuse(`"${file.name}" is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxBytes)}: compress it and upload again.`)
    }
    const input = file.data && file.data.length > 0 ? file.data : file.tempFilePath
    if (!input) return args
    const head = Buffer.isBuffer(input) ? input.subarray(0, 512).toString('utf8') : ''
    const name = (file.name ?? '').toLowerCase()
    if (name.endsWith('.svg') || file.mimetype === 'image/svg+xml' || looksLikeMarkup(head)) {
      refuse(`"${file.name}" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.`)
    }
    if (name.endsWith('.vtt') || file.mimetype === 'text/vtt') {
      if (!/^\uFEFF?WEBVTT(\s|$)/.test(head)) {
        refuse(`"${file.name}" is not WebVTT: a captions file must start with the line "WEBVTT".`)
      }
      return args
    }
    if (file.mimetype?.startsWith('image/') || /\.(png|jpe?g|webp|avif)$/.test(name)) {
      await checkImage(file, input, limits)
    }
    return args
  }
