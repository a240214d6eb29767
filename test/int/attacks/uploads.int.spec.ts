import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesUnder, firstCode, firstMessage, loginOverHttp, request } from '../../helpers/attacks'
import { pdfFile, pixelBombPng, pngFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { MEDIA } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'

/**
 * Issue [4/6] item 5.4: hostile uploads over real HTTP (multipart POST /api/media as an editor, the file
 * name written byte for byte). Each is refused with 400 or 413 and a message saying what to do; the media
 * count and the files on disk are unchanged. The media folder sits three levels inside a temporary "jail",
 * so that a path-traversal write would land where the test can see it.
 */
const MAX_BYTES = 100 * 1024
const jail = mkdtempSync(path.join(os.tmpdir(), 'cms-upload-jail-'))
const mediaDir = path.join(jail, 'a', 'b', 'media')

let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let editor: string
let png: Buffer
beforeAll(async () => {
  mkdirSync(mediaDir, { recursive: true })
  ctx = await initPayload({ MEDIA_DIR: mediaDir, MEDIA_MAX_BYTES: String(MAX_BYTES) })
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  editor = await loginOverHttp(server, staff.editor.email)
  png = (await pngFile('x.png')).data
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  rmSync(jail, { force: true, recursive: true })
})

/** A multipart body written by hand, so that the file name reaches the server exactly as given. */
const multipart = (
  data: Buffer,
  filename: string,
  type: string,
  fields: Record<string, unknown> = { alt: 'An image' },
) => {
  const boundary = `----attack${Math.random().toString(16).slice(2)}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`
  const tail = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n--${boundary}--\r\n`
  return {
    body: new Uint8Array(Buffer.concat([Buffer.from(head, 'utf8'), data, Buffer.from(tail)])),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

const upload = (
  data: Buffer,
  filename: string,
  type: string,
  {
    fields,
    method = 'POST',
    path: url = '/api/media',
    token = editor,
  }: { fields?: Record<string, unknown>; method?: string; path?: string; token?: string } = {},
) => request(server, url, { ...multipart(data, filename, type, fields), method, token })

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(1)</script></svg>'
const SVG_MESSAGE = (name: string) =>
  `"${name}" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.`
const NAME_MESSAGE = (name: string, plain: string) =>
  `The file "${name}" is not a plain file name (it has a folder path, an encoded slash, a control character or a leading dot): rename the file to e.g. "${plain}" and upload again.`

type Attack = {
  /** `errors[0].data.code`; none for Payload's own 413, sent while the file streams in. */
  code?: string
  data: () => Buffer | Promise<Buffer>
  message: string
  name: string
  status: 400 | 413
  type: string
}

const ATTACKS: Record<string, Attack> = {
  'SVG named .png': {
    code: 'file_markup',
    data: () => Buffer.from(svg),
    message: SVG_MESSAGE('logo.png'),
    name: 'logo.png',
    status: 400,
    type: 'image/png',
  },
  'SVG behind an XML comment, named .jpg': {
    code: 'file_markup',
    data: () => Buffer.from(`<!-- innocent -->${svg}`),
    message: SVG_MESSAGE('c.jpg'),
    name: 'c.jpg',
    status: 400,
    type: 'image/jpeg',
  },
  'SVG in UTF-16, named .png': {
    code: 'file_markup',
    data: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svg, 'utf16le')]),
    message: SVG_MESSAGE('u.png'),
    name: 'u.png',
    status: 400,
    type: 'image/png',
  },
  'XML with an external entity, named .png': {
    code: 'file_markup',
    data: () =>
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      ),
    message: SVG_MESSAGE('x.png'),
    name: 'x.png',
    status: 400,
    type: 'image/png',
  },
  'HTML named .jpg': {
    code: 'file_markup',
    data: () => Buffer.from('<html><script>alert(1)</script></html>'),
    message: SVG_MESSAGE('h.jpg'),
    name: 'h.jpg',
    status: 400,
    type: 'image/jpeg',
  },
  'JPEG named .png': {
    code: 'file_extension',
    data: () =>
      sharp({ create: { background: '#123456', channels: 3, height: 20, width: 30 } })
        .jpeg()
        .toBuffer(),
    message:
      '"photo.png" is a JPEG image, not a .png file: rename it "photo.jpg" and upload again.',
    name: 'photo.png',
    status: 400,
    type: 'image/png',
  },
  'PDF named .png': {
    code: 'file_extension',
    data: () => pdfFile('d.pdf').data,
    message: '"doc.png" is a PDF document, not a .png file: rename it "doc.pdf" and upload again.',
    name: 'doc.png',
    status: 400,
    type: 'image/png',
  },
  'PNG sent as a PDF': {
    code: 'file_extension',
    data: () => png,
    message: '"image.pdf" is a PNG image, not a .pdf file: rename it "image.png" and upload again.',
    name: 'image.pdf',
    status: 400,
    type: 'application/pdf',
  },
  'PNG named .php': {
    code: 'file_extension',
    data: () => png,
    message: '"shell.php" is a PNG image, not a .php file: rename it "shell.png" and upload again.',
    name: 'shell.php',
    status: 400,
    type: 'image/png',
  },
  'PNG with the right name, sent as JPEG': {
    code: 'file_sent_type',
    data: () => png,
    message:
      '"pic.png" was sent as image/jpeg but is a PNG image: upload the file as it is, without changing its type (image/png).',
    name: 'pic.png',
    status: 400,
    type: 'image/jpeg',
  },
  'traversal ../../etc/passwd.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('../../etc/passwd.png', 'passwd.png'),
    name: '../../etc/passwd.png',
    status: 400,
    type: 'image/png',
  },
  'encoded traversal ..%2f..%2fx.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('..%2f..%2fx.png', 'x.png'),
    name: '..%2f..%2fx.png',
    status: 400,
    type: 'image/png',
  },
  'absolute /etc/passwd.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('/etc/passwd.png', 'passwd.png'),
    name: '/etc/passwd.png',
    status: 400,
    type: 'image/png',
  },
  'Windows ..\\..\\win.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('..\\..\\win.png', 'win.png'),
    name: '..\\..\\win.png',
    status: 400,
    type: 'image/png',
  },
  'Windows drive C:\\Windows\\win.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('C:\\Windows\\win.png', 'win.png'),
    name: 'C:\\Windows\\win.png',
    status: 400,
    type: 'image/png',
  },
  'hidden .htaccess.png': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('.htaccess.png', 'htaccess.png'),
    name: '.htaccess.png',
    status: 400,
    type: 'image/png',
  },
  'encoded NUL evil.png%00.php': {
    code: 'file_name',
    data: () => png,
    message: NAME_MESSAGE('evil.png%00.php', 'evil.png.php'),
    name: 'evil.png%00.php',
    status: 400,
    type: 'image/png',
  },
  'over MEDIA_MAX_BYTES (100 KB)': {
    data: () => Buffer.concat([png, Buffer.alloc(MAX_BYTES)]),
    message: 'File is larger than 100 KB: compress it and upload again.',
    name: 'big.png',
    status: 413,
    type: 'image/png',
  },
  'pixel bomb (14000×14000 in ~25 KB)': {
    code: 'image_too_large',
    data: () => pixelBombPng(14_000).data,
    message:
      '"bomb.png" is 14000×14000 pixels (196 MP); the limit is 50 MP: resize it and upload again.',
    name: 'bomb.png',
    status: 400,
    type: 'image/png',
  },
}

const mediaCount = async () => (await payload.count({ collection: MEDIA })).totalDocs

describe('hostile uploads over real HTTP', () => {
  for (const [label, attack] of Object.entries(ATTACKS)) {
    it(`${label}: ${attack.status}, says what to do, stores nothing`, async () => {
      const [count, files] = [await mediaCount(), filesUnder(jail)]
      const response = await upload(await attack.data(), attack.name, attack.type)
      const body: unknown = await response.json()
      expect([response.status, firstCode(body), firstMessage(body)]).toEqual([
        attack.status,
        attack.code,
        attack.message,
      ])
      expect([await mediaCount(), filesUnder(jail)]).toEqual([count, files])
    })
  }

  it('a file name smuggled in the JSON data: Payload refuses a path (400) and ignores a plain one', async () => {
    const [count, files] = [await mediaCount(), filesUnder(jail)]
    const traversal = await upload(png, 'ok.png', 'image/png', {
      fields: { alt: 'x', filename: '../../evil.png' },
    })
    expect([traversal.status, firstMessage(await traversal.json())]).toEqual([
      400,
      'Invalid filename.',
    ])
    expect([await mediaCount(), filesUnder(jail)]).toEqual([count, files])
    const renamed = await upload(png, 'named.png', 'image/png', {
      fields: { alt: 'x', filename: 'other.php' },
    })
    expect([
      renamed.status,
      ((await renamed.json()) as { doc: { filename: string } }).doc.filename,
    ]).toEqual([201, 'named.png'])
  })

  it('replacing an existing file with a traversal name (PATCH) is refused and keeps the stored file', async () => {
    const created = await upload(png, 'kept.png', 'image/png')
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { filename: string; id: number } }
    const files = filesUnder(jail)
    const response = await upload(png, '../../../replaced.png', 'image/png', {
      method: 'PATCH',
      path: `/api/media/${doc.id}`,
    })
    expect([response.status, firstMessage(await response.json())]).toEqual([
      400,
      NAME_MESSAGE('../../../replaced.png', 'replaced.png'),
    ])
    expect([
      (await payload.findByID({ collection: MEDIA, id: doc.id })).filename,
      filesUnder(jail),
    ]).toEqual(['kept.png', files])
  })

  it('an anonymous upload is refused', async () => {
    const count = await mediaCount()
    const response = await request(server, '/api/media', {
      ...multipart(png, 'anon.png', 'image/png'),
      method: 'POST',
    })
    expect(response.status).toBe(403)
    expect(await mediaCount()).toBe(count)
  })

  it('a well-formed PNG is stored under its plain name, inside the media folder only', async () => {
    const response = await upload(png, 'fine.png', 'image/png')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; url: string } }
    expect([doc.filename, doc.url]).toEqual(['fine.png', '/api/media/file/fine.png'])
    expect(
      filesUnder(jail).every((file) => file.startsWith(`a${path.sep}b${path.sep}media${path.sep}`)),
    ).toBe(true)
    expect(filesUnder(mediaDir)).toContain('fine.png')
  })
})
