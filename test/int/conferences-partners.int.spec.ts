import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { request } from '../helpers/attacks'
import { vttFile } from '../helpers/files'
import { type ApiServer, startApiServer } from '../helpers/httpServer'
import { initPayload, type TestContext } from '../helpers/initPayload'
import { expectRefusal, restRefusal } from '../helpers/refusals'
import { CONFERENCES, MEDIA, PARTNERS, RECORDINGS } from '../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff, transitionAs } from '../helpers/workflow'

/**
 * Issue 34 item 6: conferences and partners are governed like the publications: nothing reaches
 * readers without review, and readers get the per-language marker (and, for conferences, which have
 * slugs, the alternates). A recording never populates an unpublished conference for readers.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const read = async (path: string) => {
  const response = await request(server, path)
  return { body: (await response.json()) as Record<string, any>, status: response.status }
}

const draftConference = async (slug: string, name: string) =>
  (
    await payload.create({
      collection: CONFERENCES,
      data: { name, place: 'Montréal', slug, startDate: '2026-05-01' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id

/** French written by the translator, submitted and approved by a second reviewer. */
const approveFrench = async (collection: string, id: number, data: Record<string, unknown>) => {
  await payload.update({
    collection: collection as typeof CONFERENCES,
    data,
    draft: true,
    id,
    locale: 'fr',
    overrideAccess: false,
    user: staff.translator,
  })
  await transitionAs(payload, staff.translator, collection, id, 'submit_translation')
  await transitionAs(payload, staff.reviewer2, collection, id, 'approve_translation')
}

describe('conferences and partners go through review', () => {
  it('publishing directly is refused (Local API and REST); a draft is not for readers', async () => {
    const id = await draftConference('forum-direct', 'Forum direct')
    await expectRefusal(
      payload.update({
        collection: CONFERENCES,
        data: { _status: 'published' },
        id,
        overrideAccess: false,
        user: staff.reviewer,
      }),
      'publish_through_workflow',
      403,
    )
    const login = await request(server, '/api/users/login', {
      body: { email: staff.editor.email, password: 'a-long-test-password' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const partner = await request(server, '/api/partners', {
      body: { _status: 'published', organisation: 'Direct partner', region: 'QC' },
      method: 'POST',
      token,
    })
    expect(await restRefusal(partner)).toMatchObject({
      code: 'publish_through_workflow',
      status: 403,
    })
    expect([
      (await read(`/api/conferences/${id}`)).status,
      (await read('/api/conferences')).body.totalDocs,
      (await read('/api/partners')).body.totalDocs,
    ]).toEqual([404, 0, 0])
  })

  it('a published conference carries the French marker, alternates and progress; its French slug finds it', async () => {
    const id = await draftConference('summit-2026', 'Summit 2026')
    await payload.update({
      collection: CONFERENCES,
      data: { summary: 'Two days on migrant justice.' },
      draft: true,
      id,
      locale: 'en',
      overrideAccess: false,
      user: staff.editor,
    })
    await approveFrench(CONFERENCES, id, {
      name: 'Sommet 2026',
      slug: 'sommet-2026',
      summary: 'Deux jours sur la justice migrante.',
    })
    await publishViaWorkflow(payload, staff, CONFERENCES, id)
    const fr = await read(`/api/conferences?locale=fr&where[slug][equals]=sommet-2026`)
    expect(
      fr.body.docs.map((doc: any) => [
        doc.id,
        doc.name,
        doc.alternates,
        doc.translation.fr,
        doc.previousSlugs,
      ]),
    ).toEqual([
      [id, 'Sommet 2026', { en: 'summit-2026', fr: 'sommet-2026' }, 'approved', { en: [], fr: [] }],
    ])
    expect(fr.body.docs[0].translation.fallbackFields).toEqual({ fr: [] })
    expect(fr.body.docs[0].translationProgress.fr).toMatchObject({ missing: 0, outdated: 0 })
    // Staff-only workflow internals stay out of a reader's answer.
    expect('workflow' in fr.body.docs[0]).toBe(false)
    expect(
      (await read('/api/conferences?where[translation.fr][equals]=approved')).body.docs.map(
        (doc: any) => doc.id,
      ),
    ).toEqual([id])
  })

  it('a conference published in English only says so: coming_soon, no French slug', async () => {
    const id = await draftConference('english-only-day', 'English-only day')
    await publishViaWorkflow(payload, staff, CONFERENCES, id)
    const doc = await read(`/api/conferences/${id}?locale=fr`)
    expect([doc.body.name, doc.body.alternates, doc.body.translation.fr]).toEqual([
      'English-only day',
      { en: 'english-only-day', fr: null },
      'coming_soon',
    ])
  })

  it('a partner (no slug) gets the marker and progress, no alternates; French description approved', async () => {
    const { id } = await payload.create({
      collection: PARTNERS,
      data: {
        description: 'A clinic in Toronto.',
        organisation: 'Clinic',
        region: 'ON',
        website: 'https://clinic.example/',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    expect((await read(`/api/partners/${id}`)).status).toBe(404)
    await approveFrench(PARTNERS, id, { description: 'Une clinique à Toronto.' })
    await publishViaWorkflow(payload, staff, PARTNERS, id)
    const doc = await read(`/api/partners/${id}?locale=fr`)
    expect([
      doc.status,
      doc.body.description,
      doc.body.translation.fr,
      'alternates' in doc.body,
      'previousSlugs' in doc.body,
    ]).toEqual([200, 'Une clinique à Toronto.', 'approved', false, false])
    const gql = await request(server, '/api/graphql', {
      body: { query: `{ Partner(id: ${id}, locale: fr) { description translation { fr } } }` },
      method: 'POST',
    })
    expect(((await gql.json()) as { data: unknown }).data).toEqual({
      Partner: { description: 'Une clinique à Toronto.', translation: { fr: 'approved' } },
    })
  })
})

describe('a recording and its conference, for readers', () => {
  it('a published recording does not populate an unpublished conference; once the conference is published it does', async () => {
    const conference = await draftConference('closed-door-meeting', 'Closed-door meeting')
    const captions = await payload.create({
      collection: MEDIA,
      data: { alt: 'Captions' },
      file: vttFile('panel.vtt'),
    })
    const { id: recording } = await payload.create({
      collection: RECORDINGS,
      data: {
        captions: captions.id,
        conference,
        recordedOn: '2026-05-01',
        slug: 'panel-recording',
        title: 'Panel recording',
        videoUrl: 'https://www.youtube.com/embed/abc123',
      },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    await publishViaWorkflow(payload, staff, RECORDINGS, recording)
    const before = await read(`/api/conference-recordings/${recording}?depth=1`)
    expect([before.status, before.body.conference]).toEqual([200, conference])
    const gqlBefore = await request(server, '/api/graphql', {
      body: { query: `{ ConferenceRecording(id: ${recording}) { conference { id name } } }` },
      method: 'POST',
    })
    expect(
      ((await gqlBefore.json()) as { data: any }).data.ConferenceRecording.conference,
    ).toBeNull()
    await publishViaWorkflow(payload, staff, CONFERENCES, conference)
    const after = await read(`/api/conference-recordings/${recording}?depth=1&locale=fr`)
    expect([
      after.body.conference.id,
      after.body.conference.name,
      after.body.conference.translation.fr,
    ]).toEqual([conference, 'Closed-door meeting', 'coming_soon'])
  })
})
