import { readdirSync } from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { fileOf, pdfFile, pixelBombPng, pngFile, vttFile, type UploadFile } from '../helpers/files'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { MEDIA } from '../helpers/slugs'

const MAX_BYTES = 300 * 1024

let ctx: TestContext
let payload: Payload
beforeAll(async () => {
  ctx = await initPayload({ MEDIA_MAX_BYTES: String(MAX_BYTES) })
  payload = ctx.payload
})
afterAll(async () => ctx?.cleanup())

const upload = (file: UploadFile, alt = 'An image') =>
  payload.create({ collection: MEDIA, data: { alt }, file })

/** `code`: the refusal's `data.code` (none for Payload's own MIME-type check). */
const expectRefused = async (file: UploadFile, message: string | RegExp, code?: string) => {
  const before = await payload.count({ collection: MEDIA })
  const refusal = upload(file)
  const thrown = await refusal.then(
    () => undefined,
    (error: { data?: { code?: string } }) => error,
  )
  expect(thrown?.data?.code).toBe(code)
  const errors = await validationMessages(refusal)
  if (typeof message === 'string') expect(errors.file).toBe(message)
  else expect(errors.file).toMatch(message)
  expect((await payload.count({ collection: MEDIA })).totalDocs).toBe(before.totalDocs)
  expect(
    readdirSync(process.env.MEDIA_DIR!).filter((name) => name.startsWith(file.name.split('.')[0]!)),
  ).toEqual([])
}

const encode = (format: 'avif' | 'jpeg' | 'webp') =>
  sharp({ create: { background: '#2e86c1', channels: 3, height: 40, width: 60 } })
    .toFormat(format)
    .toBuffer()

describe('accepted types (Local API)', () => {
  it('stores PNG, JPEG, WebP and AVIF with WebP sizes for front ends', async () => {
    const files = [
      await pngFile('accepted.png', 1200, 900),
      fileOf(await encode('jpeg'), 'accepted.jpg', 'image/jpeg'),
      fileOf(await encode('webp'), 'accepted.webp', 'image/webp'),
      fileOf(await encode('avif'), 'accepted.avif', 'image/avif'),
    ]
    const docs = await Promise.all(files.map((file) => upload(file)))
    expect(docs.map((doc) => doc.mimeType)).toEqual([
      'image/png',
      'image/jpeg',
      'image/webp',
      'image/avif',
    ])
    expect(docs[0]).toMatchObject({ height: 900, width: 1200 })
    expect(docs[0]!.sizes?.card).toMatchObject({ mimeType: 'image/webp', width: 768 })
    expect(docs[0]!.sizes?.thumbnail).toMatchObject({ height: 225, width: 300 })
  })

  it('stores PDF and WebVTT', async () => {
    const pdf = await upload(pdfFile('accepted.pdf'), '')
    const vtt = await upload(vttFile('accepted.vtt'), '')
    expect([pdf.mimeType, vtt.mimeType]).toEqual(['application/pdf', 'text/vtt'])
  })
})

describe('refused uploads (Local API)', () => {
  it('refuses SVG', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expectRefused(
      fileOf(svg, 'logo.svg', 'image/svg+xml'),
      '"logo.svg" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.',
      'file_markup',
    )
  })

  it('refuses SVG and HTML disguised as images', async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    await expectRefused(
      fileOf(svg, 'disguised.png', 'image/png'),
      '"disguised.png" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.',
      'file_markup',
    )
    await expectRefused(
      fileOf(Buffer.from('<!doctype html><p>hi'), 'page.jpg', 'image/jpeg'),
      /^"page\.jpg" is SVG or other markup/,
      'file_markup',
    )
  })

  it('refuses a type outside the allow-list, even renamed', async () => {
    const gif = await sharp({ create: { background: '#000', channels: 3, height: 4, width: 4 } })
      .gif()
      .toBuffer()
    await expectRefused(fileOf(gif, 'renamed.png', 'image/png'), 'Invalid MIME type: image/gif.')
    await expectRefused(
      fileOf(Buffer.from('just text'), 'notes.txt', 'text/plain'),
      /text\/plain.*is not allowed/,
    )
  })

  it('refuses a file over the size limit', async () => {
    const big = fileOf(
      Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(MAX_BYTES + 1, 0x41)]),
      'huge.vtt',
      'text/vtt',
    )
    await expectRefused(
      big,
      `"huge.vtt" is 301 KB; the limit is 300 KB: compress it and upload again.`,
      'file_too_large',
    )
  })

  it('refuses captions that are not WebVTT', async () => {
    await expectRefused(
      vttFile('subtitles.vtt', '1\n00:00:01,000 --> 00:00:02,000\nSRT, not VTT\n'),
      '"subtitles.vtt" is not WebVTT: a captions file must start with the line "WEBVTT".',
      'captions_not_webvtt',
    )
  })

  it('refuses a 14000×14000 pixel bomb without decoding it', async () => {
    const bomb = pixelBombPng(14_000)
    expect(bomb.size).toBeLessThan(100_000)
    const rssBefore = process.memoryUsage().rss
    await expectRefused(
      bomb,
      '"bomb.png" is 14000×14000 pixels (196 MP); the limit is 50 MP: resize it and upload again.',
      'image_too_large',
    )
    // Decoding would need ~196 MB (1 byte per pixel) at least; reading the header needs almost nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
  })
})
