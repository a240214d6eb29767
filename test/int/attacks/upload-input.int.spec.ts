import { rmSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  filesUnder,
  firstCode,
  firstMessage,
  loginOverHttp,
  request,
  rowCounts,
} from '../../helpers/attacks'
import { pngFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { MEDIA } from '../../helpers/slugs'
import { tFor } from '../../helpers/translate'
import { createStaff } from '../../helpers/workflow'

/**
 * Issue [1/7] (media part): polyglot images and malformed upload requests over real HTTP. Each is
 * refused with a 4xx saying what to do (never a 500), and no row or file changes.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let editor: string
let png: Buffer
let jpeg: Buffer
let mediaDir: string
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  mediaDir = process.env.MEDIA_DIR!
  const staff = await createStaff(payload)
  server = await startApiServer()
  editor = await loginOverHttp(server, staff.editor.email)
  png = (await pngFile('x.png')).data
  jpeg = await sharp({ create: { background: '#123456', channels: 3, height: 20, width: 30 } })
    .jpeg()
    .toBuffer()
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const multipart = (
  data: Buffer,
  filename: string,
  type: string,
  boundary = `----input${Math.random().toString(16).slice(2)}`,
) => {
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`
  const tail = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'An image' })}\r\n--${boundary}--\r\n`
  return {
    body: new Uint8Array(Buffer.concat([Buffer.from(head, 'utf8'), data, Buffer.from(tail)])),
    boundary,
  }
}

/** Calls `attempt`, expects `status`, `code` and `message`, and that no table row and no file changed. */
const refusedWithoutChange = async (
  attempt: () => Promise<Response>,
  status: number,
  message: RegExp | string,
  code: string,
) => {
  const [rows, files] = [await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]
  const response = await attempt()
  const body: unknown = await response.json().catch(() => ({}))
  const text = firstMessage(body)
  expect([response.status, firstCode(body)]).toEqual([status, code])
  if (typeof message === 'string') expect(text).toBe(message)
  else expect(text).toMatch(message)
  expect([await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]).toEqual([rows, files])
}

const upload = (
  data: Buffer,
  filename: string,
  type: string,
  headers: Record<string, string> = {},
) => {
  const { body, boundary } = multipart(data, filename, type)
  return request(server, '/api/media', {
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
    method: 'POST',
    token: editor,
  })
}

const html = '<html><body><script>alert(document.cookie)</script></body></html>'
const withTextChunk = (image: Buffer, text: string) => {
  // A tEXt chunk before IEND, CRC and all: a valid PNG that carries markup inside.
  const data = Buffer.from(`Comment\0${text}`, 'latin1')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from('tEXt'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typed))
  const iend = image.length - 12
  return Buffer.concat([image.subarray(0, iend), length, typed, crc, image.subarray(iend)])
}

describe('polyglot images (issue [1/7] item 3)', () => {
  it('PNG with HTML appended after IEND: 400, stores nothing', async () => {
    await refusedWithoutChange(
      () => upload(Buffer.concat([png, Buffer.from(html)]), 'polyglot.png', 'image/png'),
      400,
      `"polyglot.png" has ${html.length} bytes after the end of the PNG image, and they hold HTML or script markup: open the image in an image editor, export it again as a new file and upload that.`,
      'image_polyglot',
    )
  })

  it('PNG with bytes appended after IEND: 400, stores nothing', async () => {
    await refusedWithoutChange(
      () =>
        upload(Buffer.concat([png, Buffer.from('PK\x03\x04 a zip file')]), 'zip.png', 'image/png'),
      400,
      '"zip.png" has 15 bytes after the end of the PNG image: open the image in an image editor, export it again as a new file and upload that.',
      'image_polyglot',
    )
  })

  it('JPEG with a script after EOI: 400, stores nothing', async () => {
    await refusedWithoutChange(
      () =>
        upload(
          Buffer.concat([jpeg, Buffer.from('<script>alert(1)</script>')]),
          'photo.jpg',
          'image/jpeg',
        ),
      400,
      '"photo.jpg" has 25 bytes after the end of the JPEG image, and they hold HTML or script markup: open the image in an image editor, export it again as a new file and upload that.',
      'image_polyglot',
    )
  })

  it('PNG with a <script> inside a text chunk: 400, stores nothing', async () => {
    await refusedWithoutChange(
      () => upload(withTextChunk(png, html), 'chunk.png', 'image/png'),
      400,
      '"chunk.png" holds HTML or script markup ("<html") inside the image data: open the image in an image editor, export it again without comments or metadata and upload that.',
      'image_markup',
    )
  })

  it('a clean PNG and JPEG are still accepted', async () => {
    expect((await upload(png, 'clean.png', 'image/png')).status).toBe(201)
    expect((await upload(jpeg, 'clean.jpg', 'image/jpeg')).status).toBe(201)
  })
})

