import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { firstMessage, loginOverHttp, request } from '../../helpers/attacks'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { CONFERENCES, PARTNERS, STATEMENTS, USERS } from '../../helpers/slugs'
import { createStaff, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [2/7] defect 12: an editor (English) and a translator (French) work on one document at once,
 * each in a session of their own over HTTP, sending what the admin form sends (the whole form as
 * loaded, their change, and the updatedAt they loaded): neither blocks nor overwrites the other.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
const tokens: Record<string, string> = {}
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  for (const key of ['editor', 'editor2', 'translator'] as const)
    tokens[key] = await loginOverHttp(server, staff[key].email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

type Form = Record<string, unknown> & { updatedAt: string }
// The admin form sends the workflow groups back as it loaded them (hidden, not read-only).
const FORM_FIELDS = [
  'title',
  'slug',
  'topic',
  'summary',
  'workflow',
  'translationWorkflow',
  'updatedAt',
] as const

/** What the admin form holds after opening the document in `locale`. */
const open = async (who: string, id: number, locale: 'en' | 'fr'): Promise<Form> => {
  const response = await request(
    server,
    `/api/${STATEMENTS}/${id}?draft=true&locale=${locale}&depth=0&fallback-locale=none`,
    { token: tokens[who] },
  )
  expect(response.status).toBe(200)
  const doc = (await response.json()) as Record<string, unknown>
  return Object.fromEntries(
    FORM_FIELDS.filter((name) => doc[name] !== undefined && doc[name] !== null).map((name) => [
      name,
      doc[name],
    ]),
  ) as Form
}
const save = (who: string, id: number, locale: 'en' | 'fr', form: Form) =>
  request(server, `/api/${STATEMENTS}/${id}?draft=true&locale=${locale}`, {
    body: form,
    method: 'PATCH',
    token: tokens[who],
  })
const codeOf = async (response: Response) =>
  ((await response.json()) as { errors: { data?: { code?: string } }[] }).errors[0]!.data?.code
const stored = async (id: number) => {
  const doc = await payload.findByID({
    collection: STATEMENTS,
    depth: 0,
    draft: true,
    id,
    locale: 'all' as never,
  })
  const all = doc as unknown as {
    summary: Record<string, string>
    title: Record<string, string>
    topic: string
  }
  return { summary: all.summary, title: all.title, topic: all.topic }
}
const withFrench = async (suffix: string) => {
  const id = await draftStatement(payload, staff.editor, suffix)
  await payload.update({
    collection: STATEMENTS,
    data: { summary: 'Résumé initial', title: `Titre ${suffix}` },
    draft: true,
    id,
    locale: 'fr',
  })
  return id
}

describe('an editor in English and a translator in French, at once', () => {
  it('the English save first, then the French one made from the older version: both stand, shared fields keep the editor’s value', async () => {
    const id = await withFrench('two-1')
    const english = await open('editor', id, 'en')
    const french = await open('translator', id, 'fr')
    expect(english.updatedAt).toBe(french.updatedAt)
    expect(
      (
        await save('editor', id, 'en', {
          ...english,
          summary: 'English revised',
          topic: 'employment-rights',
        })
      ).status,
    ).toBe(200)
    const translated = await save('translator', id, 'fr', {
      ...french,
      summary: 'Traduction révisée',
    })
    expect([
      translated.status,
      translated.status === 200 ? '' : firstMessage(await translated.json()),
    ]).toEqual([200, ''])
    expect(await stored(id)).toEqual({
      summary: { en: 'English revised', fr: 'Traduction révisée' },
      title: { en: 'Statement two-1', fr: 'Titre two-1' },
      topic: 'employment-rights',
    })
  })

  it('the French save first, then the English one made from the older version: both stand', async () => {
    const id = await withFrench('two-2')
    const english = await open('editor', id, 'en')
    const french = await open('translator', id, 'fr')
    expect((await save('translator', id, 'fr', { ...french, title: 'Titre traduit' })).status).toBe(
      200,
    )
    expect(
      (await save('editor', id, 'en', { ...english, title: 'English title revised' })).status,
    ).toBe(200)
    expect(await stored(id)).toMatchObject({
      title: { en: 'English title revised', fr: 'Titre traduit' },
      topic: 'regularization',
    })
  })

  it('two saves in the same language from one version still conflict: 409, the first kept', async () => {
    const id = await withFrench('two-3')
    const first = await open('editor', id, 'en')
    const second = await open('editor2', id, 'en')
    expect((await save('editor', id, 'en', { ...first, summary: 'Editor one' })).status).toBe(200)
    const refused = await save('editor2', id, 'en', {
      ...second,
      title: 'Editor two changes the title',
    })
    expect(refused.status).toBe(409)
    const body = (await refused.json()) as { errors: { data?: { code?: string } }[] }
    expect([body.errors[0]!.data?.code, firstMessage(body)]).toEqual([
      'stale',
      expect.stringMatching(/^This document was changed by .+ since you loaded it/),
    ])
    expect(await stored(id)).toMatchObject({
      summary: { en: 'Editor one' },
      title: { en: 'Statement two-3' },
    })
  })

  it('a shared field both change is a conflict; a translator cannot change a shared field at all', async () => {
    const id = await withFrench('two-4')
    const english = await open('editor', id, 'en')
    const french = await open('translator', id, 'fr')
    expect(
      (await save('editor', id, 'en', { ...english, topic: 'employment-rights' })).status,
    ).toBe(200)
    const conflict = await save('translator', id, 'fr', {
      ...french,
      topic: 'reproductive-justice',
    })
    expect([conflict.status, await codeOf(conflict)]).toEqual([409, 'stale'])
    const fresh = await open('translator', id, 'fr')
    const refused = await save('translator', id, 'fr', { ...fresh, topic: 'reproductive-justice' })
    expect([refused.status, await codeOf(refused)]).toEqual([403, 'translator_shared'])
    expect((await stored(id)).topic).toBe('employment-rights')
  })

  it('through the Local API too: a translator’s save that sends shared fields as loaded keeps the editor’s newer values', async () => {
    const id = await withFrench('two-5')
    const loaded = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'fr',
    })
    await payload.update({
      collection: STATEMENTS,
      data: { topic: 'gender-based-violence' },
      draft: true,
      id,
      locale: 'en',
      overrideAccess: false,
      user: staff.editor,
    })
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Résumé révisé', topic: loaded.topic, updatedAt: loaded.updatedAt },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    expect(await stored(id)).toMatchObject({
      summary: { fr: 'Résumé révisé' },
      topic: 'gender-based-violence',
    })
  })

  it('Payload’s whole-document lock is off for the governed collections (it is per document, not per language)', async () => {
    for (const slug of [STATEMENTS, CONFERENCES, PARTNERS])
      expect([slug, payload.collections[slug].config.lockDocuments]).toEqual([slug, false])
    expect(payload.collections[USERS].config.lockDocuments).not.toBe(false)
  })
})

describe('the document-lock dialog names who holds the lock', () => {
  it('an editor reading a lock another user holds gets that user’s name and e-mail, not an id', async () => {
    // Users keep Payload's lock (content collections are governed and lock nothing).
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: USERS, value: staff.reviewer.id },
        globalSlug: null,
        user: { relationTo: 'users', value: staff.editor2.id },
      } as never,
    })
    // As Payload's document view reads it (getIsLocked: depth 1, with the reader's access).
    const { docs } = await payload.find({
      collection: 'payload-locked-documents',
      depth: 1,
      overrideAccess: false,
      user: staff.editor,
    })
    const holder = (
      docs[0] as unknown as {
        user: { value: { email?: string; name?: string; roles?: unknown } | number }
      }
    ).user.value
    expect(typeof holder).toBe('object')
    expect(holder).toMatchObject({ email: staff.editor2.email, name: staff.editor2.name })
  })
})
