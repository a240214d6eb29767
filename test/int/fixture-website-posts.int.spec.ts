import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import {
  type CollectionSlug,
  createLocalReq,
  getPayload,
  type Payload,
  type SanitizedConfig,
} from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SourceBeside } from '../../src/admin/SourceBeside'
import { WorkflowError } from '../../src/index'
import { contentFieldNames, translatableFieldNames } from '../../src/workflow/sourceContent'
import { asUser, createFixtureUser, type FixtureUser } from '../fixtures/notes'
import { CATEGORIES, MEDIA, POSTS } from '../fixtures/websiteSlugs'
import { createTestDatabase } from '../helpers/database'
import { pngFile } from '../helpers/files'
import { paragraph, plainText } from '../helpers/lexical'
import { stopPayload } from '../helpers/stopPayload'
import { transitionAs } from '../helpers/workflow'

/**
 * The workflow on a collection shaped like Payload's website template posts
 * (test/fixtures/websitePosts.config.ts): every content field sits in an unnamed tab, a row, a
 * collapsible or a sidebar row, so the plugin sees them only if it walks fields as Payload stores them.
 */
type Doc = Record<string, any>
type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

let payload: Payload
let database: Awaited<ReturnType<typeof createTestDatabase>>
let graphql: (query: string) => Promise<Response>
let call: (
  method: 'GET' | 'PATCH' | 'POST' | 'PUT',
  path: string,
  init?: RequestInit,
) => Promise<Response>
const people = {} as Record<'editor' | 'reviewer' | 'reviewer2' | 'translator', FixtureUser>
const tokens = {} as Record<keyof typeof people, string>
let category: number
let otherCategory: number
let hero: number

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  process.env.DATABASE_URI = database.uri
  const config = (await import('../fixtures/websitePosts.config'))
    .default as Promise<SanitizedConfig>
  // The default key: Payload's REST handlers below find this instance.
  payload = await getPayload({ config })
  const handlers: Record<string, Handler> = {
    GET: REST_GET(config) as Handler,
    PATCH: REST_PATCH(config) as Handler,
    POST: REST_POST(config) as Handler,
    PUT: REST_PUT(config) as Handler,
  }
  const graphqlPost = GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  graphql = (query) =>
    graphqlPost(
      new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
  call = (method, path, init) => {
    const url = new URL(path, 'http://localhost:3000')
    return handlers[method]!(new Request(url, { ...init, method }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
  }
  for (const role of ['editor', 'reviewer', 'reviewer2', 'translator'] as const) {
    people[role] = await createFixtureUser(payload, `${role}@website.test`, [role.replace('2', '')])
    const login = await call('POST', '/api/users/login', {
      body: JSON.stringify({ email: `${role}@website.test`, password: 'a-long-test-password' }),
      headers: { 'content-type': 'application/json' },
    })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
  category = (
    await payload.create({
      collection: CATEGORIES as CollectionSlug,
      data: { title: 'Open data' } as never,
    })
  ).id as number
  otherCategory = (
    await payload.create({
      collection: CATEGORIES as CollectionSlug,
      data: { title: 'Housing' } as never,
    })
  ).id as number
  hero = (
    await payload.create({
      collection: MEDIA as CollectionSlug,
      data: { alt: 'Hero' } as never,
      file: await pngFile('hero.png'),
    })
  ).id as number
})
afterAll(() => stopPayload(payload, 'default', database))

const posts = POSTS as CollectionSlug
const as = (
  who: keyof typeof people,
  id: number,
  name: Parameters<typeof transitionAs>[4],
  extra: Parameters<typeof transitionAs>[5] = {},
) => transitionAs(payload, asUser(people[who]), POSTS, id, name, extra)
const write = (who: keyof typeof people, id: number, locale: 'en' | 'fr', data: Doc) =>
  payload.update({
    collection: posts,
    data: data as never,
    draft: true,
    id,
    locale,
    overrideAccess: false,
    user: { ...people[who], collection: 'users' } as never,
  }) as Promise<Doc>
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) =>
      error instanceof WorkflowError ? { code: error.code, status: error.status } : error,
  )
const draft = async (id: number, locale = 'en') =>
  (await payload.findByID({
    collection: posts,
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale: locale as 'en',
  })) as Doc
