import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validationMessages } from '../helpers/errors'
import { pdfFile, pngFile, vttFile } from '../helpers/files'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { CONFERENCES, MEDIA, PARTNERS, RECORDINGS, STATEMENTS } from '../helpers/slugs'

let ctx: TestContext
let payload: Payload
let conferenceId: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  const conference = await payload.create({
    collection: CONFERENCES,
    data: { name: 'Conf', place: 'Online', slug: 'conf', startDate: '2024-03-21' },
  })
  conferenceId = conference.id
})
afterAll(async () => ctx?.cleanup())

const statement = (slug: string, title = 'A statement') => ({
  slug,
  title,
  topic: 'regularization' as const,
})

describe('slug (Local API)', () => {
  it('is unique per locale, with a message naming the slug and language', async () => {
    await payload.create({ collection: STATEMENTS, data: statement('closed-work-permits') })
    const errors = await validationMessages(
      payload.create({ collection: STATEMENTS, data: statement('closed-work-permits') }),
    )
    expect(errors.slug).toBe(
      'Slug "closed-work-permits" is already used in English by another document: choose a different slug.',
    )
    const { totalDocs } = await payload.count({
      collection: STATEMENTS,
      where: { slug: { equals: 'closed-work-permits' } },
    })
    expect(totalDocs).toBe(1)
  })

  it('may repeat across locales but not within French', async () => {
    const first = await payload.create({
      collection: STATEMENTS,
      data: statement('sex-work-and-migration'),
    })
    const second = await payload.create({
      collection: STATEMENTS,
      data: statement('travail-du-sexe'),
    })
    // The same word in the other language is not a clash.
    await payload.update({
      collection: STATEMENTS,
      data: { slug: 'sex-work-and-migration' },
      id: second.id,
      locale: 'fr',
    })
    const errors = await validationMessages(
      payload.update({
        collection: STATEMENTS,
        data: { slug: 'sex-work-and-migration' },
        id: first.id,
        locale: 'fr',
      }),
    )
    expect(errors.slug).toBe(
      'Slug "sex-work-and-migration" is already used in French by another document: choose a different slug.',
    )
    const firstFr = await payload.findByID({
      collection: STATEMENTS,
      fallbackLocale: false,
      id: first.id,
      locale: 'fr',
    })
    expect(firstFr.slug ?? null).toBeNull()
  })

  it('refuses a badly formed slug and fills a missing one from the title', async () => {
    const errors = await validationMessages(
      payload.create({ collection: STATEMENTS, data: statement('Bad Slug!') }),
    )
    expect(errors.slug).toBe(
      'Slug "Bad Slug!" may hold only lowercase letters, digits and single hyphens, e.g. "closed-work-permits".',
    )
    const doc = await payload.create({
      collection: STATEMENTS,
      data: { title: 'Gender-Based Violence', topic: 'gender-based-violence' },
    })
    expect(doc.slug).toBe('gender-based-violence')
  })
})

describe('conference recordings (Local API)', () => {
  const recording = (videoUrl: string, extra: Record<string, unknown> = {}) => ({
    conference: conferenceId,
    recordedOn: '2024-03-21',
    title: `Session ${Math.random().toString(36).slice(2, 8)}`,
    videoUrl,
    ...extra,
  })

  it('refuses http video URLs', async () => {
    const errors = await validationMessages(
      payload.create({
        collection: RECORDINGS,
        data: recording('http://www.youtube.com/embed/abc'),
      }),
    )
    expect(errors.videoUrl).toBe('Video URL must use https (got http): use the https:// link.')
  })

  it('refuses hosts outside the allow-list', async () => {
    const errors = await validationMessages(
      payload.create({
        collection: RECORDINGS,
        data: recording('https://evil.example.com/embed/abc'),
      }),
    )
    expect(errors.videoUrl).toMatch(
      /^Video host "evil\.example\.com" is not allowed: use a link from www\.youtube\.com, /,
    )
  })

  it('accepts WebVTT captions and refuses any other file as captions', async () => {
    const vtt = await payload.create({
      collection: MEDIA,
      data: { alt: 'captions' },
      file: vttFile('captions.vtt'),
    })
    const ok = await payload.create({
      collection: RECORDINGS,
      data: recording('https://player.vimeo.com/video/1', { captions: vtt.id }),
    })
    expect(ok.videoUrl).toBe('https://player.vimeo.com/video/1')
    const png = await payload.create({
      collection: MEDIA,
      data: { alt: 'not captions' },
      file: await pngFile('frame.png'),
    })
    const errors = await validationMessages(
      payload.create({
        collection: RECORDINGS,
        data: recording('https://www.youtube.com/embed/x', { captions: png.id }),
      }),
    )
    expect(errors.captions).toBe('Captions must be a WebVTT (.vtt) file; "frame.png" is image/png.')
  })
})

