import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasUsers, seed, SeedDataError, SeedRefusedError, type SeedResult } from '../../seed'
import { seedData } from '../../seed/data'
import { transitionDocument } from '../../src/index'
import { readEnv } from '../../src/app/env'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { startSmtpReceiver } from '../helpers/smtpReceiver'
import {
  BRIEFING_NOTES,
  CONFERENCES,
  INFOGRAPHICS,
  MEDIA,
  PARTNERS,
  RECORDINGS,
  STATEMENTS,
  USERS,
} from '../helpers/slugs'

const VERSIONED = [
  STATEMENTS,
  BRIEFING_NOTES,
  INFOGRAPHICS,
  RECORDINGS,
  CONFERENCES,
  PARTNERS,
] as const
const ALL = [...VERSIONED, MEDIA, USERS] as const

let ctx: TestContext
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>
const lines: string[] = []
const log = (line: string) => lines.push(line)

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  // A real adapter, as a deployment that runs the seed would have: it must not mail the demo people.
  ctx = await initPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.close()
})

/** Every document's id and updatedAt, and the number of versions, per collection. */
const snapshot = async () => {
  const entries = await Promise.all(
    ALL.map(async (collection) => {
      const { docs } = await payload.find({ collection, depth: 0, pagination: false, sort: 'id' })
      const versions = (VERSIONED as readonly string[]).includes(collection)
        ? (await payload.countVersions({ collection: collection as (typeof VERSIONED)[number] }))
            .totalDocs
        : 0
      return [
        collection,
        { docs: docs.map((doc) => `${doc.id}@${doc.updatedAt}`), versions },
      ] as const
    }),
  )
  return Object.fromEntries(entries)
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

const statementBySlug = async (slug: string) => {
  const { docs } = await payload.find({
    collection: STATEMENTS,
    depth: 0,
    draft: true,
    locale: 'en',
    where: { slug: { equals: slug } },
  })
  expect(docs).toHaveLength(1)
  return docs[0]!
}

describe('seed', () => {
  let first: SeedResult

  it('fills an empty database with the demo content, in English and French', async () => {
    expect(await hasUsers(payload)).toBe(false)
    first = await seed(payload, { log })

    const expected = {
      [BRIEFING_NOTES]: 6,
      [CONFERENCES]: 3,
      [INFOGRAPHICS]: 6,
      [MEDIA]: 29, // 6 statement PDFs and a French one, 6 briefing-note PDFs, 4 caption files, 6 × 2 infographic images
      [PARTNERS]: 4,
      [RECORDINGS]: 4,
      [STATEMENTS]: 7,
      [USERS]: 5,
    }
    for (const [collection, count] of Object.entries(expected) as [
      keyof typeof expected,
      number,
    ][]) {
      expect({ collection, created: first.counts[collection].created }).toEqual({
        collection,
        created: count,
      })
      expect((await payload.count({ collection })).totalDocs).toBe(count)
    }
    expect(first.created).toBe(64)
    expect(first.skipped).toBe(0)
    expect(lines).toContain('policy-statements: 7 created, 0 skipped')
    expect(await hasUsers(payload)).toBe(true)
  })

  it('publishes six statements and announces Gender-Diverse Migrants (its published row is the stub)', async () => {
    // The published row (not the latest version: a publish may leave a translator's draft after it).
    const { docs } = await payload.find({
      collection: STATEMENTS,
      depth: 0,
      locale: 'en',
      pagination: false,
    })
    const statuses = Object.fromEntries(docs.map((doc) => [doc.slug, doc._status]))
    expect(statuses).toEqual({
      'closed-work-permits': 'published',
      'employment-rights': 'published',
      'gender-based-violence': 'published',
      'gender-diverse-migrants': 'published',
      regularization: 'published',
      'reproductive-justice': 'published',
      'sex-work-and-migration': 'published',
    })
    const published = await payload.find({
      collection: STATEMENTS,
      overrideAccess: false,
      pagination: false,
      where: { status: { equals: 'published' } },
    })
    expect(published.docs.map((doc) => doc.slug).sort()).not.toContain('gender-diverse-migrants')
    expect(published.totalDocs).toBe(6)
  })

  it('gives the statements honest French markers, one of each: approved, partial, outdated, coming_soon', async () => {
    const { docs } = await payload.find({
      collection: STATEMENTS,
      depth: 0,
      locale: 'fr',
      overrideAccess: false,
      pagination: false,
      sort: 'id',
    })
    const markers = Object.fromEntries(
      docs.map((doc) => [
        doc.alternates?.en,
        [doc.translation?.fr, doc.translation?.fallbackFields?.fr],
      ]),
    )
    expect(markers).toMatchObject({
      'closed-work-permits': [
        'coming_soon',
        ['title', 'slug', 'summary', 'body', 'recommendations', 'statementPdf'],
      ],
      'employment-rights': ['outdated', ['summary', 'body', 'recommendations', 'statementPdf']],
      'gender-based-violence': ['partial', ['body', 'recommendations', 'statementPdf']],
      regularization: ['approved', []],
      'reproductive-justice': ['partial', ['body', 'recommendations', 'statementPdf']],
      'sex-work-and-migration': ['partial', ['body', 'recommendations', 'statementPdf']],
    })
  })

  it('translates Regularization in full, with a French PDF; a partial statement serves its English body in French', async () => {
    const english = await statementBySlug('regularization')
    const french = await payload.findByID({
      collection: STATEMENTS,
      depth: 1,
      fallbackLocale: false,
      id: english.id,
      locale: 'fr',
      overrideAccess: false,
    })
    expect([french.title, french.slug]).toEqual(['Régularisation', 'regularisation'])
    expect(french.summary).toMatch(/^Les femmes et les personnes de la diversité de genre/)
    expect(JSON.stringify(french.body)).toContain('le statut est la base de tous les autres droits')
    expect(french.recommendations).toHaveLength(english.recommendations!.length)
    expect(french.statementPdf).toMatchObject({
      filename: 'policy-statement-regularization-fr.pdf',
      language: 'fr',
    })
    const english_ = await payload.findByID({
      collection: STATEMENTS,
      depth: 1,
      id: english.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english_.statementPdf).toMatchObject({
      filename: 'policy-statement-regularization.pdf',
      language: 'en',
    })

    const partial = await statementBySlug('reproductive-justice')
    const withFallback = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      id: partial.id,
      locale: 'fr',
      overrideAccess: false,
    })
    const none = await payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      fallbackLocale: false,
      id: partial.id,
      locale: 'fr',
      overrideAccess: false,
    })
    expect([withFallback.title, withFallback.body]).toEqual(['Justice reproductive', partial.body])
    expect([none.title, none.body]).toEqual(['Justice reproductive', null])
  })

  it('uploads a different image per language for each infographic', async () => {
    const { docs } = await payload.find({
      collection: INFOGRAPHICS,
      depth: 0,
      locale: 'all',
      pagination: false,
    })
    expect(docs).toHaveLength(6)
    for (const doc of docs) {
      const image = doc.image as unknown as { en: number; fr: number }
      const altText = doc.altText as unknown as { en: string; fr: string }
      expect(typeof image.en).toBe('number')
      expect(typeof image.fr).toBe('number')
      expect(image.fr).not.toBe(image.en)
      expect(altText.fr).not.toBe(altText.en)
      const [en, fr] = await Promise.all(
        [image.en, image.fr].map((id) => payload.findByID({ collection: MEDIA, id, locale: 'fr' })),
      )
      expect([en!.mimeType, en!.width, en!.height, fr!.mimeType]).toEqual([
        'image/png',
        1200,
        800,
        'image/png',
      ])
      expect(en!.filename).toMatch(/-en\.png$/)
      expect(fr!.filename).toMatch(/-fr\.png$/)
      expect(fr!.alt).toMatch(/^Infographie « .+ », version en français$/)
    }
  })

  it('links recordings to their conference with WebVTT captions, and notes and infographics to statements', async () => {
    const { docs: conferences } = await payload.find({
      collection: CONFERENCES,
      depth: 0,
      locale: 'en',
      pagination: false,
    })
    const bangkok = conferences.find(
      (doc) => doc.slug === 'international-migrants-alliance-global-assembly-2023',
    )
    expect(bangkok?.place).toBe('Bangkok, Thailand')
    expect([bangkok?.startDate.slice(0, 10), bangkok?.endDate?.slice(0, 10)]).toEqual([
      '2023-11-30',
      '2023-12-03',
    ])

    const { docs: recordings } = await payload.find({
      collection: RECORDINGS,
      depth: 1,
      pagination: false,
    })
    expect(recordings).toHaveLength(4)
    for (const recording of recordings) {
      const conference = recording.conference as { slug?: null | string }
      expect(conference.slug).toBe('3rd-national-annual-conference')
      expect(recording.recordedOn.slice(0, 7)).toBe('2024-03')
      expect(recording.videoUrl).toMatch(/^https:\/\/www\.youtube\.com\/embed\/placeholder0\d$/)
      const captions = recording.captions as { filename: string; mimeType: string }
      expect(captions.mimeType).toBe('text/vtt')
      const vtt = readFileSync(path.join(process.env.MEDIA_DIR!, captions.filename), 'utf8')
      expect(vtt.startsWith('WEBVTT\n')).toBe(true)
    }

    const statement = await statementBySlug('closed-work-permits')
    const { docs: notes } = await payload.find({
      collection: BRIEFING_NOTES,
      depth: 1,
      where: { statement: { equals: statement.id } },
    })
    expect(notes.map((note) => note.slug)).toEqual(['briefing-note-closed-work-permits'])
    const pdf = notes[0]!.pdf as { filename: string; mimeType: string }
    expect(pdf.mimeType).toBe('application/pdf')
    expect(readFileSync(path.join(process.env.MEDIA_DIR!, pdf.filename), 'latin1')).toMatch(
      /^%PDF-1\.4[\s\S]*xref[\s\S]*%%EOF\n$/,
    )
    const infographics = await payload.count({
      collection: INFOGRAPHICS,
      where: { statement: { equals: statement.id } },
    })
    expect(infographics.totalDocs).toBe(1)
  })

  it('creates the demo users with their roles and the development password', async () => {
    const { docs } = await payload.find({ collection: USERS, depth: 0, pagination: false })
    expect(Object.fromEntries(docs.map((user) => [user.email, user.roles]))).toEqual({
      'admin@example.org': ['admin'],
      'editor@example.org': ['editor'],
      'reviewer2@example.org': ['reviewer'],
      'reviewer@example.org': ['reviewer'],
      'translator@example.org': ['translator'],
    })
    expect(docs.every((user) => user.name.length > 0)).toBe(true)
    const { user } = await payload.login({
      collection: USERS,
      data: { email: 'reviewer2@example.org', password: readEnv().SEED_DEMO_PASSWORD },
    })
    expect(user?.email).toBe('reviewer2@example.org')
  })

  it('lets readers have the files of published content, and no other file (issue [1/7])', async () => {
    const uploadFields = {
      [BRIEFING_NOTES]: 'pdf',
      [INFOGRAPHICS]: 'image',
      [RECORDINGS]: 'captions',
      [STATEMENTS]: 'statementPdf',
    } as const
    const used = new Set<number>()
    for (const [collection, field] of Object.entries(uploadFields)) {
      const { docs } = await payload.find({
        collection: collection as typeof STATEMENTS,
        depth: 0,
        locale: 'all',
        overrideAccess: false,
        pagination: false,
      })
      for (const doc of docs)
        for (const id of Object.values(
          ((doc as unknown as Record<string, unknown>)[field] ?? {}) as Record<string, unknown>,
        ))
          if (typeof id === 'number') used.add(id)
    }
    const readable = await payload.find({
      collection: MEDIA,
      depth: 0,
      overrideAccess: false,
      pagination: false,
    })
    expect(used.size).toBeGreaterThan(10)
    expect(readable.docs.map(({ id }) => id).sort((a, b) => a - b)).toEqual(
      [...used].sort((a, b) => a - b),
    )
  })

  it('changes nothing when run a second time', async () => {
    const before = await snapshot()
    const second = await seed(payload, { log: () => undefined })
    expect(await snapshot()).toEqual(before)
    expect(second.created).toBe(0)
    expect(second.counts[STATEMENTS]).toEqual({ created: 0, skipped: 7 })
    expect(second.counts[USERS]).toEqual({ created: 0, skipped: 5 })
    expect(second.skipped).toBe(35)
  })

  it('refuses to run in production unless forced, and writes nothing when it refuses', async () => {
    const before = await snapshot()
    const refused = seed(payload, { env: 'production', log: () => undefined })
    await expect(refused).rejects.toThrow(SeedRefusedError)
    await expect(refused).rejects.toThrow(/SEED_FORCE=true/)
    expect(await snapshot()).toEqual(before)

    const forced = await seed(payload, { env: 'production', force: true, log: () => undefined })
    expect(forced.created).toBe(0)
    expect(forced.counts[USERS]).toEqual({ created: 0, skipped: 0 })
  })

  it('rejects bad seed data before writing, naming the entry and the field', async () => {
    const before = await snapshot()
    const [statement] = seedData[STATEMENTS]
    const broken = {
      ...statement!,
      recommendations: [],
      slug: 'new-statement',
      topic: 'not-a-topic' as 'regularization',
    }
    const run = seed(payload, {
      data: { ...seedData, [STATEMENTS]: [broken] },
      log: () => undefined,
    })
    await expect(run).rejects.toThrow(SeedDataError)
    const { problems } = (await run.catch((error: unknown) => error)) as SeedDataError
    // Each problem starts with the entry (collection, index, natural key) and the field.
    expect(problems.map((problem) => problem.slice(0, problem.indexOf(': ')))).toEqual(
      expect.arrayContaining([
        'policy-statements[0] "new-statement" recommendations',
        'policy-statements[0] "new-statement" topic',
      ]),
    )
    expect(await snapshot()).toEqual(before)
  })

  it('announces Gender-Diverse Migrants: readers get its stub as coming soon, staff keep the draft it was announced from', async () => {
    const { docs } = await payload.find({
      collection: STATEMENTS,
      depth: 0,
      overrideAccess: false,
      where: { status: { equals: 'coming_soon' } },
    })
    expect(
      docs.map((doc) => [
        doc.slug,
        doc.title,
        doc.topic,
        doc.summary?.startsWith('The Alliance is preparing'),
        doc.body ?? null,
        doc.translation?.fr,
      ]),
    ).toEqual([
      [
        'gender-diverse-migrants',
        'Gender-Diverse Migrants',
        'gender-diverse-migrants',
        true,
        null,
        'coming_soon',
      ],
    ])
    const draft = await statementBySlug('gender-diverse-migrants')
    expect([
      draft.workflow?.state,
      JSON.stringify(draft.body).includes('in preparation'),
      draft.recommendations?.length,
    ]).toEqual(['draft', true, 2])
    const [reviewer] = (
      await payload.find({
        collection: USERS,
        where: { email: { equals: 'reviewer@example.org' } },
      })
    ).docs
    const events = await payload.find({
      collection: 'workflow-events',
      depth: 0,
      where: {
        and: [{ document: { equals: String(draft.id) } }, { transition: { equals: 'announce' } }],
      },
    })
    expect(
      events.docs.map((event) => [
        idOf(event.user),
        event.contentHash === draft.workflow?.announcedHash,
      ]),
    ).toEqual([[reviewer!.id, true]])
  })

  it('e-mails nobody for the demo work it does, while a transition made afterwards e-mails as usual', async () => {
    // The seed's ~150 transitions would have mailed within a second or two of their commits.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(smtp.mails.map((mail) => mail.subject)).toEqual([])
    const [editor] = (
      await payload.find({ collection: USERS, where: { email: { equals: 'editor@example.org' } } })
    ).docs
    const draft = await statementBySlug('gender-diverse-migrants')
    const req = await createLocalReq({ user: { ...editor!, collection: USERS } }, payload)
    await transitionDocument(req, { collection: STATEMENTS, id: draft.id, name: 'submit' })
    const mail = await smtp.waitFor((m) => m.subject.startsWith('Review requested'))
    expect(mail.subject).toContain('Gender-Diverse Migrants')
  })
})
