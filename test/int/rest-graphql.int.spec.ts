import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fileOf, pngFile } from '../helpers/files'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { restHandlers } from '../helpers/rest'
import { MEDIA, STATEMENTS } from '../helpers/slugs'
import { createStaff, PASSWORD, publishViaWorkflow, transitionAs } from '../helpers/workflow'

const MAX_BYTES = 200 * 1024

let ctx: TestContext
let payload: Payload
let api: Awaited<ReturnType<typeof restHandlers>>
let token: string
beforeAll(async () => {
  ctx = await initPayload({ MEDIA_MAX_BYTES: String(MAX_BYTES) })
  payload = ctx.payload
  api = await restHandlers()
  const staff = await createStaff(payload)
  token = await api.token(staff.editor.email, PASSWORD)
  const published = await payload.create({
    collection: STATEMENTS,
    data: { slug: 'regularization', title: 'Regularization', topic: 'regularization' },
  })
  await payload.update({
    collection: STATEMENTS,
    data: { title: 'Régularisation' },
    draft: true,
    id: published.id,
    locale: 'fr',
  })
  // Readers get French once it is approved (test/int/french-delivery covers the other cases).
  await transitionAs(payload, staff.translator, STATEMENTS, published.id, 'submit_translation')
  await transitionAs(payload, staff.reviewer2, STATEMENTS, published.id, 'approve_translation')
  await publishViaWorkflow(payload, staff, STATEMENTS, published.id)
  await payload.create({
    collection: STATEMENTS,
    data: {
      _status: 'draft',
      slug: 'gender-diverse-migrants',
      title: 'Gender-Diverse Migrants',
      topic: 'gender-diverse-migrants',
    },
  })
})
afterAll(async () => ctx?.cleanup())

const form = (file: { data: Buffer; mimetype: string; name: string }, alt: string) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  body.append('_payload', JSON.stringify({ alt }))
  return body
}

describe('REST reads (route handlers)', () => {
  it('serves English and French, and both with locale=all', async () => {
    const en = await (
      await api.get('/api/policy-statements?where[slug][equals]=regularization&locale=en')
    ).json()
    // The French slug was filled from the French title.
    const fr = await (
      await api.get('/api/policy-statements?where[slug][equals]=regularisation&locale=fr')
    ).json()
    const all = await (
      await api.get('/api/policy-statements?where[slug][equals]=regularization&locale=all')
    ).json()
    expect(en.docs.map((doc: { title: string }) => doc.title)).toEqual(['Regularization'])
    expect(fr.docs.map((doc: { title: string }) => doc.title)).toEqual(['Régularisation'])
    expect(all.docs[0].title).toEqual({ en: 'Regularization', fr: 'Régularisation' })
    expect(all.docs[0].slug).toEqual({ en: 'regularization', fr: 'regularisation' })
  })

  it('shows anonymous readers published documents only', async () => {
    const anonymous = await (await api.get('/api/policy-statements?limit=10')).json()
    expect(anonymous.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['regularization'])
    const staff = await (
      await api.get('/api/policy-statements?limit=10&draft=true', {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()
    expect(staff.totalDocs).toBe(2)
  })
})

describe('GraphQL reads (route handler)', () => {
  it('serves French titles', async () => {
    const response = await api.graphql('{ PolicyStatements(locale: fr) { docs { title slug } } }')
    const body = (await response.json()) as {
      data: { PolicyStatements: { docs: { slug: string; title: string }[] } }
    }
    expect(body.data.PolicyStatements.docs).toEqual([
      { slug: 'regularisation', title: 'Régularisation' },
    ])
  })
})

describe('REST uploads (route handlers)', () => {
  it('accepts a PNG', async () => {
    const response = await api.post('/api/media', {
      body: form(await pngFile('rest.png'), 'REST image'),
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as { doc: { filename: string; mimeType: string } }
    expect(body.doc).toMatchObject({ filename: 'rest.png', mimeType: 'image/png' })
  })

  it('refuses SVG with 400 and the reason', async () => {
    const svg = fileOf(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'rest.svg',
      'image/svg+xml',
    )
    const response = await api.post('/api/media', {
      body: form(svg, 'x'),
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: { data: { errors: { message: string; path: string }[] }; name: string }[]
    }
    // A field error on the file, naming it.
    expect(body.errors[0]).toMatchObject({
      data: { errors: [{ message: expect.stringContaining('"rest.svg"'), path: 'file' }] },
      name: 'ValidationError',
    })
  })

  it('stops reading an oversize body with 413', async () => {
    const big = fileOf(Buffer.alloc(MAX_BYTES * 2, 1), 'big.png', 'image/png')
    const before = (await payload.count({ collection: MEDIA })).totalDocs
    const response = await api.post('/api/media', {
      body: form(big, 'x'),
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain(
      'File is larger than 200 KB: compress it and upload again.',
    )
    expect((await payload.count({ collection: MEDIA })).totalDocs).toBe(before)
  })

  it('refuses anonymous uploads', async () => {
    const response = await api.post('/api/media', { body: form(await pngFile('anon.png'), 'x') })
    expect(response.status).toBe(403)
  })
})