const events = async (id: number) =>
  (
    (
      await payload.find({
        collection: 'workflow-events' as CollectionSlug,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
        where: { and: [{ collection: { equals: POSTS } }, { document: { equals: String(id) } }] },
      })
    ).docs as Doc[]
  ).map((event) => `${event.transition}:${event.from}>${event.to}`)
/** What an anonymous reader gets over REST. */
const reader = async (id: number, locale: 'en' | 'fr') => {
  const response = await call('GET', `/api/posts/${id}?locale=${locale}&depth=0`)
  return response.status === 200 ? ((await response.json()) as Doc) : response.status
}

const createPost = async (title: string) =>
  (await payload.create({
    collection: posts,
    data: {
      categories: [category],
      content: paragraph(`${title}: the content.`),
      heroImage: hero,
      layout: [{ blockType: 'cta', heading: 'Join us', link: '/join' }],
      meta: { description: `${title}: the SEO description.`, image: hero, title: `${title} | SEO` },
      publishedAt: '2026-12-01T00:00:00.000Z',
      slug: title.toLowerCase().replaceAll(' ', '-'),
      summary: `${title}: the summary.`,
      title,
    } as never,
    draft: true,
    locale: 'en',
    overrideAccess: false,
    user: { ...people.editor, collection: 'users' } as never,
  })) as Doc
const publish = async (id: number) => {
  await as('editor', id, 'submit')
  await as('reviewer', id, 'approve')
  await as('reviewer', id, 'publish')
}

