import { postgresAdapter } from '@payloadcms/db-postgres'
import {
  buildConfig,
  type CollectionSlug,
  createLocalReq,
  type DatabaseAdapterObj,
  getPayload,
  type Payload,
} from 'payload'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  editorialWorkflow,
  transitionDocument,
  type SanitizedWorkflowOptions,
} from '../../src/index'
import { assignReviewer } from '../../src/operations/assign'
import { exportTranslation, importTranslation } from '../../src/operations/xliff'
import { applyXliff, exportXliff, parseXliff } from '../../src/xliff'
import { optionsBaseConfig, optionsConfig, STAFF } from '../fixtures/options.config'
import { NOTES } from '../fixtures/slugs'
import { createTestDatabase } from '../helpers/database'
import { routeHandlers } from '../helpers/routeHandlers'
import { stopPayload } from '../helpers/stopPayload'

type Person = { email: string; id: number; roles: string[] }
type Note = {
  id: number
  title?: null | string
  translation?: Record<string, unknown>
  translationWorkflow?: Record<
    string,
    { approvedBy?: null | number; status?: string; submittedBy?: null | number }
  >
}
type Loose = Record<
  'create' | 'findByID' | 'update',
  (args: Record<string, unknown>) => Promise<unknown>
> & {
  find: (args: Record<string, unknown>) => Promise<{ docs: Record<string, unknown>[] }>
}

let payload: Payload
let config: ReturnType<typeof optionsConfig>
let database: Awaited<ReturnType<typeof createTestDatabase>>
const people = {} as Record<'editor' | 'reviewer' | 'reviewer2' | 'translator', Person>
const loose = () => payload as unknown as Loose
const options = () => payload.config.custom.editorialWorkflow as SanitizedWorkflowOptions
// The user as Payload's auth puts it on a request: with the collection it signed in through.
const reqAs = (person: Person) =>
  createLocalReq({ user: { ...person, collection: STAFF } as never }, payload)
const transition = async (person: Person, id: number, name: string, locale?: string) =>
  transitionDocument(await reqAs(person), {
    collection: NOTES,
    id,
    name: name as never,
    ...(locale ? { locale } : {}),
  })

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  process.env.DATABASE_URI = database.uri
  config = optionsConfig()
  // The default cache key, so that Payload's route handlers share this instance.
  payload = await getPayload({ config })
  for (const [key, roles] of [
    ['editor', ['editor']],
    ['reviewer', ['reviewer']],
    ['reviewer2', ['reviewer']],
    ['translator', ['translator']],
  ] as const) {
    people[key] = (await loose().create({
      collection: STAFF,
      data: { email: `${key}@staff.test`, name: key, password: 'a-long-test-password', roles },
    })) as Person
  }
})
afterAll(() => stopPayload(payload, 'default', database))

// Payload's real REST route handlers for the fixture config, called with standard Requests.
const rest: ReturnType<typeof routeHandlers>['rest'] = (...args) =>
  routeHandlers(config, STAFF).rest(...args)
const tokenOf = (person: Person) =>
  routeHandlers(config, STAFF).tokenOf(person.email, 'a-long-test-password')

const withPlugin = (
  config: ReturnType<typeof optionsBaseConfig>,
  pluginOptions: Partial<Parameters<typeof editorialWorkflow>[0]> = {},
) =>
  buildConfig({
    ...config,
    plugins: [
      editorialWorkflow({
        collections: [NOTES as CollectionSlug],
        targetLocales: ['fr', 'es'],
        usersSlug: STAFF,
        ...pluginOptions,
      }),
    ],
  })

