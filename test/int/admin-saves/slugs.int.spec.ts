import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../../helpers/initPayload'
import { restHandlers } from '../../helpers/rest'
import { STATEMENTS } from '../../helpers/slugs'
import { createStaff, PASSWORD, type Staff } from '../../helpers/workflow'

type FieldErrors = {
  message?: string
  errors: {
    data?: { errors?: { message: string; path: string }[] }
    message: string
    name?: string
  }[]
}

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
let token: string

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  token = await api.token(staff.editor.email, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const json = (body?: unknown, language = 'en'): RequestInit => ({
  body: body === undefined ? undefined : JSON.stringify(body),
  headers: {
    'accept-language': language,
    authorization: `JWT ${token}`,
    'content-type': 'application/json',
  },
})
const draft = async (slug: string, frSlug?: string) => {
  const doc = await payload.create({
    collection: STATEMENTS,
    data: { slug, title: `Title ${slug}`, topic: 'regularization' },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  if (frSlug)
    await payload.update({
      collection: STATEMENTS,
      data: { slug: frSlug, title: `Titre ${frSlug}` },
      draft: true,
      id: doc.id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.editor,
    })
  return doc.id
}
const slugs = async (id: number | string) => {
  const doc = await payload.findByID({
    collection: STATEMENTS,
    depth: 0,
    draft: true,
    id,
    locale: 'all' as never,
  })
  return doc.slug as unknown as Record<string, string | null | undefined>
}

describe('duplicate', () => {
  it('gives the copy a free slug in each language, x-copy then x-copy-2', async () => {
    const id = await draft('dup-source', 'dup-source-fr')
    const first = await api.post(
      `/api/${STATEMENTS}/${id}/duplicate?locale=en&draft=true`,
      json({}),
    )
    expect(first.status).toBe(200)
    const copy = ((await first.json()) as { doc: { id: number } }).doc
    expect(await slugs(copy.id)).toEqual({ en: 'dup-source-copy', fr: 'dup-source-fr-copy' })
    const second = await api.post(
      `/api/${STATEMENTS}/${id}/duplicate?locale=en&draft=true`,
      json({}),
    )
    expect(second.status).toBe(200)
    const copy2 = ((await second.json()) as { doc: { id: number } }).doc
    expect(await slugs(copy2.id)).toEqual({ en: 'dup-source-copy-2', fr: 'dup-source-fr-copy-2' })
    expect(await slugs(id)).toEqual({ en: 'dup-source', fr: 'dup-source-fr' })
  })
})

describe('a slug clash is caught at save, drafts too, on the field', () => {
  it('refuses a draft save that takes a slug another document uses, with the field path', async () => {
    await draft('clash-a')
    const id = await draft('clash-b')
    const response = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true&locale=en`,
      json({ slug: 'clash-a' }),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as FieldErrors
    expect(body.errors[0]!.name).toBe('ValidationError')
    // Payload's form shows a top-level message as a toast and skips the field errors: there is none.
    expect(body).not.toHaveProperty('message')
    expect(body.errors[0]!.data?.errors).toEqual([
      {
        message:
          'Slug "clash-a" is already used in English by another document: choose a different slug.',
        path: 'slug',
      },
    ])
    expect((await slugs(id)).en).toBe('clash-b')
  })

  it('refuses a draft create with a used slug, in the admin language', async () => {
    await draft('clash-c')
    const response = await api.post(
      `/api/${STATEMENTS}?draft=true&locale=en`,
      json({ slug: 'clash-c', title: 'Another', topic: 'regularization' }, 'fr'),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as FieldErrors
    expect(body.errors[0]!.data?.errors?.[0]?.path).toBe('slug')
    expect(body.errors[0]!.data?.errors?.[0]?.message).toBe(
      'Le slug « clash-c » est déjà utilisé en anglais par un autre document : choisissez-en un autre.',
    )
  })

  it('lets the same slug stand in the other language and a document keep its own slug', async () => {
    await draft('shared-word')
    const id = await draft('own-slug')
    const fr = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true&locale=fr`,
      json({ slug: 'shared-word' }),
    )
    expect(fr.status).toBe(200)
    const again = await api.patch(
      `/api/${STATEMENTS}/${id}?draft=true&locale=en`,
      json({ slug: 'own-slug', summary: 'Edited' }),
    )
    expect(again.status).toBe(200)
    expect(await slugs(id)).toEqual({ en: 'own-slug', fr: 'shared-word' })
  })
})