describe('the plugin on posts shaped like the website template (tabs, rows, collapsibles)', () => {
  it('sees the fields Payload lifts out of tabs, rows and collapsibles', () => {
    const { flattenedFields } = payload.collections[posts].config
    expect(contentFieldNames(flattenedFields)).toEqual([
      'title',
      'heroImage',
      'content',
      'layout',
      'sections',
      'publishedAt',
      'categories',
      'summary',
      'meta',
      'slug',
    ])
    expect(translatableFieldNames(flattenedFields)).toEqual([
      'title',
      'content',
      'layout',
      'sections',
      'summary',
      'meta',
      'slug',
    ])
  })

  it('voids an approval when an editor edits a field inside a tab, a row or a collapsible, and refuses publish until approved again', async () => {
    const { id } = await createPost('Tabbed approval')
    for (const [field, value] of [
      ['content', paragraph('Rewritten after approval.')],
      ['summary', 'A summary in a collapsible, rewritten.'],
      ['categories', [category, otherCategory]],
      ['heroImage', null],
    ] as const) {
      await as('editor', id, 'submit')
      await as('reviewer', id, 'approve')
      await write('editor', id, 'en', { [field]: value })
      expect([field, (await draft(id)).workflow.state]).toEqual([field, 'draft'])
      expect(await refusal(as('reviewer', id, 'publish'))).toEqual({
        code: 'wrong_state',
        status: 409,
      })
    }
    expect(await reader(id, 'en')).toBe(404)
    expect(await events(id)).toEqual(
      Array.from({ length: 4 }, () => [
        'submit:draft>in_review',
        'approve:in_review>approved',
        'edit:approved>draft',
      ]).flat(),
    )
    await publish(id)
    const live = (await reader(id, 'en')) as Doc
    expect([
      live.title,
      live.summary,
      plainText(live.content),
      live.categories,
      live.heroImage,
    ]).toEqual([
      'Tabbed approval',
      'A summary in a collapsible, rewritten.',
      'Rewritten after approval.',
      [category, otherCategory],
      null,
    ])
  })

  it('keeps readers on the approved text while a tabbed field is edited after publication', async () => {
    const { id } = await createPost('Published post')
    await publish(id)
    await write('editor', id, 'en', { summary: 'Unapproved summary.', title: 'Unapproved title' })
    const live = (await reader(id, 'en')) as Doc
    expect([live.title, live.summary]).toEqual(['Published post', 'Published post: the summary.'])
    expect((await draft(id)).workflow.state).toBe('draft')
    expect(await refusal(as('reviewer', id, 'publish'))).toEqual({
      code: 'wrong_state',
      status: 409,
    })
  })

  it('lets a translator write the French of tabbed fields only (403 for English and for shared fields in rows)', async () => {
    const { id } = await createPost('Translator scope')
    await as('editor', id, 'submit')
    await as('reviewer', id, 'approve')
    await write('translator', id, 'fr', {
      summary: 'Un résumé dans un repli.',
      title: 'Portée du traducteur',
    })
    expect(await draft(id, 'fr')).toMatchObject({
      summary: 'Un résumé dans un repli.',
      title: 'Portée du traducteur',
      translationWorkflow: { fr: { status: 'in_progress' } },
      workflow: { state: 'approved' },
    })
    expect(await refusal(write('translator', id, 'en', { title: 'Sneaked English' }))).toEqual({
      code: 'translator_locale',
      status: 403,
    })
    expect(await refusal(write('translator', id, 'fr', { categories: [otherCategory] }))).toEqual({
      code: 'translator_shared',
      status: 403,
    })
    expect(
      await refusal(write('translator', id, 'fr', { publishedAt: '2027-01-01T00:00:00.000Z' })),
    ).toEqual({ code: 'translator_shared', status: 403 })
    const response = await call('PATCH', `/api/posts/${id}?locale=fr&draft=true`, {
      body: JSON.stringify({ heroImage: null }),
      headers: { authorization: `JWT ${tokens.translator}`, 'content-type': 'application/json' },
    })
    expect([
      response.status,
      ((await response.json()) as { errors: { data?: { code?: string } }[] }).errors[0]?.data?.code,
    ]).toEqual([403, 'translator_shared'])
    expect(await draft(id)).toMatchObject({
      categories: [category],
      heroImage: hero,
      publishedAt: '2026-12-01T00:00:00.000Z',
      title: 'Translator scope',
      workflow: { state: 'approved' },
    })
  })

  it('tracks, counts and delivers the French of tabbed fields, and marks it outdated when their English changes', async () => {
    const { id } = await createPost('Delivered post')
    await publish(id)
    await write('translator', id, 'fr', { summary: 'Le résumé livré.', title: 'Article livré' })
    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    const french = (await reader(id, 'fr')) as Doc
    expect([french.title, french.summary, plainText(french.content)]).toEqual([
      'Article livré',
      'Le résumé livré.',
      'Delivered post: the content.',
    ])
    expect(french.translation).toEqual({
      fallbackFields: { fr: ['content', 'layout', 'meta', 'slug'] },
      fr: 'partial',
    })
    expect(french.translationProgress.fr).toMatchObject({ approved: 2, missing: 5, total: 7 })

    await write('translator', id, 'fr', {
      content: paragraph('Le contenu livré.'),
      layout: [{ blockType: 'cta', heading: 'Rejoignez-nous', link: '/join' }],
      meta: { description: 'La description livrée.', image: hero, title: 'Article livré | SEO' },
      slug: 'article-livre',
    })
    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    const approved = (await reader(id, 'fr')) as Doc
    expect([
      approved.title,
      plainText(approved.content),
      approved.layout[0].heading,
      approved.translation,
    ]).toEqual([
      'Article livré',
      'Le contenu livré.',
      'Rejoignez-nous',
      { fallbackFields: { fr: [] }, fr: 'approved' },
    ])

    await write('editor', id, 'en', { summary: 'A revised English summary.' })
    await publish(id)
    const status = (await draft(id)).translationWorkflow.fr
    expect(status.status).toBe('outdated')
    expect(await events(id)).toContain('source_changed:approved>outdated')
    const outdated = (await reader(id, 'fr')) as Doc
    expect([
      outdated.summary,
      outdated.translation.fr,
      outdated.translation.fallbackFields.fr,
    ]).toEqual(['A revised English summary.', 'outdated', ['summary']])
  })

  it('covers localized fields inside a shared named tab: their English voids an approval, their French does not, a translator writes only their French', async () => {
    const { id } = await createPost('Named tab')
    await as('editor', id, 'submit')
    await as('reviewer', id, 'approve')
    await write('translator', id, 'fr', {
      meta: { description: 'La description SEO.', image: hero, title: 'Onglet nommé | SEO' },
    })
    expect(await draft(id, 'fr')).toMatchObject({
      meta: { description: 'La description SEO.', image: hero, title: 'Onglet nommé | SEO' },
      workflow: { state: 'approved' },
    })
    expect(
      await refusal(
        write('translator', id, 'fr', {
          meta: { description: 'La description SEO.', image: null, title: 'Onglet nommé | SEO' },
        }),
      ),
    ).toEqual({ code: 'translator_shared', status: 403 })
    await write('editor', id, 'fr', {
      meta: { description: 'Une autre description.', image: hero, title: 'Onglet nommé | SEO' },
    })
    expect((await draft(id)).workflow.state).toBe('approved')
    await write('editor', id, 'en', {
      meta: { description: 'A rewritten SEO description.', image: hero, title: 'Named tab | SEO' },
    })
    expect(await draft(id)).toMatchObject({
      meta: { description: 'A rewritten SEO description.' },
      workflow: { state: 'draft' },
    })
    expect(await events(id)).toEqual([
      'submit:draft>in_review',
      'approve:in_review>approved',
      'edit:approved>draft',
    ])
  })

  it('delivers the approved French of localized fields inside a shared named tab, field by field, never an unapproved edit', async () => {
    const { id } = await createPost('Reviewed tab')
    const english = {
      description: 'Reviewed tab: the SEO description.',
      image: hero,
      title: 'Reviewed tab | SEO',
    }
    const frenchMeta = {
      description: 'La description SEO relue.',
      image: hero,
      title: 'Onglet relu',
    }
    await write('translator', id, 'fr', { meta: frenchMeta, title: 'Article relu' })
    await publish(id)
    // Before any French review: the English, and the tab named among the fields served in English.
    const unreviewed = (await reader(id, 'fr')) as Doc
    expect([unreviewed.title, unreviewed.meta, unreviewed.translation]).toEqual([
      'Reviewed tab',
      english,
      {
        fallbackFields: { fr: ['title', 'content', 'layout', 'summary', 'meta', 'slug'] },
        fr: 'coming_soon',
      },
    ])
    const none = (await (
      await call('GET', `/api/posts/${id}?locale=fr&fallback-locale=none&depth=0`)
    ).json()) as Doc
    expect([none.title, none.meta.title ?? null, none.meta.image]).toEqual([null, null, hero])
    expect((await draft(id, 'fr')).meta).toEqual(frenchMeta)

    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    const approved = (await reader(id, 'fr')) as Doc
    expect([approved.title, approved.meta, approved.translation]).toEqual([
      'Article relu',
      frenchMeta,
      { fallbackFields: { fr: ['content', 'layout', 'summary', 'slug'] }, fr: 'partial' },
    ])
    expect(approved.translationProgress.fr).toEqual({
      approved: 2,
      missing: 5,
      outdated: 0,
      total: 7,
    })
    expect(((await reader(id, 'en')) as Doc).meta).toEqual(english)
    const gql = (await (
      await graphql(
        `{ Post(id: ${id}, locale: fr) { title meta { title description } translation { fr } } }`,
      )
    ).json()) as { data: { Post: Doc } }
    expect(gql.data.Post).toEqual({
      meta: { description: frenchMeta.description, title: frenchMeta.title },
      title: 'Article relu',
      translation: { fr: 'partial' },
    })

    // An unapproved French edit, then an English change of the tab's shared part only, published:
    // readers keep the approved French (the edit reopened the translation), with the new image.
    await write('translator', id, 'fr', { meta: { ...frenchMeta, title: 'Titre non relu' } })
    expect((await draft(id, 'fr')).translationWorkflow.fr.status).toBe('in_progress')
    await write('editor', id, 'en', { meta: { image: null } })
    expect((await draft(id)).meta).toEqual({ ...english, image: null })
    await publish(id)
    const reopened = (await reader(id, 'fr')) as Doc
    expect([reopened.meta, reopened.translation.fr]).toEqual([
      { ...frenchMeta, image: null },
      'partial',
    ])

    // English text inside the tab changed and published: the tab is outdated, served in English.
    await write('editor', id, 'en', { meta: { description: 'A revised SEO description.' } })
    await publish(id)
    const outdated = (await reader(id, 'fr')) as Doc
    expect([outdated.title, outdated.meta, outdated.translation]).toEqual([
      'Article relu',
      { description: 'A revised SEO description.', image: null, title: english.title },
      { fallbackFields: { fr: ['content', 'layout', 'summary', 'meta', 'slug'] }, fr: 'outdated' },
    ])
    expect(outdated.translationProgress.fr).toMatchObject({ approved: 1, outdated: 1, total: 7 })
  })

  it('marks the French of a shared named tab outdated when its English text changes, not when only its shared part does', async () => {
    const { id } = await createPost('Tracked tab')
    await write('translator', id, 'fr', {
      meta: { description: 'Description suivie.', image: hero, title: 'Onglet suivi' },
    })
    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    await write('editor', id, 'en', { meta: { image: null } })
    expect((await draft(id)).translationWorkflow.fr.status).toBe('approved')
    await write('editor', id, 'en', { summary: 'Another summary.' })
    await write('editor', id, 'en', { meta: { title: 'Tracked tab | new SEO title' } })
    expect((await draft(id)).translationWorkflow.fr.status).toBe('outdated')
    expect((await events(id)).filter((event) => event.startsWith('source_changed'))).toEqual([
      'source_changed:approved>outdated',
    ])
  })

  it("shows a translator each localized field's English inside the shared named tab, and which one changed since approval", async () => {
    const metaTab = (
      payload.collections[posts].config.fields.find((field) => field.type === 'tabs') as {
        tabs: { fields: { name?: string; admin?: unknown }[]; name?: string }[]
      }
    ).tabs.find((tab) => tab.name === 'meta')!
    expect(
      metaTab.fields.map((field) => [
        field.name,
        (field.admin as { components?: { Field?: { serverProps?: { sourceField?: string } } } })
          ?.components?.Field?.serverProps?.sourceField ?? null,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['titleSourceText', 'meta.title'],
        ['descriptionSourceText', 'meta.description'],
      ]),
    )
    const { id } = await createPost('Source beside')
    const req = await createLocalReq(
      { locale: 'fr', user: { ...people.translator, collection: 'users' } as never },
      payload,
    )
    // Rendered as the French admin renders it (a React server component).
    const beside = async (sourceField: string) =>
      renderToStaticMarkup(
        (await SourceBeside({ collectionSlug: posts, id, req, sourceField } as never))!,
      )
    expect(await beside('meta.title')).toContain('Source beside | SEO')
    await write('translator', id, 'fr', {
      meta: { description: 'Description à côté.', image: hero, title: 'À côté' },
    })
    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    await write('editor', id, 'en', { meta: { title: 'Source beside | new SEO title' } })
    const [title, description] = [await beside('meta.title'), await beside('meta.description')]
    // The title's English then and now, the added words marked; the description, unchanged, is not outdated.
    expect([
      title.match(/data-outdated="(\w+)"/)?.[1],
      [...title.matchAll(/<ins[^>]*>([^<]*)<\/ins>/g)].map((match) => match[1]),
      description.match(/data-outdated="(\w+)"/)?.[1],
      description.includes('Source beside: the SEO description.'),
    ]).toEqual(['true', ['new ', ' title'], 'false', true])
  })

  it('delivers the approved French of shared blocks referenced from config.blocks by slug', async () => {
    const { id } = await createPost('Referenced blocks')
    await write('editor', id, 'en', {
      sections: [{ author: 'Ada', blockType: 'quote', text: 'Hello, readers.' }],
    })
    const [row] = (await draft(id)).sections as Doc[]
    await write('translator', id, 'fr', {
      sections: [{ ...row, text: 'Bonjour, lecteurs.' }],
    })
    expect((await draft(id, 'fr')).translationWorkflow.fr.status).toBe('in_progress')
    await publish(id)
    expect(((await reader(id, 'fr')) as Doc).sections[0].text).toBe('Hello, readers.')
    await as('translator', id, 'submit_translation', { locale: 'fr' })
    await as('reviewer2', id, 'approve_translation', { locale: 'fr' })
    const french = (await reader(id, 'fr')) as Doc
    expect([french.sections, french.translation.fallbackFields.fr]).toEqual([
      [
        {
          author: 'Ada',
          blockName: null,
          blockType: 'quote',
          id: row!.id,
          portrait: null,
          text: 'Bonjour, lecteurs.',
        },
      ],
      ['title', 'content', 'layout', 'summary', 'meta', 'slug'],
    ])
    expect(((await reader(id, 'en')) as Doc).sections[0].text).toBe('Hello, readers.')
  })

  it('releases to readers a file placed in a shared block referenced by slug once the post is published', async () => {
    const portrait = (
      await payload.create({
        collection: MEDIA as CollectionSlug,
        data: { alt: 'Ada' } as never,
        file: await pngFile('ada.png'),
      })
    ).id as number
    const { id } = await createPost('Referenced portrait')
    await write('editor', id, 'en', {
      sections: [{ author: 'Ada', blockType: 'quote', portrait, text: 'Hello.' }],
    })
    const file = async () => (await call('GET', `/api/${MEDIA}/${portrait}`)).status
    const hidden = await file()
    await publish(id)
    expect([hidden, await file()]).toEqual([404, 200])
  })

  it('merges a French save of the shared named tab made from an older version, unless its shared part changed since', async () => {
    const { id, updatedAt } = await createPost('Concurrent tab')
    const frenchSave = (claimed: string) =>
      call('PATCH', `/api/posts/${id}?locale=fr&draft=true`, {
        body: JSON.stringify({
          meta: { description: 'Description simultanée.', image: hero, title: 'Onglet simultané' },
          updatedAt: claimed,
        }),
        headers: { authorization: `JWT ${tokens.translator}`, 'content-type': 'application/json' },
      })
    await write('editor', id, 'en', {
      meta: {
        description: 'Concurrent tab: the SEO description.',
        image: hero,
        title: 'A new English SEO title',
      },
    })
    const merged = await frenchSave(updatedAt)
    expect(merged.status).toBe(200)
    expect((await draft(id, 'fr')).meta).toEqual({
      description: 'Description simultanée.',
      image: hero,
      title: 'Onglet simultané',
    })
    expect((await draft(id)).meta.title).toBe('A new English SEO title')
    const loaded = (await draft(id, 'fr')).updatedAt as string
    await write('editor', id, 'en', {
      meta: {
        description: 'Concurrent tab: the SEO description.',
        image: null,
        title: 'A new English SEO title',
      },
    })
    const stale = await frenchSave(loaded)
    expect([
      stale.status,
      ((await stale.json()) as { errors: { data?: { code?: string } }[] }).errors[0]?.data?.code,
    ]).toEqual([409, 'stale'])
    expect((await draft(id)).meta.image).toBeNull()
  })

  it('exports and imports the tabbed text fields as XLIFF', async () => {
    const { id } = await createPost('Exchanged post')
    const auth = { authorization: `JWT ${tokens.translator}` }
    const exported = await call('GET', `/api/posts/${id}/translations/fr.xlf`, { headers: auth })
    expect(exported.status).toBe(200)
    const xml = await exported.text()
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1])
    expect(units).toEqual([
      'title',
      'content.0',
      'summary',
      'meta.title',
      'meta.description',
      'slug',
    ])
    const translated = xml
      .replace(
        /(<trans-unit id="title"[^>]*>\s*<source>[^<]*<\/source>)/,
        '$1<target state="translated">Article échangé</target>',
      )
      .replace(
        /(<trans-unit id="summary"[^>]*>\s*<source>[^<]*<\/source>)/,
        '$1<target state="translated">Le résumé échangé.</target>',
      )
      .replace(
        /(<trans-unit id="meta.title"[^>]*>\s*<source>[^<]*<\/source>)/,
        '$1<target state="translated">Article échangé | SEO</target>',
      )
    const put = (body: string) =>
      call('PUT', `/api/posts/${id}/translations/fr.xlf`, {
        body,
        headers: { ...auth, 'content-type': 'application/xliff+xml' },
      })
    const imported = await put(translated)
    expect(imported.status).toBe(200)
    expect(((await imported.json()) as { imported: string[] }).imported.sort()).toEqual([
      'meta.title',
      'summary',
      'title',
    ])
    expect(await draft(id, 'fr')).toMatchObject({
      meta: { description: null, image: hero, title: 'Article échangé | SEO' },
      summary: 'Le résumé échangé.',
      title: 'Article échangé',
      translationWorkflow: { fr: { status: 'in_progress' } },
    })
    expect(await draft(id)).toMatchObject({
      meta: { image: hero, title: 'Exchanged post | SEO' },
      title: 'Exchanged post',
    })
    // The English of a text inside the tab changed since the export: 409, that text named.
    await write('editor', id, 'en', { meta: { title: 'A new SEO title' } })
    const stale = await put(translated)
    expect([
      stale.status,
      ((await stale.json()) as { errors: { code: string; fields: string[] }[] }).errors[0],
    ]).toEqual([409, expect.objectContaining({ code: 'stale_source', fields: ['meta.title'] })])
    // Its English emptied: the file's text has nowhere to go, 409 again (never a 500).
    await write('editor', id, 'en', { meta: { title: '' } })
    const gone = await put(translated)
    expect([
      gone.status,
      ((await gone.json()) as { errors: { code: string; fields: string[] }[] }).errors[0],
    ]).toEqual([409, expect.objectContaining({ code: 'stale_source', fields: ['meta.title'] })])
  })
})