describe('start-up checks name what to fix', () => {
  it('refuses a database adapter that is not PostgreSQL', async () => {
    const sqlite = {
      name: 'sqlite',
      defaultIDType: 'number',
      init: () => ({}),
    } as unknown as DatabaseAdapterObj
    await expect(withPlugin({ ...optionsBaseConfig(), db: sqlite })).rejects.toThrow(
      'editorialWorkflow: the database adapter is "sqlite"; the workflow needs PostgreSQL: set db: postgresAdapter({ pool: { connectionString } }) from @payloadcms/db-postgres.',
    )
  })

  it('stops the boot when transactions are off, before the app writes anything', async () => {
    const other = await createTestDatabase(inject('pgAdminUri'))
    const adapter = postgresAdapter({
      pool: { connectionString: other.uri },
      transactionOptions: false,
    })
    let started:
      | {
          destroy?: () => Promise<void>
          pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
        }
      | undefined
    let appInitRan = false
    const db = {
      ...adapter,
      init: (args: Parameters<typeof adapter.init>[0]) => (started = adapter.init(args) as never),
    } as DatabaseAdapterObj
    try {
      const config = await withPlugin({
        ...optionsBaseConfig(),
        db,
        onInit: () => void (appInitRan = true),
      })
      await expect(getPayload({ config, key: 'transactions-off' })).rejects.toThrow(
        "editorialWorkflow: database transactions are off (transactionOptions: false); the workflow's rules hold only inside a transaction: remove transactionOptions: false from postgresAdapter({...}).",
      )
      expect(appInitRan).toBe(false)
    } finally {
      started?.pool?.on('error', () => undefined)
      await started?.destroy?.()
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('transactions-off')
      await other.drop()
    }
  })

  it('names an unknown sourceLocale or target locale and the configured ones', async () => {
    await expect(withPlugin(optionsBaseConfig(), { sourceLocale: 'de' })).rejects.toThrow(
      'editorialWorkflow: sourceLocale "de" is not a configured locale: add it to config.localization.locales (now en, fr, es) or change the option.',
    )
    await expect(withPlugin(optionsBaseConfig(), { targetLocales: ['fr', 'it'] })).rejects.toThrow(
      'editorialWorkflow: targetLocales names "it", not a configured locale: add it to config.localization.locales (now en, fr, es) or change the option.',
    )
    await expect(
      withPlugin(optionsBaseConfig(), { targetLocales: ['en', 'fr'] }),
    ).rejects.toMatchObject({
      code: 'target_is_source',
      name: 'WorkflowConfigError',
      params: { locale: 'en', option: 'targetLocales' },
    })
  })

  it('refuses a config without localization', async () => {
    await expect(withPlugin({ ...optionsBaseConfig(), localization: false })).rejects.toThrow(
      'editorialWorkflow: localization is off; the workflow translates from sourceLocale "en" into targetLocales (fr, es): set config.localization.locales to include "en", "fr", "es".',
    )
  })

  it('names a usersSlug that is not an auth collection, and the ones that are', async () => {
    await expect(withPlugin(optionsBaseConfig(), { usersSlug: 'users' })).rejects.toThrow(
      'editorialWorkflow: usersSlug "users" is not a collection; set options.usersSlug to the auth collection whose users carry roles (here: staff).',
    )
    await expect(withPlugin(optionsBaseConfig(), { usersSlug: NOTES })).rejects.toMatchObject({
      code: 'users_not_auth',
      params: { option: 'usersSlug', slug: NOTES },
    })
  })
})

