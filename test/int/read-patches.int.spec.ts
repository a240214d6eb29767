import { postgresAdapter } from '@payloadcms/db-postgres'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, type CollectionSlug, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createTestDatabase } from '../helpers/database'
import { stopPayload } from '../helpers/stopPayload'

// Payload's afterRead after patches/payload+3.90.1.patch, which skips UI fields and the fields a
// select leaves out before its per-field step (patches/README.md, changes 1 and 2). These reads pin
// what the step still does: each case would answer differently if a patch skipped a field it must not.
const PROBES = 'read-probes' as CollectionSlug

let payload: Payload
let database: Awaited<ReturnType<typeof createTestDatabase>>
let id: number

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUri'))
  const config = buildConfig({
    collections: [
      {
        slug: PROBES,
        access: { read: () => true },
        fields: [
          { name: 'code', type: 'text' },
          { name: 'title', type: 'text', localized: true },
          {
            name: 'meta',
            type: 'group',
            fields: [
              { name: 'a', type: 'text' },
              { name: 'b', type: 'text' },
            ],
          },
          {
            name: 'hooked',
            type: 'group',
            fields: [
              {
                name: 'v',
                type: 'text',
                hooks: {
                  afterRead: [
                    ({ value }) => (typeof value === 'string' ? value.toUpperCase() : value),
                  ],
                },
              },
            ],
          },
          { name: 'secret', type: 'text', access: { read: () => false } },
          { name: 'note', type: 'text', hidden: true },
          { name: 'data', type: 'json' },
        ],
      },
    ],
    db: postgresAdapter({ pool: { connectionString: database.uri } }),
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'fr'] },
    secret: 'read-patches-test-secret',
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.join(os.tmpdir(), 'read-patches-payload-types.ts'),
    },
  })
  payload = await getPayload({ config, key: 'read-patches' })
  const doc = await payload.create({
    collection: PROBES,
    data: {
      code: 'c-1',
      data: { n: 1 },
      hooked: { v: 'quiet' },
      meta: { a: 'alpha', b: 'beta' },
      note: 'staff note',
      secret: 's3cret',
      title: 'English title',
    } as never,
    locale: 'en',
  })
  id = doc.id as number
})

afterAll(() => stopPayload(payload, 'read-patches', database))

const read = (args: Record<string, unknown> = {}) =>
  payload.findByID({
    collection: PROBES,
    id,
    overrideAccess: false,
    ...args,
  }) as unknown as Promise<Record<string, unknown>>

describe("Payload's afterRead after the read patches (Local API)", () => {
  it('answers plain fields as stored, runs field hooks and read access, drops hidden fields', async () => {
    const doc = await read({ locale: 'en' })
    expect(doc).toMatchObject({
      code: 'c-1',
      data: { n: 1 },
      hooked: { v: 'QUIET' },
      meta: { a: 'alpha', b: 'beta' },
      title: 'English title',
    })
    expect('secret' in doc).toBe(false)
    expect('note' in doc).toBe(false)
  })

  it('falls back to English for a localized field French has not filled, and answers every locale with locale=all', async () => {
    expect((await read({ locale: 'fr' })).title).toBe('English title')
    expect((await read({ fallbackLocale: false, locale: 'fr' })).title).toBeUndefined()
    expect((await read({ locale: 'all' })).title).toEqual({ en: 'English title' })
  })

  it('applies a select into a group of plain fields, in include and in exclude form', async () => {
    const included = await read({ locale: 'en', select: { meta: { a: true } } })
    expect(included).toEqual({ id, meta: { a: 'alpha' } })
    const excluded = await read({ locale: 'en', select: { meta: { b: false } } })
    expect(excluded.meta).toEqual({ a: 'alpha' })
    expect(excluded.code).toBe('c-1')
  })

  it('applies a select into a group to the document a write returns, which the database read in full', async () => {
    const updated = (await payload.update({
      collection: PROBES,
      data: { code: 'c-2' } as never,
      id,
      locale: 'en',
      select: { meta: { a: true } } as never,
    })) as unknown as Record<string, unknown>
    expect(updated).toEqual({ id, meta: { a: 'alpha' } })
  })
})
