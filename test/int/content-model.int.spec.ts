import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngFile, vttFile } from '../helpers/files'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { paragraph, plainText } from '../helpers/lexical'
import {
  BRIEFING_NOTES,
  CONFERENCES,
  INFOGRAPHICS,
  MEDIA,
  PARTNERS,
  RECORDINGS,
  STATEMENTS,
} from '../helpers/slugs'

let ctx: TestContext
let payload: Payload
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
})
afterAll(async () => ctx?.cleanup())

const image = async (name: string, alt: string) =>
  payload.create({ collection: MEDIA, data: { alt }, file: await pngFile(name) })

describe('policy statements (Local API)', () => {
  let id: number
  beforeAll(async () => {
    const doc = await payload.create({
      collection: STATEMENTS,
      data: {
        body: paragraph('Everyone living in Canada should have a path to permanent status.'),
        recommendations: [{ text: 'Create a broad and inclusive regularization program.' }],
        slug: 'regularization',
        summary: 'Status for all.',
        title: 'Regularization',
        topic: 'regularization',
      },
      locale: 'en',
    })
    id = doc.id
    await payload.update({
      collection: STATEMENTS,
      data: {
        slug: 'regularisation',
        summary: 'Un statut pour toutes et tous.',
        title: 'Régularisation',
      },
      id,
      locale: 'fr',
    })
  })

  it('reads English in en and French in fr', async () => {
    const en = await payload.findByID({ collection: STATEMENTS, id, locale: 'en' })
    const fr = await payload.findByID({ collection: STATEMENTS, id, locale: 'fr' })
    expect([en.title, en.slug, en.summary]).toEqual([
      'Regularization',
      'regularization',
      'Status for all.',
    ])
    expect([fr.title, fr.slug, fr.summary]).toEqual([
      'Régularisation',
      'regularisation',
      'Un statut pour toutes et tous.',
    ])
    expect(fr.topic).toBe('regularization')
  })

  it('returns both languages with locale "all"', async () => {
    const all = (await payload.findByID({
      collection: STATEMENTS,
      id,
      locale: 'all',
    })) as unknown as {
      slug: Record<string, string>
      title: Record<string, string>
    }
    expect(all.title).toEqual({ en: 'Regularization', fr: 'Régularisation' })
    expect(all.slug).toEqual({ en: 'regularization', fr: 'regularisation' })
  })

  it('falls back to English for untranslated fields, and not when fallback is off', async () => {
    const fr = await payload.findByID({ collection: STATEMENTS, id, locale: 'fr' })
    expect(plainText(fr.body)).toBe(
      'Everyone living in Canada should have a path to permanent status.',
    )
    expect(fr.recommendations?.map((item) => item.text)).toEqual([
      'Create a broad and inclusive regularization program.',
    ])
    const strict = await payload.findByID({
      collection: STATEMENTS,
      fallbackLocale: false,
      id,
      locale: 'fr',
    })
    expect(strict.body ?? null).toBeNull()
    expect(strict.title).toBe('Régularisation')
  })

  it('keeps versions with drafts', async () => {
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'Draft change' },
      draft: true,
      id,
      locale: 'en',
    })
    const versions = await payload.findVersions({
      collection: STATEMENTS,
      where: { parent: { equals: id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    const latest = await payload.findByID({ collection: STATEMENTS, draft: true, id, locale: 'en' })
    expect(latest.summary).toBe('Draft change')
  })
})

describe('every other collection in en, fr and all (Local API)', () => {
  it('briefing notes', async () => {
    const statement = await payload.create({
      collection: STATEMENTS,
      data: { slug: 'employment-rights', title: 'Employment Rights', topic: 'employment-rights' },
    })
    const note = await payload.create({
      collection: BRIEFING_NOTES,
      data: {
        slug: 'employment-rights-brief',
        statement: statement.id,
        title: 'Employment rights brief',
      },
    })
    await payload.update({
      collection: BRIEFING_NOTES,
      data: { title: 'Note sur les droits du travail' },
      id: note.id,
      locale: 'fr',
    })
    const all = await payload.findByID({
      collection: BRIEFING_NOTES,
      depth: 0,
      id: note.id,
      locale: 'all',
    })
    expect(all.title).toEqual({
      en: 'Employment rights brief',
      fr: 'Note sur les droits du travail',
    })
    expect(all.statement).toBe(statement.id)
    const joined = await payload.findByID({ collection: STATEMENTS, depth: 0, id: statement.id })
    expect(joined.briefingNotes?.docs).toEqual([note.id])
  })

  it('infographics keep one image per language', async () => {
    const english = await image('chart-en.png', 'Bar chart, English labels')
    const french = await image('chart-fr.png', 'Diagramme à barres')
    const doc = await payload.create({
      collection: INFOGRAPHICS,
      data: {
        altText: 'Three bars',
        image: english.id,
        slug: 'closed-permits-chart',
        title: 'Closed permits',
      },
      locale: 'en',
    })
    await payload.update({
      collection: INFOGRAPHICS,
      data: { altText: 'Trois barres', image: french.id, title: 'Permis fermés' },
      id: doc.id,
      locale: 'fr',
    })
    const all = await payload.findByID({
      collection: INFOGRAPHICS,
      depth: 0,
      id: doc.id,
      locale: 'all',
    })
    expect(all.image).toEqual({ en: english.id, fr: french.id })
    expect(all.altText).toEqual({ en: 'Three bars', fr: 'Trois barres' })
    const fr = await payload.findByID({
      collection: INFOGRAPHICS,
      depth: 1,
      id: doc.id,
      locale: 'fr',
    })
    expect(typeof fr.image === 'object' && fr.image?.filename).toBe('chart-fr.png')
  })

  it('conferences and recordings', async () => {
    const conference = await payload.create({
      collection: CONFERENCES,
      data: {
        endDate: '2024-03-22',
        name: '3rd National Annual Conference',
        place: 'Online',
        slug: 'third-national-annual-conference',
        startDate: '2024-03-21',
      },
    })
    await payload.update({
      collection: CONFERENCES,
      data: { name: '3e Conférence nationale annuelle' },
      id: conference.id,
      locale: 'fr',
    })
    const captions = await payload.create({
      collection: MEDIA,
      data: { alt: 'Captions' },
      file: vttFile('opening.vtt'),
    })
    const recording = await payload.create({
      collection: RECORDINGS,
      data: {
        captions: captions.id,
        conference: conference.id,
        durationMinutes: 42,
        recordedOn: '2024-03-21',
        slug: 'opening-panel',
        speakers: [{ name: 'Panel of regional partners' }],
        title: 'Opening panel',
        videoUrl: 'https://www.youtube.com/embed/abc123',
      },
    })
    await payload.update({
      collection: RECORDINGS,
      data: { title: "Panel d'ouverture" },
      id: recording.id,
      locale: 'fr',
    })
    const conf = await payload.findByID({
      collection: CONFERENCES,
      id: conference.id,
      locale: 'all',
    })
    expect(conf.name).toEqual({
      en: '3rd National Annual Conference',
      fr: '3e Conférence nationale annuelle',
    })
    const rec = await payload.findByID({
      collection: RECORDINGS,
      depth: 0,
      id: recording.id,
      locale: 'all',
    })
    expect(rec.title).toEqual({ en: 'Opening panel', fr: "Panel d'ouverture" })
    expect(rec.captions).toEqual({ en: captions.id, fr: null })
    const frRec = await payload.findByID({
      collection: RECORDINGS,
      depth: 0,
      id: recording.id,
      locale: 'fr',
    })
    expect(frRec.captions).toBe(captions.id) // French falls back to the English captions until a French file exists
  })

  it('partners and media', async () => {
    const partner = await payload.create({
      collection: PARTNERS,
      data: {
        description: 'Coordinates the Alliance',
        organisation: 'Migrant Workers Centre',
        region: 'BC',
        website: 'https://mwcbc.ca/',
      },
    })
    await payload.update({
      collection: PARTNERS,
      data: { description: "Coordonne l'Alliance" },
      id: partner.id,
      locale: 'fr',
    })
    const all = await payload.findByID({ collection: PARTNERS, id: partner.id, locale: 'all' })
    expect(all.description).toEqual({ en: 'Coordinates the Alliance', fr: "Coordonne l'Alliance" })
    expect(all.organisation).toBe('Migrant Workers Centre')
    const media = await image('photo.png', 'Delegates at the assembly')
    await payload.update({
      collection: MEDIA,
      data: { alt: "Délégué·es à l'assemblée" },
      id: media.id,
      locale: 'fr',
    })
    const mediaAll = await payload.findByID({ collection: MEDIA, id: media.id, locale: 'all' })
    expect(mediaAll.alt).toEqual({
      en: 'Delegates at the assembly',
      fr: "Délégué·es à l'assemblée",
    })
    expect(mediaAll.sizes?.thumbnail?.mimeType).toBe('image/webp')
  })
})
