import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../../payload-types'
import { loginOverHttp, request } from '../../helpers/attacks'
import { pdfFile, type UploadFile, vttFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { CONFERENCES, MEDIA, RECORDINGS, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [3/7] item 3: captions and files carry their language. A French read of a recording whose
 * French captions are not approved gets the English captions and says so (`language: 'en'`); once a
 * translator uploaded French captions and a reviewer approved the French, the French read gets the
 * French file (`language: 'fr'`). The statement PDF likewise. REST over HTTP, GraphQL, Local API.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let tokens: Record<'editor' | 'translator', string>
let recording: number
let statement: number
let captionsEn: Media
let pdfEn: Media

type Doc = Record<string, any>

const uploadOverHttp = async (
  file: UploadFile,
  token: string,
  query = '',
  data: Record<string, unknown> = {},
) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  body.append('_payload', JSON.stringify(data))
  const response = await request(server, `/api/media${query}`, { body, method: 'POST', token })
  return { body: (await response.json()) as Doc, status: response.status }
}
const get = async (path: string, token?: string) => {
  const response = await request(server, path, { token })
  return { body: (await response.json()) as Doc, status: response.status }
}
const graphql = async (query: string) => {
  const response = await request(server, '/api/graphql', { body: { query }, method: 'POST' })
  return (await response.json()) as Doc
}
const patch = async (path: string, body: Record<string, unknown>, token: string) => {
  const response = await request(server, path, { body, method: 'PATCH', token })
  return { body: (await response.json()) as Doc, status: response.status }
}

beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  tokens = {
    editor: await loginOverHttp(server, staff.editor.email),
    translator: await loginOverHttp(server, staff.translator.email),
  }
  captionsEn = (await payload.create({
    collection: MEDIA,
    data: {},
    file: vttFile('opening-en.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n'),
    overrideAccess: false,
    user: staff.editor,
  })) as Media
  pdfEn = (await payload.create({
    collection: MEDIA,
    data: {},
    file: pdfFile('statement-en.pdf'),
    overrideAccess: false,
    user: staff.editor,
  })) as Media
  const conference = await payload.create({
    collection: CONFERENCES,
    data: {
      name: 'National conference',
      place: 'Online',
      slug: 'national-conference',
      startDate: '2024-03-21',
    },
    draft: true,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, CONFERENCES, conference.id)
  recording = (
    await payload.create({
      collection: RECORDINGS,
      data: {
        captions: captionsEn.id,
        conference: conference.id,
        recordedOn: '2024-03-21',
        slug: 'opening-panel',
        title: 'Opening panel',
        videoUrl: 'https://www.youtube.com/embed/abc123',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id
  await publishViaWorkflow(payload, staff, RECORDINGS, recording)
  statement = await draftStatement(payload, staff.editor, 'pdf-language')
  await payload.update({
    collection: STATEMENTS,
    data: { statementPdf: pdfEn.id },
    draft: true,
    id: statement,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, STATEMENTS, statement)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

/** The captions a reader gets of the recording in `locale`, through REST by id, list, `where`, GraphQL and the Local API. */
const readerCaptions = async (locale: 'en' | 'fr') => {
  const byId = await get(`/api/conference-recordings/${recording}?depth=1&locale=${locale}`)
  const where = await get(
    `/api/conference-recordings?depth=1&locale=${locale}&where[recordedOn][equals]=2024-03-21`,
  )
  const list = await get(`/api/conference-recordings?depth=1&locale=${locale}`)
  const gql = await graphql(
    `{ ConferenceRecording(id: ${recording}, locale: ${locale}) { captions { id url language } } }`,
  )
  const local = await payload.findByID({
    collection: RECORDINGS,
    depth: 1,
    id: recording,
    locale,
    overrideAccess: false,
  })
  const shape = (captions: Doc) => ({
    id: captions.id,
    language: captions.language,
    url: captions.url,
  })
  return {
    byId: shape(byId.body.captions),
    list: shape(list.body.docs.find((doc: Doc) => doc.id === recording).captions),
    local: shape(local.captions as Doc),
    where: shape(where.body.docs[0].captions),
    graphql: shape(gql.data.ConferenceRecording.captions),
  }
}
const everywhere = (media: Media) => {
  const shape = { id: media.id, language: media.language, url: media.url }
  return { byId: shape, graphql: shape, list: shape, local: shape, where: shape }
}

describe('files carry their language', () => {
  it('an upload takes the language it is made in; staff may change it, readers read it', async () => {
    expect([captionsEn.language, pdfEn.language]).toEqual(['en', 'en'])
    const french = await uploadOverHttp(vttFile('sans-langue.vtt'), tokens.translator, '?locale=fr')
    expect([french.status, french.body.doc.language]).toEqual([201, 'fr'])
    const chosen = await uploadOverHttp(pdfFile('chosen.pdf'), tokens.editor, '?locale=fr', {
      language: 'en',
    })
    expect([chosen.status, chosen.body.doc.language]).toEqual([201, 'en'])
    const cleared = await patch(
      `/api/media/${french.body.doc.id}`,
      { language: null },
      tokens.editor,
    )
    expect([cleared.status, cleared.body.doc.language]).toEqual([200, null])
    const bad = await patch(`/api/media/${french.body.doc.id}`, { language: 'de' }, tokens.editor)
    expect([bad.status, bad.body.errors[0].data.errors[0].path]).toEqual([400, 'language'])
    // A released file (the published recording's captions) shows its language to anonymous readers.
    const read = await get(`/api/media/${captionsEn.id}`)
    expect([read.status, read.body.language]).toEqual([200, 'en'])
    const anonymous = await request(server, `/api/media/${captionsEn.id}`, {
      body: { language: 'fr' },
      method: 'PATCH',
    })
    expect(anonymous.status).toBe(403)
  })

  it('a French read of a recording without approved French captions gets the English file, language en', async () => {
    expect(await readerCaptions('fr')).toEqual(everywhere(captionsEn))
    expect(await readerCaptions('en')).toEqual(everywhere(captionsEn))
  })

  it('a translator uploads French captions; the French read gets them, language fr, once the French is approved', async () => {
    const upload = await uploadOverHttp(
      vttFile('ouverture-fr.vtt'),
      tokens.translator,
      '?locale=fr',
    )
    expect([upload.status, upload.body.doc.language]).toEqual([201, 'fr'])
    const captionsFr = upload.body.doc as Media
    // The translator may not put them in the English (nor any field shared by both languages).
    const english = await patch(
      `/api/conference-recordings/${recording}?locale=en&draft=true`,
      { captions: captionsFr.id },
      tokens.translator,
    )
    expect([english.status, english.body.errors[0].data.code]).toEqual([403, 'translator_locale'])
    const saved = await patch(
      `/api/conference-recordings/${recording}?locale=fr&draft=true`,
      { captions: captionsFr.id, title: "Panel d'ouverture" },
      tokens.translator,
    )
    expect(saved.status).toBe(200)
    expect(await readerCaptions('fr')).toEqual(everywhere(captionsEn))
    await transitionAs(payload, staff.translator, RECORDINGS, recording, 'submit_translation', {
      locale: 'fr',
    })
    expect(await readerCaptions('fr')).toEqual(everywhere(captionsEn))
    await transitionAs(payload, staff.reviewer2, RECORDINGS, recording, 'approve_translation', {
      locale: 'fr',
    })
    expect(await readerCaptions('fr')).toEqual(everywhere(captionsFr))
    expect(await readerCaptions('en')).toEqual(everywhere(captionsEn))
  })

  it('the statement PDF likewise: English (language en) in French until a French PDF is approved', async () => {
    const pdfOf = async (locale: 'en' | 'fr') => {
      const rest = await get(`/api/policy-statements/${statement}?depth=1&locale=${locale}`)
      const gql = await graphql(
        `{ PolicyStatement(id: ${statement}, locale: ${locale}) { statementPdf { id language } } }`,
      )
      const local = (
        await payload.findByID({
          collection: STATEMENTS,
          depth: 1,
          id: statement,
          locale,
          overrideAccess: false,
        })
      ).statementPdf as Doc
      return [rest.body.statementPdf, gql.data.PolicyStatement.statementPdf, local].map(
        (pdf: Doc) => [pdf.id, pdf.language],
      )
    }
    expect(await pdfOf('fr')).toEqual(Array(3).fill([pdfEn.id, 'en']))
    const upload = await uploadOverHttp(pdfFile('enonce-fr.pdf'), tokens.translator, '?locale=fr')
    const pdfFr = upload.body.doc as Media
    const saved = await patch(
      `/api/policy-statements/${statement}?locale=fr&draft=true`,
      { statementPdf: pdfFr.id, title: 'Énoncé', summary: 'Résumé' },
      tokens.translator,
    )
    expect(saved.status).toBe(200)
    await transitionAs(payload, staff.translator, STATEMENTS, statement, 'submit_translation', {
      locale: 'fr',
    })
    expect(await pdfOf('fr')).toEqual(Array(3).fill([pdfEn.id, 'en']))
    await transitionAs(payload, staff.reviewer2, STATEMENTS, statement, 'approve_translation', {
      locale: 'fr',
    })
    expect(await pdfOf('fr')).toEqual(Array(3).fill([pdfFr.id, 'fr']))
    expect(await pdfOf('en')).toEqual(Array(3).fill([pdfEn.id, 'en']))
  })
})
