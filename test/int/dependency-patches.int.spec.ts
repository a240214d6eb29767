import { postgresAdapter } from '@payloadcms/db-postgres'
import { createHook } from 'node:async_hooks'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import pg from 'pg'
import { buildConfig, type CollectionSlug, type Field, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createTestDatabase } from '../helpers/database'
import { stopPayload } from '../helpers/stopPayload'

// One case per change in patches/ to Payload and its PostgreSQL adapter, on a vanilla config (no
// plugin, no app): each fails when its change is missing (patches/README.md, "Checked by").
const MARKED = 'marked' as CollectionSlug
const WITH_UI = 'with-ui' as CollectionSlug
const WIDE = 'wide' as CollectionSlug
const FLAT = 'flat' as CollectionSlug
const EXTRA = 40

const markedFields: Field[] = [
  { name: 'code', type: 'text' },
  { name: 'title', type: 'text', localized: true },
  // A group with one field per locale, as the workflow's marker `translation.fr`.
  { name: 'translation', type: 'group', fields: [{ name: 'fr', type: 'text' }] },
]
const many = (make: (index: number) => Field) =>
  Array.from({ length: EXTRA }, (_, index) => make(index))

let payload: Payload
let database: Awaited<ReturnType<typeof createTestDatabase>>
const ids: Record<string, number> = {}

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  const config = buildConfig({
    collections: [
      { slug: MARKED, access: { read: () => true }, fields: markedFields },
      {
        slug: WITH_UI,
        access: { read: () => true },
        fields: [
          ...markedFields,
          ...many((index) => ({
            name: `ui${index}`,
            type: 'ui',
            admin: { components: { Field: '/nowhere#Nothing' } },
          })),
        ],
      },
      {
        slug: WIDE,
        access: { read: () => true },
        fields: [...markedFields, ...many((index) => ({ name: `extra${index}`, type: 'text' }))],
      },
      {
        slug: FLAT,
        access: { read: () => true },
        fields: [
          { name: 'code', type: 'text' },
          { name: 'count', type: 'number' },
        ],
      },
    ],
    db: postgresAdapter({ pool: { connectionString: database.uri } }),
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'fr'] },
    secret: 'dependency-patches-test-secret',
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.join(os.tmpdir(), 'dependency-patches-payload-types.ts'),
    },
  })
  payload = await getPayload({ config, key: 'dependency-patches' })
  for (const collection of [MARKED, WITH_UI, WIDE]) {
    const doc = await payload.create({
      collection,
      data: { code: 'c-1', title: 'English title', translation: { fr: 'approved' } } as never,
      locale: 'en',
    })
    await payload.update({
      collection,
      data: { title: 'Titre français' } as never,
      id: doc.id,
      locale: 'fr',
    })
    ids[collection] = doc.id as number
  }
})

afterAll(() => stopPayload(payload, 'dependency-patches', database))

/** How many promises `work` creates: Payload's afterRead makes at least one per field it hands to its per-field step. */
const promisesMadeBy = async (work: () => Promise<unknown>) => {
  let made = 0
  const hook = createHook({ init: (_id, type) => void (type === 'PROMISE' && (made += 1)) })
  hook.enable()
  try {
    await work()
  } finally {
    hook.disable()
  }
  return made
}
const fewestPromises = async (work: () => Promise<unknown>) => {
  const counts: number[] = []
  for (let attempt = 0; attempt < 3; attempt += 1) counts.push(await promisesMadeBy(work))
  return Math.min(...counts)
}

describe('payload change 1: afterRead does not hand UI fields to its per-field step', () => {
  it(`a document with ${EXTRA} UI fields is read with no more promises than one without`, async () => {
    const read = (collection: CollectionSlug) => () =>
      payload.findByID({ collection, id: ids[collection]!, locale: 'en', overrideAccess: false })
    const plain = await fewestPromises(read(MARKED))
    const withUi = await fewestPromises(read(WITH_UI))
    expect(withUi - plain).toBeLessThan(EXTRA / 4)
  })
})

