import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import S3rver from 's3rver'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../../src/app/db/port'
import { pdfFile, pngFile } from '../../helpers/files'
import { filesUnder, loginOverHttp } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { MEDIA } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'

/**
 * Issue [4/6] item 6: S3-compatible storage switched on by environment variables alone. s3rver is
 * a real S3 API server (objects on disk); Payload's S3 adapter talks to it over HTTP.
 */
const BUCKET = 'cms-media'
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let s3: S3rver
let s3Dir: string
let mediaDir: string
beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-s3-'))
  const port = await findFreePort()
  s3 = new S3rver({
    address: '127.0.0.1',
    configureBuckets: [{ configs: [], name: BUCKET }],
    directory: s3Dir,
    port,
    silent: true,
  })
  await s3.run()
  ctx = await initPayload({
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: 'true',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  mediaDir = process.env.MEDIA_DIR!
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  await s3?.close()
  rmSync(s3Dir, { force: true, recursive: true })
})

describe('S3-compatible storage (real HTTP to the app and to the S3 server)', () => {
  it('stores an upload in the bucket, not on local disk, and serves it back', async () => {
    const token = await loginOverHttp(server, staff.editor.email)
    const image = await pngFile('bucket.png', 80, 60)
    const body = new FormData()
    body.append(
      'file',
      new Blob([new Uint8Array(image.data)], { type: image.mimetype }),
      image.name,
    )
    body.append('_payload', JSON.stringify({ alt: 'Stored in S3' }))
    const created = await fetch(`${server.url}/api/${MEDIA}`, {
      body,
      headers: { authorization: `JWT ${token}` },
      method: 'POST',
    })
    const { doc } = (await created.json()) as { doc: { filename: string; url: string } }
    expect([created.status, doc.filename]).toEqual([201, 'bucket.png'])
    expect(filesUnder(mediaDir)).toEqual([])
    expect(filesUnder(s3Dir).some((file) => path.basename(file).startsWith('bucket'))).toBe(true)
    const served = await fetch(`${server.url}/api/${MEDIA}/file/bucket.png`, {
      headers: { authorization: `JWT ${token}` },
    })
    const bytes = Buffer.from(await served.arrayBuffer())
    expect([
      served.status,
      served.headers.get('content-type'),
      served.headers.get('x-content-type-options'),
      bytes.equals(image.data),
    ]).toEqual([200, 'image/png', 'nosniff', true])
  })

  it('keeps unpublished files from readers and sends documents as downloads (issue [1/7])', async () => {
    const pdf = await payload.create({ collection: MEDIA, data: {}, file: pdfFile('bucket.pdf') })
    const anonymous = await fetch(`${server.url}/api/${MEDIA}/file/${pdf.filename}`)
    await anonymous.arrayBuffer()
    expect(anonymous.status).toBe(403)
    await payload.update({ collection: MEDIA, data: { public: true }, id: pdf.id })
    const served = await fetch(`${server.url}/api/${MEDIA}/file/${pdf.filename}`)
    await served.arrayBuffer()
    expect([
      served.status,
      served.headers.get('x-content-type-options'),
      served.headers.get('content-disposition'),
    ]).toEqual([200, 'nosniff', `attachment; filename="bucket.pdf"; filename*=UTF-8''bucket.pdf`])
  })
})