describe('an app with en, fr, es and its users in "staff"', () => {
  const draftNote = async (title: string) =>
    (await loose().create({
      collection: NOTES,
      data: { summary: `${title} summary`, title },
      draft: true,
      locale: 'en',
      overrideAccess: false,
      user: { ...people.editor, collection: STAFF },
    })) as Note
  const read = async (id: number, locale = 'en', draft = true) =>
    (await loose().findByID({
      collection: NOTES,
      depth: 0,
      draft,
      fallbackLocale: false,
      id,
      locale,
    })) as Note
  const translate = (id: number, locale: string, data: Record<string, unknown>) =>
    loose().update({
      collection: NOTES,
      data,
      draft: true,
      id,
      locale,
      overrideAccess: false,
      user: { ...people.translator, collection: STAFF },
    })

  it('runs the approval and one Spanish translation round; relations point at staff', async () => {
    const { id } = await draftNote('Spanish round')
    await transition(people.editor, id, 'submit')
    await assignReviewer(await reqAs(people.reviewer), options(), {
      collection: NOTES,
      id,
      reviewer: people.reviewer2.id,
    })
    const assignments = await loose().find({
      collection: 'review-assignments',
      depth: 1,
      where: { document: { equals: String(id) } },
    })
    expect(assignments.docs.map((doc) => (doc.reviewer as { email: string }).email)).toEqual([
      'reviewer2@staff.test',
    ])
    await transition(people.reviewer2, id, 'approve')
    await transition(people.reviewer2, id, 'publish')
    await translate(id, 'es', { summary: 'Resumen', title: 'Ronda en español' })
    expect((await read(id)).translationWorkflow?.es?.status).toBe('in_progress')
    expect((await read(id)).translationWorkflow?.fr?.status).toBe('not_started')
    await transition(people.translator, id, 'submit_translation', 'es')
    await transition(people.reviewer, id, 'approve_translation', 'es')
    const working = await read(id)
    expect(working.translationWorkflow?.es).toMatchObject({
      approvedBy: people.reviewer.id,
      status: 'approved',
      submittedBy: people.translator.id,
    })
    const published = await read(id, 'es', false)
    expect([published.title, published.translation?.es, published.translation?.fr]).toEqual([
      'Ronda en español',
      'approved',
      'coming_soon',
    ])
    const events = await loose().find({
      collection: 'workflow-events',
      depth: 1,
      sort: 'createdAt',
      where: { document: { equals: String(id) } },
    })
    expect(
      events.docs.map((event) => [
        event.transition,
        event.locale,
        (event.user as { email: string }).email,
      ]),
    ).toEqual([
      ['submit', 'en', 'editor@staff.test'],
      ['approve', 'en', 'reviewer2@staff.test'],
      ['publish', 'en', 'reviewer2@staff.test'],
      ['submit_translation', 'es', 'translator@staff.test'],
      ['approve_translation', 'es', 'reviewer@staff.test'],
    ])
  })

  it('signs staff in at /api/staff/login and runs the Spanish round over REST', async () => {
    const { id } = await draftNote('REST round')
    const [editor, reviewer, translator] = await Promise.all([
      tokenOf(people.editor),
      tokenOf(people.reviewer),
      tokenOf(people.translator),
    ])
    for (const [token, name] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [reviewer, 'publish'],
    ] as const) {
      expect((await rest('POST', `/api/${NOTES}/${id}/workflow/${name}`, token)).status).toBe(200)
    }
    await translate(id, 'es', { title: 'Ronda REST' })
    expect(
      (
        await rest('POST', `/api/${NOTES}/${id}/workflow/submit_translation`, translator, {
          locale: 'es',
        })
      ).status,
    ).toBe(200)
    const refused = await rest(
      'POST',
      `/api/${NOTES}/${id}/workflow/approve_translation`,
      translator,
      { locale: 'es' },
    )
    expect([
      refused.status,
      ((await refused.json()) as { errors: { data?: { code?: string } }[] }).errors[0]?.data?.code,
    ]).toEqual([403, 'role'])
    expect(
      (
        await rest('POST', `/api/${NOTES}/${id}/workflow/approve_translation`, reviewer, {
          locale: 'es',
        })
      ).status,
    ).toBe(200)
    const status = (await (await rest('GET', `/api/${NOTES}/${id}/workflow`, reviewer)).json()) as {
      state: string
      translations: Record<string, { status: string }>
    }
    expect([status.state, status.translations.es?.status, status.translations.fr?.status]).toEqual([
      'published',
      'approved',
      'not_started',
    ])
    const published = (await (
      await rest('GET', `/api/${NOTES}/${id}?locale=es`, reviewer)
    ).json()) as Note
    // Only the title was translated: Spanish readers get it, and the summary in English.
    expect([published.title, published.translation]).toEqual([
      'Ronda REST',
      {
        es: 'partial',
        fallbackFields: { es: ['summary'], fr: ['title', 'summary'] },
        fr: 'coming_soon',
      },
    ])
  })

  it('exchanges a Spanish XLIFF file whose source language is the sourceLocale', async () => {
    const { id } = await draftNote('File round')
    const xml = await exportTranslation(await reqAs(people.translator), options(), {
      collection: NOTES,
      id,
      locale: 'es',
    })
    expect(parseXliff(xml)).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'es' })
    const translated = xml.replace(
      /<source>File round<\/source>/,
      '<source>File round</source><target>Ronda de archivo</target>',
    )
    const imported = await importTranslation(
      await reqAs(people.translator),
      options(),
      { collection: NOTES, id, locale: 'es' },
      translated,
    )
    expect(imported).toMatchObject({ imported: ['title'], incomplete: ['summary'] })
    expect((await read(id, 'es')).title).toBe('Ronda de archivo')
  })
})

describe('XLIFF with another source locale', () => {
  const fields = [{ kind: 'text' as const, name: 'title', source: 'Bonjour', target: 'Hola' }]
  const translated = exportXliff({
    collection: NOTES,
    fields,
    id: 1,
    sourceHashes: { title: 'h' },
    sourceLocale: 'fr',
    targetLocale: 'es',
  })
  const expectation = {
    collection: NOTES,
    currentSourceHashes: { title: 'h' },
    fields,
    id: 1,
    targetLocale: 'es',
  }

  it('imports a file from the configured source locale and refuses one from another', () => {
    expect(applyXliff(parseXliff(translated), { ...expectation, sourceLocale: 'fr' })).toEqual({
      data: { title: 'Hola' },
      incomplete: [],
    })
    expect(() =>
      applyXliff(parseXliff(translated), { ...expectation, sourceLocale: 'en' }),
    ).toThrow(expect.objectContaining({ code: 'wrong_locale' }))
  })
})
