import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../../payload-types'
import { loginOverHttp, request } from '../../helpers/attacks'
import { pdfFile, pngFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { INFOGRAPHICS, MEDIA, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../../helpers/workflow'

/**
 * Issue [1/7] item 1: media follow the workflow. Anonymous readers get a file (its document, its
 * bytes, its image sizes) only once a published document uses it in what they are served, or when
 * an editor marked it public; staff get every file. Over real HTTP: REST list, by id, file and size
 * URLs, GraphQL.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let editorToken: string
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  editorToken = await loginOverHttp(server, staff.editor.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const upload = async (
  file: Awaited<ReturnType<typeof pngFile>>,
  data: Record<string, unknown> = {},
) =>
  (await payload.create({
    collection: MEDIA,
    data: { alt: `Alt of ${file.name}`, ...data },
    file,
    overrideAccess: false,
    user: staff.editor,
  })) as Media

const statementWithPdf = async (suffix: string, pdf: Media) =>
  (
    await payload.create({
      collection: STATEMENTS,
      data: {
        slug: `embargo-${suffix}`,
        statementPdf: pdf.id,
        summary: `Summary ${suffix}`,
        title: `Embargo ${suffix}`,
        topic: 'regularization',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id

const status = async (path: string, token?: string) => {
  const response = await request(server, path, { token })
  await response.arrayBuffer()
  return response.status
}
const listedIds = async (token?: string) =>
  (
    (await (await request(server, '/api/media?limit=100&depth=0', { token })).json()) as {
      docs: { id: number }[]
    }
  ).docs.map(({ id }) => id)
const graphqlIds = async () => {
  const response = await request(server, '/api/graphql', {
    body: { query: '{ allMedia(limit: 100) { docs { id } } }' },
    method: 'POST',
  })
  const body = (await response.json()) as { data: { allMedia: { docs: { id: number }[] } } }
  return body.data.allMedia.docs.map(({ id }) => Number(id))
}

/** What an anonymous reader gets of one media document, through each path. */
const readerView = async (media: Media) => ({
  byId: await status(`/api/media/${media.id}`),
  file: await status(`/api/media/file/${media.filename}`),
  graphql: (await graphqlIds()).includes(media.id),
  listed: (await listedIds()).includes(media.id),
  sizes: await Promise.all(
    Object.values(media.sizes ?? {})
      .filter((size) => size?.filename)
      .map((size) => status(`/api/media/file/${size!.filename}`)),
  ),
})
const HIDDEN = (sizes: number) => ({
  byId: 404,
  file: 403,
  graphql: false,
  listed: false,
  sizes: Array(sizes).fill(403),
})
const SHOWN = (sizes: number) => ({
  byId: 200,
  file: 200,
  graphql: true,
  listed: true,
  sizes: Array(sizes).fill(200),
})

describe('media follow the workflow (real HTTP)', () => {
  it('a PDF of a statement nobody approved: hidden from readers, served to staff', async () => {
    const pdf = await upload(pdfFile('draft-statement.pdf'))
    await statementWithPdf('draft', pdf)
    expect(await readerView(pdf)).toEqual(HIDDEN(0))
    expect([
      await status(`/api/media/${pdf.id}`, editorToken),
      await status(`/api/media/file/${pdf.filename}`, editorToken),
      (await listedIds(editorToken)).includes(pdf.id),
    ]).toEqual([200, 200, true])
  })

  it('publishing a statement releases its PDF; unpublishing withdraws it', async () => {
    const pdf = await upload(pdfFile('published-statement.pdf'))
    const id = await statementWithPdf('published', pdf)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect(await readerView(pdf)).toEqual(SHOWN(0))
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish')
    expect(await readerView(pdf)).toEqual(HIDDEN(0))
  })

  it('an image and its sizes: released with the published infographic, English and French apart', async () => {
    const english = await upload(await pngFile('chart-en.png', 400, 300))
    const french = await upload(await pngFile('chart-fr.png', 400, 300, '#2980b9'))
    const sizes = Object.keys(english.sizes ?? {}).filter(
      (name) => english.sizes?.[name as 'thumbnail']?.filename,
    ).length
    const { id } = await payload.create({
      collection: INFOGRAPHICS,
      data: { altText: 'A chart', image: english.id, slug: 'chart', title: 'Chart' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, INFOGRAPHICS, id)
    await payload.update({
      collection: INFOGRAPHICS,
      data: { altText: 'Un graphique', image: french.id, title: 'Graphique' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    expect([await readerView(english), await readerView(french)]).toEqual([
      SHOWN(sizes),
      HIDDEN(sizes),
    ])
    await transitionAs(payload, staff.translator, INFOGRAPHICS, id, 'submit_translation', {
      locale: 'fr',
    })
    expect(await readerView(french)).toEqual(HIDDEN(sizes))
    await transitionAs(payload, staff.reviewer2, INFOGRAPHICS, id, 'approve_translation', {
      locale: 'fr',
    })
    expect([await readerView(english), await readerView(french)]).toEqual([
      SHOWN(sizes),
      SHOWN(sizes),
    ])
    const stored = await payload.findByID({ collection: MEDIA, id: french.id })
    expect(stored.publicIn).toEqual(['fr'])
  })

  it('an image placed in a statement body (a rich-text upload node) is released with the statement', async () => {
    const figure = await upload(await pngFile('figure.png'))
    const paragraph = (text: string) => ({
      type: 'paragraph',
      children: [
        { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
    })
    const body = {
      root: {
        type: 'root',
        children: [
          paragraph('See the figure.'),
          {
            type: 'upload',
            fields: null,
            format: '',
            id: 'figure-node',
            relationTo: MEDIA,
            value: figure.id,
            version: 3,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    }
    const { id } = await payload.create({
      collection: STATEMENTS,
      data: {
        body,
        slug: 'embargo-figure',
        summary: 'Figure',
        title: 'Embargo figure',
        topic: 'regularization',
      } as never,
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    expect((await readerView(figure)).file).toBe(403)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect([
      (await readerView(figure)).file,
      (await payload.findByID({ collection: MEDIA, id: figure.id })).publicIn,
    ]).toEqual([200, ['en']])
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'unpublish')
    expect((await readerView(figure)).file).toBe(403)
  })

  it('a new published version without the file withdraws it', async () => {
    const first = await upload(pdfFile('first.pdf'))
    const second = await upload(pdfFile('second.pdf'))
    const id = await statementWithPdf('replaced', first)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    await payload.update({
      collection: STATEMENTS,
      data: { statementPdf: second.id },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.editor2,
    })
    expect([(await readerView(first)).file, (await readerView(second)).file]).toEqual([200, 403])
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect([(await readerView(first)).file, (await readerView(second)).file]).toEqual([403, 200])
  })

  it('a scheduled publication releases the PDF when the job publishes it', async () => {
    const pdf = await upload(pdfFile('scheduled.pdf'))
    const id = await statementWithPdf('scheduled', pdf)
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'schedule', {
      publishAt: new Date(Date.now() + 1000),
    })
    expect((await readerView(pdf)).file).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await payload.jobs.run({ queue: 'default' })
    expect(await readerView(pdf)).toEqual(SHOWN(0))
  })

  it('an editor saving a released file keeps it released', async () => {
    const pdf = await upload(pdfFile('edited.pdf'))
    await publishViaWorkflow(payload, staff, STATEMENTS, await statementWithPdf('edited', pdf))
    const response = await request(server, `/api/media/${pdf.id}`, {
      body: { credit: 'Alliance', publicIn: [] },
      method: 'PATCH',
      token: editorToken,
    })
    expect(response.status).toBe(200)
    expect([
      (await payload.findByID({ collection: MEDIA, id: pdf.id })).publicIn,
      (await readerView(pdf)).file,
    ]).toEqual([['en'], 200])
  })

  it('deleting a published statement withdraws its PDF', async () => {
    const pdf = await upload(pdfFile('deleted.pdf'))
    const id = await statementWithPdf('deleted', pdf)
    await publishViaWorkflow(payload, staff, STATEMENTS, id)
    expect((await readerView(pdf)).file).toBe(200)
    await payload.delete({ collection: STATEMENTS, id, overrideAccess: false, user: staff.admin })
    expect(await readerView(pdf)).toEqual(HIDDEN(0))
  })

  it('a file an editor marked public (a logo) is readable without any document', async () => {
    const logo = await upload(await pngFile('logo.png', 400, 300), { public: true })
    const sizes = Object.values(logo.sizes ?? {}).filter((size) => size?.filename).length
    expect(await readerView(logo)).toEqual(SHOWN(sizes))
  })

  it("only editors and admins mark a file public: a translator's tick is ignored", async () => {
    const image = await payload.create({
      collection: MEDIA,
      data: { alt: 'Carte', public: true },
      file: await pngFile('carte.png'),
      overrideAccess: false,
      user: staff.translator,
    })
    await payload.update({
      collection: MEDIA,
      data: { public: true },
      id: image.id,
      overrideAccess: false,
      user: staff.translator,
    })
    expect([
      (await payload.findByID({ collection: MEDIA, id: image.id })).public,
      await status(`/api/media/file/${image.filename}`),
    ]).toEqual([false, 403])
  })

  it('readers can neither read nor set publicIn', async () => {
    const logo = await upload(await pngFile('logo2.png'), { public: true })
    const read = (await (await request(server, `/api/media/${logo.id}`)).json()) as Record<
      string,
      unknown
    >
    expect(['publicIn' in read, read.public]).toEqual([false, true])
    const forged = await upload(await pngFile('forged.png'), { publicIn: ['en', 'fr'] })
    expect([forged.publicIn ?? [], await status(`/api/media/file/${forged.filename}`)]).toEqual([
      [],
      403,
    ])
  })
})