describe('payload change 2: fields a select leaves out get no per-field step', () => {
  it(`select[code]=true on a document with ${EXTRA} more text fields makes no more promises`, async () => {
    const read = (collection: CollectionSlug) => () =>
      payload.findByID({
        collection,
        id: ids[collection]!,
        locale: 'en',
        overrideAccess: false,
        select: { code: true } as never,
      })
    expect(await read(WIDE)()).toEqual({ code: 'c-1', id: ids[WIDE] })
    const narrow = await fewestPromises(read(MARKED))
    const wide = await fewestPromises(read(WIDE))
    expect(wide - narrow).toBeLessThan(EXTRA / 4)
  })
})

describe('payload change 3: a where on a field named like the locale', () => {
  it('filters on translation.fr in French as in English, for a caller without overrideAccess', async () => {
    const where = { 'translation.fr': { equals: 'approved' } }
    for (const locale of ['en', 'fr'] as const) {
      const found = await payload.find({ collection: MARKED, locale, overrideAccess: false, where })
      expect(found.docs.map((doc) => doc.id)).toEqual([ids[MARKED]])
    }
    const none = await payload.find({
      collection: MARKED,
      locale: 'fr',
      overrideAccess: false,
      where: { 'translation.fr': { equals: 'partial' } },
    })
    expect(none.docs).toEqual([])
  })

  it('still reads a localized field by its locale suffix (title.fr) as before', async () => {
    const found = await payload.find({
      collection: MARKED,
      locale: 'fr',
      overrideAccess: false,
      where: { 'title.fr': { equals: 'Titre français' } },
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([ids[MARKED]])
  })
})

describe('drizzle change 1: localized rows are copied without a hidden class each', () => {
  it('copies of locale rows with the same keys share one V8 map', async () => {
    v8.setFlagsFromString('--allow-natives-syntax')
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
      a: object,
      b: object,
    ) => boolean
    const copies: object[] = []
    const assign = Object.assign
    Object.assign = ((target: object, ...sources: object[]) => {
      const result = assign(target, ...sources)
      const localeRow = sources.at(-1) as Record<string, unknown> | undefined
      if (sources.length === 2 && localeRow && typeof localeRow._locale === 'string')
        copies.push(result)
      return result
    }) as typeof Object.assign
    try {
      for (const collection of [MARKED, WITH_UI, WIDE])
        await payload.find({ collection, depth: 0, locale: 'all' })
    } finally {
      Object.assign = assign
    }
    // Three collections, one localized field, two locales.
    expect(copies.length).toBeGreaterThanOrEqual(6)
    const firstOfShape = new Map<string, object>()
    for (const copy of copies) {
      const keys = Object.keys(copy).join(',')
      if (!firstOfShape.has(keys)) firstOfShape.set(keys, copy)
      expect(sameMap(copy, firstOfShape.get(keys)!)).toBe(true)
    }
  })
})

describe('drizzle change 2: the adapter does not walk the fields a select leaves out', () => {
  it(`answers a select[code]=true row without the ${EXTRA} text fields it did not read`, async () => {
    const found = await payload.db.find({
      collection: WIDE,
      limit: 1,
      locale: 'en',
      req: {} as never,
      select: { code: true } as never,
      where: { id: { equals: ids[WIDE] } },
    })
    const doc = found.docs[0] as Record<string, unknown>
    expect(Object.keys(doc).filter((key) => key.startsWith('extra'))).toEqual([])
  })
})

describe('drizzle change 3: a create on a table with nothing stored elsewhere is not read back', () => {
  it('sends the INSERT … RETURNING and no SELECT of the row it returned', async () => {
    const statements: string[] = []
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text
      if (text) statements.push(text)
      return query.apply(this, args)
    } as typeof pg.Client.prototype.query
    let created: Record<string, unknown>
    try {
      created = (await payload.create({
        collection: FLAT,
        data: { code: 'flat-1', count: 3 } as never,
        depth: 0,
      })) as unknown as Record<string, unknown>
    } finally {
      pg.Client.prototype.query = query as typeof pg.Client.prototype.query
    }
    expect(created).toMatchObject({ code: 'flat-1', count: 3 })
    expect(await payload.findByID({ collection: FLAT, id: created.id as number })).toEqual(created)
    const flat = statements.filter((text) => /"flat"/.test(text))
    expect(flat.filter((text) => /^\s*insert/i.test(text))).toHaveLength(1)
    expect(flat.filter((text) => /^\s*select/i.test(text))).toEqual([])
  })
})