describe('malformed requests answer 4xx, not 500 (issue [1/7] item 4)', () => {
  it('a NUL byte in the file name: 400, stores nothing', async () => {
    await refusedWithoutChange(
      () => upload(png, 'evil.png\0.php', 'image/png'),
      400,
      'A part of the form has a malformed header (for instance a NUL or other control character in the file name): rename the file to a plain name (letters, digits, hyphens and one extension) and upload again.',
      'unreadable_form',
    )
  })

  it('multipart without a boundary: 400, stores nothing', async () => {
    const { body } = multipart(png, 'noboundary.png', 'image/png')
    await refusedWithoutChange(
      () =>
        request(server, '/api/media', {
          body,
          headers: { 'content-type': 'multipart/form-data' },
          method: 'POST',
          token: editor,
        }),
      400,
      'The request says multipart/form-data but has no boundary parameter: send the file as a form (FormData) and let the client set the Content-Type header with its boundary.',
      'unreadable_form',
    )
  })

  it('multipart whose boundary does not match the body: 400, stores nothing', async () => {
    const { body } = multipart(png, 'odd.png', 'image/png', 'real-boundary')
    await refusedWithoutChange(
      () =>
        request(server, '/api/media', {
          body,
          headers: { 'content-type': 'multipart/form-data; boundary=other-boundary' },
          method: 'POST',
          token: editor,
        }),
      400,
      "No file was uploaded: the form's parts do not match the boundary in the Content-Type header, or the body ends before its closing boundary; send the file as a form (FormData) and let the client set the Content-Type header with its boundary.",
      'unreadable_form',
    )
  })

  it('a JSON create with a url at a private address: 400, stores nothing, fetches nothing', async () => {
    for (const url of [
      'http://127.0.0.1:9/secret.png',
      'http://169.254.169.254/latest/meta-data/x.png',
      'http://localhost/x.png',
    ]) {
      await refusedWithoutChange(
        () =>
          request(server, '/api/media', {
            body: { alt: 'x', filename: 'x.png', url },
            method: 'POST',
            token: editor,
          }),
        400,
        `Media does not fetch files from URLs (here "${url}"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.`,
        'external_fetch',
      )
    }
  })

  it('a GraphQL create with a url at a private address: 400, stores nothing, fetches nothing', async () => {
    const query =
      'mutation { createMedia(data: { alt: "x", filename: "x.png", url: "http://127.0.0.1:9/x.png" }) { id } }'
    const [rows, files] = [await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]
    const response = await request(server, '/api/graphql', {
      body: { query },
      method: 'POST',
      token: editor,
    })
    const body = (await response.json()) as {
      errors?: { extensions?: { statusCode?: number }; message: string }[]
    }
    expect([body.errors?.[0]?.extensions?.statusCode, body.errors?.[0]?.message]).toEqual([
      400,
      'Media does not fetch files from URLs (here "http://127.0.0.1:9/x.png"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.',
    ])
    expect([await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]).toEqual([rows, files])
  })

  it('a media file missing on disk: 404, not 500', async () => {
    const created = await upload(png, 'gone.png', 'image/png')
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { filename: string } }
    rmSync(path.join(mediaDir, doc.filename))
    const response = await request(server, `/api/media/file/${doc.filename}`, { token: editor })
    const body = (await response.json()) as { errors: { data?: { code?: string } }[] }
    expect([response.status, body.errors[0]?.data?.code, firstMessage(body)]).toEqual([
      404,
      'file_missing',
      `The file "gone.png" is missing from the media storage: upload it again on its media document.`,
    ])
    expect(
      (await payload.count({ collection: MEDIA, where: { filename: { equals: 'gone.png' } } }))
        .totalDocs,
    ).toBe(1)
  })
})