describe('other fields (Local API)', () => {
  it('title is required in English only', async () => {
    const errors = await validationMessages(
      payload.create({
        collection: STATEMENTS,
        data: { slug: 'untitled', topic: 'regularization' },
      }),
    )
    expect(errors.title).toBe('Title is required in English: fill it in.')
    const doc = await payload.create({
      collection: STATEMENTS,
      data: statement('titled', 'Titled'),
    })
    const fr = await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Résumé seulement' },
      id: doc.id,
      locale: 'fr',
    })
    expect([fr.summary, fr.title]).toEqual(['Résumé seulement', 'Titled'])
  })

  it('statement PDF must be a PDF', async () => {
    const png = await payload.create({
      collection: MEDIA,
      data: { alt: 'cover' },
      file: await pngFile('cover.png'),
    })
    const errors = await validationMessages(
      payload.create({
        collection: STATEMENTS,
        data: { ...statement('reproductive-justice'), statementPdf: png.id },
      }),
    )
    expect(errors.statementPdf).toBe('Statement PDF must be a PDF file; "cover.png" is image/png.')
    const pdf = await payload.create({
      collection: MEDIA,
      data: {},
      file: pdfFile('statement.pdf'),
    })
    const doc = await payload.create({
      collection: STATEMENTS,
      data: { ...statement('reproductive-justice'), statementPdf: pdf.id },
    })
    expect(doc.statementPdf).toMatchObject({ mimeType: 'application/pdf' })
  })

  it('statement PDF must name a media file that exists, and nothing is written otherwise', async () => {
    for (const [id, shown] of [
      [999999, '999999'],
      ['not-an-id', 'not-an-id'],
    ] as const) {
      const errors = await validationMessages(
        payload.create({
          collection: STATEMENTS,
          data: { ...statement(`missing-pdf-${shown}`), statementPdf: id as never },
        }),
      )
      expect(errors.statementPdf).toBe(
        `Statement PDF: media ${shown} does not exist; upload a PDF file.`,
      )
      const { totalDocs } = await payload.count({
        collection: STATEMENTS,
        where: { slug: { equals: `missing-pdf-${shown}` } },
      })
      expect(totalDocs).toBe(0)
    }
  })

  it('conference end date cannot precede its start', async () => {
    const errors = await validationMessages(
      payload.create({
        collection: CONFERENCES,
        data: {
          endDate: '2009-02-01',
          name: 'London',
          place: 'London, U.K.',
          startDate: '2009-02-02',
        },
      }),
    )
    expect(errors.endDate).toBe(
      'End date is before the start date: set an end date on or after the start.',
    )
  })

  it('partner website must be https', async () => {
    const errors = await validationMessages(
      payload.create({
        collection: PARTNERS,
        data: { organisation: 'Clinic', region: 'ON', website: 'http://example.org' },
      }),
    )
    expect(errors.website).toBe(
      'Website "http://example.org" must use https: use the https:// address.',
    )
  })

  it('image alt text is required in English, not for PDFs', async () => {
    const errors = await validationMessages(
      payload.create({ collection: MEDIA, data: {}, file: await pngFile('no-alt.png') }),
    )
    expect(errors.alt).toBe(
      'Alt text is required in English for images: describe what the image shows for screen-reader users.',
    )
    const { totalDocs } = await payload.count({
      collection: MEDIA,
      where: { filename: { equals: 'no-alt.png' } },
    })
    expect(totalDocs).toBe(0)
  })
})
