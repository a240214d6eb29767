import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../../payload-types'
import { loginOverHttp, request } from '../../helpers/attacks'
import { pdfFile, pngFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { recordStatements } from '../../helpers/sqlStatements'
import { BRIEFING_NOTES, INFOGRAPHICS, MEDIA, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [3/7] item 7: a statement read at depth=1 brings what its page needs: its infographics with
 * their image populated (URL and sizes) and its briefing notes with their PDF, never a file readers
 * may not have (an unapproved French image, an unpublished replacement). REST over HTTP (list, by id,
 * by slug), the Local API, and GraphQL.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let editorToken: string
let statement: number
let infographic: number
let chartEn: Media
let chartFr: Media
let replacement: Media
let notePdf: Media
const SLUG = 'statement-depth'

const upload = async (
  file: Awaited<ReturnType<typeof pngFile>>,
  user: keyof Staff = 'editor',
  locale?: 'en' | 'fr',
) =>
  (await payload.create({
    collection: MEDIA,
    data: { alt: `Alt of ${file.name}` },
    file,
    locale,
    overrideAccess: false,
    user: staff[user],
  })) as Media

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  editorToken = await loginOverHttp(server, staff.editor.email)
  chartEn = await upload(await pngFile('chart-en.png', 900, 600))
  chartFr = await upload(await pngFile('chart-fr.png', 900, 600, '#2980b9'), 'translator', 'fr')
  replacement = await upload(await pngFile('chart-new.png', 900, 600, '#27ae60'))
  notePdf = await upload(pdfFile('briefing.pdf'))
  statement = await draftStatement(payload, staff.editor, 'depth')
  await publishViaWorkflow(payload, staff, STATEMENTS, statement)
  infographic = (
    await payload.create({
      collection: INFOGRAPHICS,
      data: { altText: 'A chart', image: chartEn.id, slug: 'chart', statement, title: 'Chart' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id
  await publishViaWorkflow(payload, staff, INFOGRAPHICS, infographic)
  const second = await payload.create({
    collection: INFOGRAPHICS,
    data: {
      altText: 'Another chart',
      image: (await upload(await pngFile('second.png', 400, 300))).id,
      slug: 'second-chart',
      statement,
      title: 'Second chart',
    },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, INFOGRAPHICS, second.id)
  const note = await payload.create({
    collection: BRIEFING_NOTES,
    data: { pdf: notePdf.id, slug: 'note', statement, summary: 'A note', title: 'Note' },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, BRIEFING_NOTES, note.id)
  // French image uploaded and set by the translator, not yet submitted; a new English image in a draft of the other.
  await payload.update({
    collection: INFOGRAPHICS,
    data: { altText: 'Un graphique', image: chartFr.id, title: 'Graphique' },
    draft: true,
    id: infographic,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })
  await payload.update({
    collection: INFOGRAPHICS,
    data: { image: replacement.id },
    draft: true,
    id: second.id,
    overrideAccess: false,
    user: staff.editor2,
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

type Doc = Record<string, any>
const get = async (path: string, token?: string) => {
  const response = await request(server, path, { token })
  const text = await response.text()
  return { body: JSON.parse(text) as Doc, status: response.status, text }
}
const graphql = async (query: string) => {
  const response = await request(server, '/api/graphql', { body: { query }, method: 'POST' })
  const text = await response.text()
  return { body: JSON.parse(text) as Doc, status: response.status, text }
}

/** The populated image of the statement's infographic `slug` in a REST/Local API document. */
const imageOf = (doc: Doc, slug = 'chart') =>
  (doc.infographics.docs as Doc[]).find(
    (item) =>
      (item.slug?.en ?? item.slug) === slug || (slug === 'chart' && item.id === infographic),
  )?.image
const fileShape = (file: Doc) => ({
  id: file.id,
  language: file.language,
  url: file.url,
  card: file.sizes?.card?.url,
  thumbnail: file.sizes?.thumbnail?.url,
  hero: file.sizes?.hero?.url,
})
const expectedShape = (media: Media) => ({
  id: media.id,
  language: media.language,
  url: media.url,
  card: media.sizes?.card?.url,
  thumbnail: media.sizes?.thumbnail?.url,
  hero: media.sizes?.hero?.url,
})

describe('depth=1 populates what a statement page needs (readers)', () => {
  it('sizes exist on the stored images (the test would prove nothing otherwise)', () => {
    expect(
      [chartEn.sizes?.card?.url, chartEn.sizes?.thumbnail?.url, chartEn.sizes?.hero?.url].every(
        (url) => typeof url === 'string',
      ),
    ).toBe(true)
    expect([chartEn.language, chartFr.language]).toEqual(['en', 'fr'])
  })

  it('REST by slug, by id and list: infographics with their image and sizes, briefing notes with their PDF', async () => {
    const bySlug = await get(`/api/policy-statements?depth=1&where[slug][equals]=${SLUG}`)
    const byId = await get(`/api/policy-statements/${statement}?depth=1`)
    const list = await get('/api/policy-statements?depth=1&limit=10')
    expect([bySlug.status, byId.status, list.status]).toEqual([200, 200, 200])
    for (const doc of [
      bySlug.body.docs[0],
      byId.body,
      list.body.docs.find((item: Doc) => item.id === statement),
    ]) {
      expect(fileShape(imageOf(doc))).toEqual(expectedShape(chartEn))
      expect(typeof imageOf(doc, 'second-chart').sizes.card.url).toBe('string')
      const note = doc.briefingNotes.docs[0]
      expect([note.slug, note.pdf.id, note.pdf.url, note.pdf.mimeType, note.pdf.language]).toEqual([
        'note',
        notePdf.id,
        notePdf.url,
        'application/pdf',
        'en',
      ])
    }
  })

  it('never leaks a file readers may not have: the unapproved French image, the unpublished replacement', async () => {
    for (const path of [
      `/api/policy-statements/${statement}?depth=1&locale=fr`,
      `/api/policy-statements/${statement}?depth=2&locale=fr`,
      `/api/policy-statements/${statement}?depth=1&locale=all`,
    ]) {
      const read = await get(path)
      expect(read.status).toBe(200)
      for (const media of [chartFr, replacement]) expect(read.text).not.toContain(media.filename!)
      const images = (read.body.infographics.docs as Doc[]).flatMap((item) =>
        item.image.id ? [item.image] : Object.values(item.image as Doc),
      )
      expect(
        images
          .map((image: Doc) => image.id)
          .filter((id) => id === chartFr.id || id === replacement.id),
      ).toEqual([])
    }
    const french = await get(`/api/policy-statements/${statement}?depth=1&locale=fr`)
    // The French read serves the English image (the French is not approved), and says so by its language.
    expect([imageOf(french.body).id, imageOf(french.body).language]).toEqual([chartEn.id, 'en'])
    const all = await get(`/api/policy-statements/${statement}?depth=1&locale=all`)
    expect(Object.keys(imageOf(all.body))).toEqual(['en'])
    expect(imageOf(all.body).en.id).toBe(chartEn.id)
  })

  it('depth=0 gives ids; depth=2 populates as Payload does; staff drafts get the staff view', async () => {
    const zero = await get(`/api/policy-statements/${statement}?depth=0`)
    expect(zero.body.infographics.docs.every((item: unknown) => typeof item === 'number')).toBe(
      true,
    )
    const two = await get(`/api/policy-statements/${statement}?depth=2`)
    expect(fileShape(imageOf(two.body))).toEqual(expectedShape(chartEn))
    // An infographic read on its own keeps Payload's rules: depth=0 is ids, depth=1 the image.
    expect((await get(`/api/infographics/${infographic}?depth=0`)).body.image).toBe(chartEn.id)
    expect((await get(`/api/infographics/${infographic}?depth=1`)).body.image.id).toBe(chartEn.id)
    const staffDraft = await get(
      `/api/policy-statements/${statement}?depth=1&draft=true`,
      editorToken,
    )
    expect([imageOf(staffDraft.body, 'second-chart').id, imageOf(staffDraft.body).id]).toEqual([
      replacement.id,
      chartEn.id,
    ])
  })

  it('the Local API as a reader (overrideAccess: false) populates the same way', async () => {
    const found = await payload.find({
      collection: STATEMENTS,
      depth: 1,
      overrideAccess: false,
      where: { slug: { equals: SLUG } },
    })
    expect(fileShape(imageOf(found.docs[0] as Doc))).toEqual(expectedShape(chartEn))
    const french = await payload.findByID({
      collection: STATEMENTS,
      depth: 1,
      id: statement,
      locale: 'fr',
      overrideAccess: false,
    })
    expect(imageOf(french as Doc).id).toBe(chartEn.id)
    expect(JSON.stringify(french)).not.toContain(chartFr.filename!)
  })

  it('GraphQL: readers choose the image and its sizes through the join', async () => {
    const query = (locale: string) =>
      `{ PolicyStatements(locale: ${locale}, where: { id: { equals: ${statement} } }) { docs { infographics { docs { slug image { id url language sizes { card { url } } } } } briefingNotes { docs { pdf { url language } } } } } }`
    const english = await graphql(query('en'))
    expect(english.body.errors).toBeUndefined()
    const statementDoc = english.body.data.PolicyStatements.docs[0]
    const chart = statementDoc.infographics.docs.find((item: Doc) => item.slug === 'chart')
    expect(chart.image).toEqual({
      id: chartEn.id,
      language: 'en',
      sizes: { card: { url: chartEn.sizes!.card!.url } },
      url: chartEn.url,
    })
    expect(statementDoc.briefingNotes.docs[0].pdf).toEqual({ language: 'en', url: notePdf.url })
    const french = await graphql(query('fr'))
    expect(french.body.errors).toBeUndefined()
    expect(french.text).not.toContain(chartFr.filename!)
    expect(
      french.body.data.PolicyStatements.docs[0].infographics.docs.find(
        (item: Doc) => item.slug === 'chart',
      ).image.url,
    ).toBe(chartEn.url)
  })

  it('costs one media query per join (every infographic image in one), not one per document', async () => {
    const { statements, stop } = recordStatements(payload)
    try {
      expect((await get(`/api/policy-statements/${statement}?depth=1`)).status).toBe(200)
    } finally {
      stop()
    }
    const mediaReads = statements.filter((text) => /from "media"/i.test(text))
    // The briefing notes' PDFs, and the two infographics' images, each read with the readers' access rule.
    const idLists = mediaReads
      .map((text) => /"media"\."id" in \(([^)]*)\)/.exec(text)?.[1]?.split(',').length)
      .sort()
    expect(idLists).toEqual([1, 2])
    expect(mediaReads.every((text) => text.includes('"media"."public_in" is not null'))).toBe(true)
  })

  it('once the French image is approved, the French read populates it, with language fr', async () => {
    await transitionAs(payload, staff.translator, INFOGRAPHICS, infographic, 'submit_translation', {
      locale: 'fr',
    })
    await transitionAs(payload, staff.reviewer2, INFOGRAPHICS, infographic, 'approve_translation', {
      locale: 'fr',
    })
    const french = await get(`/api/policy-statements/${statement}?depth=1&locale=fr`)
    expect(fileShape(imageOf(french.body))).toEqual(expectedShape(chartFr))
    const english = await get(`/api/policy-statements/${statement}?depth=1&locale=en`)
    expect(imageOf(english.body).id).toBe(chartEn.id)
    expect(english.text).not.toContain(replacement.filename!)
  })
})