describe('upload refusals follow the caller’s language (payload-lng, then Accept-Language)', () => {
  const fr = tFor('fr')
  const w = (key: string, vars?: Record<string, number | string>) => fr(`workflow:${key}`, vars)
  const FRENCH = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' }
  const COOKIE = { cookie: 'payload-lng=fr' }
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

  it('SVG: 400 in French from Accept-Language or the cookie, English by default; stores nothing', async () => {
    const french = w('errorMediaMarkup', { name: 'logo.svg' })
    expect(french).toMatch(/^« logo\.svg » est du SVG /)
    for (const headers of [FRENCH, COOKIE]) {
      await refusedWithoutChange(
        () => upload(svg, 'logo.svg', 'image/svg+xml', headers),
        400,
        french,
        'file_markup',
      )
    }
    await refusedWithoutChange(
      () => upload(svg, 'logo.svg', 'image/svg+xml'),
      400,
      '"logo.svg" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.',
      'file_markup',
    )
  })

  it('content against extension, a polyglot, a bad file name: the parts of the sentence in French too', async () => {
    await refusedWithoutChange(
      () => upload(jpeg, 'photo.png', 'image/png', FRENCH),
      400,
      '« photo.png » est une image JPEG, et non un fichier .png : renommez-le « photo.jpg » et téléversez-le à nouveau.',
      'file_extension',
    )
    const script = '<script>alert(1)</script>'
    await refusedWithoutChange(
      () => upload(Buffer.concat([jpeg, Buffer.from(script)]), 'after.jpg', 'image/jpeg', COOKIE),
      400,
      w('errorMediaBytesAfter', {
        count: script.length,
        kind: 'JPEG',
        markup: w('errorMediaBytesHoldMarkup'),
        name: 'after.jpg',
      }),
      'image_polyglot',
    )
    await refusedWithoutChange(
      () => upload(png, '../x.png', 'image/png', FRENCH),
      400,
      w('errorMediaName', { name: '../x.png', plain: 'x.png' }),
      'file_name',
    )
  })

  it('external_fetch over REST and GraphQL: 400 in French, English by default', async () => {
    const url = 'http://127.0.0.1:9/secret.png'
    await refusedWithoutChange(
      () =>
        request(server, '/api/media', {
          body: { alt: 'x', filename: 'x.png', url },
          headers: FRENCH,
          method: 'POST',
          token: editor,
        }),
      400,
      w('errorExternalFetch', { url }),
      'external_fetch',
    )
    const query = `mutation { createMedia(data: { alt: "x", filename: "x.png", url: "${url}" }) { id } }`
    const graphql = async (headers: Record<string, string>) => {
      const response = await request(server, '/api/graphql', {
        body: { query },
        headers,
        method: 'POST',
        token: editor,
      })
      const error = (
        (await response.json()) as {
          errors?: {
            extensions?: { data?: { code?: string }; statusCode?: number }
            message: string
          }[]
        }
      ).errors?.[0]
      return [error?.extensions?.statusCode, error?.extensions?.data?.code, error?.message]
    }
    const [rows, files] = [await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]
    expect(await graphql(COOKIE)).toEqual([400, 'external_fetch', w('errorExternalFetch', { url })])
    expect(await graphql({})).toEqual([
      400,
      'external_fetch',
      `Media does not fetch files from URLs (here "${url}"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.`,
    ])
    expect(w('errorExternalFetch', { url })).toMatch(/^La médiathèque ne récupère pas /)
    expect([await rowCounts(ctx.databaseUri), filesUnder(mediaDir)]).toEqual([rows, files])
  })

  it('a media file missing on disk: 404 file_missing in French', async () => {
    const created = await upload(png, 'absent.png', 'image/png')
    const { doc } = (await created.json()) as { doc: { filename: string } }
    rmSync(path.join(mediaDir, doc.filename))
    const response = await request(server, `/api/media/file/${doc.filename}`, {
      headers: FRENCH,
      token: editor,
    })
    const body = (await response.json()) as { errors: { data?: { code?: string } }[] }
    expect([response.status, body.errors[0]?.data?.code, firstMessage(body)]).toEqual([
      404,
      'file_missing',
      w('errorFileMissing', { filename: 'absent.png' }),
    ])
    expect(firstMessage(body)).toMatch(/^Le fichier « absent\.png » est absent du stockage/)
  })
})
