import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../../payload-types'
import { loginOverHttp, request } from '../../helpers/attacks'
import { pdfFile, pngFile, vttFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { MEDIA } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'

/**
 * Issue [1/7] item 2: every file answer says nosniff; documents (PDF, WebVTT) are downloads with
 * their name, images (and their sizes) are shown inline. Read as staff, so the embargo does not apply.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let token: string
const files: Record<string, Media> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  token = await loginOverHttp(server, staff.editor.email)
  const user = staff.editor
  files.png = await payload.create({
    collection: MEDIA,
    data: { alt: 'A chart' },
    file: await pngFile('chart.png', 400, 300),
    overrideAccess: false,
    user,
  })
  files.pdf = await payload.create({
    collection: MEDIA,
    data: {},
    file: pdfFile('statement-final.pdf'),
    overrideAccess: false,
    user,
  })
  files.vtt = await payload.create({
    collection: MEDIA,
    data: {},
    file: vttFile('captions-fr.vtt'),
    overrideAccess: false,
    user,
  })
  files.spaced = await payload.create({
    collection: MEDIA,
    data: {},
    file: pdfFile('note de synthèse.pdf'),
    overrideAccess: false,
    user,
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const headersOf = async (name: string) => {
  const response = await request(server, `/api/${MEDIA}/file/${encodeURIComponent(name)}`, {
    token,
  })
  await response.arrayBuffer()
  return [
    response.status,
    response.headers.get('content-type'),
    response.headers.get('x-content-type-options'),
    response.headers.get('content-disposition'),
  ]
}

describe('upload response headers (real HTTP)', () => {
  it('a PDF is a download named after the file, with nosniff', async () => {
    expect(await headersOf(files.pdf!.filename!)).toEqual([
      200,
      'application/pdf',
      'nosniff',
      `attachment; filename="statement-final.pdf"; filename*=UTF-8''statement-final.pdf`,
    ])
  })

  it('a file whose name has a space and an accent is served under its encoded URL', async () => {
    expect(files.spaced!.filename).toBe('note de synthèse.pdf')
    expect(await headersOf('note de synthèse.pdf')).toEqual([
      200,
      'application/pdf',
      'nosniff',
      `attachment; filename="note de synth_se.pdf"; filename*=UTF-8''note%20de%20synth%C3%A8se.pdf`,
    ])
  })

  it('a malformed %-escape in the path is a 400 that says how to encode it', async () => {
    const response = await request(server, `/api/${MEDIA}/file/bad%E0%A4name.pdf`, { token })
    expect([
      response.status,
      ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ]).toEqual([
      400,
      'The address has a malformed %-escape: encode each path segment with encodeURIComponent.',
    ])
  })

  it('a WebVTT file is a download, with nosniff', async () => {
    expect(await headersOf('captions-fr.vtt')).toEqual([
      200,
      'text/vtt',
      'nosniff',
      `attachment; filename="captions-fr.vtt"; filename*=UTF-8''captions-fr.vtt`,
    ])
  })

  it('an image and its sizes are inline, with nosniff', async () => {
    expect(await headersOf('chart.png')).toEqual([200, 'image/png', 'nosniff', null])
    const thumbnail = files.png!.sizes!.thumbnail!.filename!
    expect(await headersOf(thumbnail)).toEqual([200, 'image/webp', 'nosniff', null])
  })

  it('a missing file answers 404 with nosniff', async () => {
    rmSync(path.join(process.env.MEDIA_DIR!, 'captions-fr.vtt'))
    const [status, , nosniff, disposition] = await headersOf('captions-fr.vtt')
    expect([status, nosniff, disposition]).toEqual([404, 'nosniff', null])
  })
})
