import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { paragraph } from '../helpers/lexical'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS } from '../helpers/slugs'
import { tFor } from '../helpers/translate'
import { createStaff, PASSWORD, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

let ctx: TestContext
let payload: Payload
let staff: Staff
let api: Awaited<ReturnType<typeof restHandlers>>
let token: string
let id: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  token = await api.token(staff.translator.email, PASSWORD)
  id = await draftStatement(payload, staff.editor, 'xliff')
  await payload.update({
    collection: STATEMENTS,
    data: { body: paragraph('Status for all.'), recommendations: [{ text: 'Regularize.' }] },
    draft: true,
    id,
  })
})
afterAll(async () => ctx?.cleanup())

const auth = { authorization: '' }
const exported = async (docId = id) => {
  const response = await api.get(`/api/policy-statements/${docId}/translations/fr.xlf`, {
    headers: { authorization: `JWT ${token}` },
  })
  return { response, xml: await response.text() }
}
/** Adds a <target> to the units named, as a translator's tool would. */
const translate = (xml: string, targets: Record<string, string>) =>
  Object.entries(targets).reduce(
    (file, [unit, text]) =>
      file.replace(
        new RegExp(
          `(<trans-unit id="${unit.replace('.', '\\.')}"[^>]*>\\s*<source>[^<]*</source>)`,
        ),
        `$1<target state="translated">${text}</target>`,
      ),
    xml,
  )
const put = (xml: string, language?: string) =>
  api.put(`/api/policy-statements/${id}/translations/fr.xlf`, {
    body: xml,
    headers: {
      authorization: `JWT ${token}`,
      'content-type': 'application/xliff+xml',
      ...(language ? { 'accept-language': language } : {}),
    },
  })
const errorOf = async (response: Response) =>
  (
    (await response.json()) as {
      errors: {
        code?: string
        data?: { code?: string; detail?: string; line?: number }
        fields?: string[]
        message: string
      }[]
    }
  ).errors[0]!

describe('XLIFF endpoints (REST route handlers)', () => {
  it('exports the English text fields as XLIFF 1.2 to staff only', async () => {
    expect(
      (await api.get(`/api/policy-statements/${id}/translations/fr.xlf`, { headers: auth })).status,
    ).toBe(401)
    const { response, xml } = await exported()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8')
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:1.2')
    expect(xml).toContain(`original="policy-statements/${id}"`)
    for (const unit of ['title', 'summary', 'body.0', 'recommendations.0.text'])
      expect(xml).toContain(`<trans-unit id="${unit}"`)
  })

  it('imports translated units into the French draft and leaves English alone', async () => {
    const { xml } = await exported()
    const response = await put(
      translate(xml, {
        summary: 'Un statut pour toutes et tous, « enfin ».',
        title: 'Énoncé &amp; position',
      }),
    )
    expect(response.status).toBe(200)
    expect(((await response.json()) as { imported: string[] }).imported.sort()).toEqual([
      'summary',
      'title',
    ])
    const all = await payload.findByID({ collection: STATEMENTS, draft: true, id, locale: 'all' })
    expect(all.title).toEqual({ en: 'Statement xliff', fr: 'Énoncé & position' })
    expect((all.summary as unknown as Record<string, string>).fr).toBe(
      'Un statut pour toutes et tous, « enfin ».',
    )
    expect(all.translationWorkflow?.fr?.status).toBe('in_progress')
  })

  it('refuses another document, another locale, and malformed XML with the line', async () => {
    const other = await draftStatement(payload, staff.editor, 'xliff-other')
    const { xml } = await exported(other)
    const wrongDoc = await put(translate(xml, { title: 'Autre' }))
    expect([wrongDoc.status, (await errorOf(wrongDoc)).code]).toEqual([400, 'wrong_document'])
    const ours = (await exported()).xml
    const wrongLocale = await put(ours.replace('target-language="fr"', 'target-language="de"'))
    expect([wrongLocale.status, (await errorOf(wrongLocale)).code]).toEqual([400, 'wrong_locale'])
    const broken = await put(ours.replace('</header>', '</heder>'))
    const error = await errorOf(broken)
    expect([broken.status, error.code, error.data?.code]).toEqual([400, 'malformed', 'malformed'])
    // The line to fix, as a number: the one holding the misspelt closing tag.
    expect(error.data?.line).toBe(
      ours.split('\n').findIndex((line) => line.includes('</header>')) + 1,
    )
    // The parser's own words (English) apart in data.detail; the sentence names the line.
    expect([error.message, error.data?.detail]).toEqual([
      tFor('en')('workflow:xliffMalformed', { line: error.data!.line! }),
      expect.stringMatching(/^expected <\/header> \(opened on line \d+\) but found <\/heder>$/),
    ])
    // A translator working in French reads why in French, with the same line and the same detail.
    const french = await errorOf(await put(ours.replace('</header>', '</heder>'), 'fr'))
    expect([french.data?.code, french.message, french.data?.detail]).toEqual([
      'malformed',
      tFor('fr')('workflow:xliffMalformed', { line: error.data!.line! }),
      error.data?.detail,
    ])
    expect(french.message).toMatch(
      new RegExp(`^Ligne ${error.data?.line} : .+ ; corrigez le fichier`),
    )
    expect(
      (await payload.findByID({ collection: STATEMENTS, draft: true, id, locale: 'fr' })).title,
    ).toBe('Énoncé & position')
  })

  it('answers 409 naming the fields whose English changed since the export', async () => {
    const { xml } = await exported()
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'New English summary.' },
      draft: true,
      id,
      locale: 'en',
    })
    const response = await put(translate(xml, { title: 'Titre périmé' }))
    const error = await errorOf(response)
    expect([response.status, error.code, error.fields]).toEqual([409, 'stale_source', ['summary']])
    expect(
      (await payload.findByID({ collection: STATEMENTS, draft: true, id, locale: 'fr' })).title,
    ).toBe('Énoncé & position')
  })
})
