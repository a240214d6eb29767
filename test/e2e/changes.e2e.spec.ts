import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { paragraph } from '../helpers/lexical'
import { reqAs } from '../helpers/workflow'
import { transitionDocument } from '../../src/index'
import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, screenshotter, signIn } from './helpers/browser'
import { createPeople, PASSWORD, PEOPLE } from './helpers/users'

/**
 * Issue [2/7], "changes since the last review": a reviewer opens the Changes tab of a document sent
 * back for changes and resubmitted, and reads exactly what was edited, in English and French; the
 * versions that only moved the document through the workflow are not listed, and Payload's own
 * version comparison no longer shows the state flip.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const shot = screenshotter(path.join(root, 'test-results/e2e'))
const STATEMENTS = 'policy-statements'

let app: AdminApp
let browser: Browser
let page: Page
let id: number
let people: Record<keyof typeof PEOPLE, User>

const edit = (who: keyof typeof PEOPLE, locale: 'en' | 'fr', data: Record<string, unknown>) =>
  app.ctx.payload.update({
    collection: STATEMENTS,
    data,
    draft: true,
    id,
    locale,
    overrideAccess: false,
    user: people[who],
  })
const move = async (
  who: keyof typeof PEOPLE,
  name: 'request_changes' | 'submit' | 'submit_translation',
  comment?: string,
  doc = id,
) =>
  transitionDocument(await reqAs(app.ctx.payload, people[who]), {
    collection: STATEMENTS,
    comment,
    id: doc,
    name,
  })

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  const { docs } = await app.ctx.payload.find({ collection: 'users', depth: 0, limit: 10 })
  people = Object.fromEntries(
    Object.entries(PEOPLE).map(([key, person]) => [
      key,
      docs.find((user) => user.email === person.email)!,
    ]),
  ) as typeof people
  const created = await app.ctx.payload.create({
    collection: STATEMENTS,
    data: {
      body: paragraph('Care workers may apply for a work permit tied to their employer.'),
      slug: 'open-work-permits',
      summary: 'Permits tied to one employer leave care workers exposed to abuse.',
      title: 'Open work permits for care workers',
      topic: 'closed-work-permits',
    },
    draft: true,
    overrideAccess: false,
    user: people.editor,
  })
  id = created.id
  await edit('translator', 'fr', {
    summary: 'Les permis liés à un employeur exposent les aides-soignantes aux abus.',
    title: 'Permis de travail ouverts pour les aides-soignantes',
  })
  await move('editor', 'submit')
  await move('reviewer', 'request_changes', 'Say that the permit is open.')
  await edit('editor', 'en', {
    body: paragraph('Care workers may apply for an open work permit, valid with any employer.'),
  })
  await edit('translator', 'fr', {
    title: 'Permis de travail ouverts pour toutes les aides-soignantes',
  })
  await move('editor', 'submit')
  browser = await launchChromium()
  page = (await signIn(browser, app.server.url, PEOPLE.reviewer2.email, PASSWORD)).page
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('changes since the last review (Chromium)', () => {
  it('opens from the document and shows exactly the edited fields, in English and French', async () => {
    await page.goto(`/admin/collections/${STATEMENTS}/${id}`)
    await page.getByRole('link', { exact: true, name: 'Changes' }).click()
    await page.waitForURL(new RegExp(`/collections/${STATEMENTS}/${id}/changes$`))
    const view = page.getByTestId('review-changes')
    await view.waitFor()
    // Dates are written in the browser (the reader's time zone), after hydration.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.review-changes time')].every((time) => time.textContent),
    )
    await expect(view.locator('.review-changes__baseline').textContent()).resolves.toMatch(
      /^Compared with the version on which Rita Reviewer requested changes · \w/,
    )
    const sections = view.locator('section.review-changes__field')
    await expect(
      sections.evaluateAll((nodes) =>
        nodes.map(
          (node) => `${node.getAttribute('data-field')}:${node.getAttribute('data-locale')}`,
        ),
      ),
    ).resolves.toEqual(['title:fr', 'body:en'])
    const body = view.locator('section[data-field="body"][data-locale="en"]')
    await expect(body.locator('del').allTextContents()).resolves.toEqual([
      'a ',
      'permit tied to their',
    ])
    await expect(body.locator('ins').allTextContents()).resolves.toEqual([
      'an open ',
      'permit, valid with any',
    ])
    await expect(
      view.locator('section[data-field="title"] ins').allTextContents(),
    ).resolves.toEqual(['toutes '])
    // No bookkeeping: no states, no hashes.
    await expect(view.textContent()).resolves.not.toMatch(
      /In review|Changes requested|contentHash|Workflow/,
    )
    // The two edits, newest first, with who made them; the submit and request-changes versions are not listed.
    const rows = view.locator('table.review-changes__versions tbody tr')
    await expect(
      rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
      ),
    ).resolves.toEqual([
      ['Théo Translator', 'French'],
      ['Emma Editor', 'English'],
    ])
    await expect(rows.first().locator('time').textContent()).resolves.toMatch(/\d/)
    await shot(page, 'changes-view')
  })

  it("Payload's version comparison of a state-only version shows no workflow fields", async () => {
    const { docs } = await app.ctx.payload.findVersions({
      collection: STATEMENTS,
      depth: 0,
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    await page.goto(`/admin/collections/${STATEMENTS}/${id}/versions/${docs[0]!.id}`)
    const diffs = page.locator('.render-field-diffs').first()
    // Rendered after mount (a shimmer before): wait for the one field that does differ.
    await diffs.getByText('Updated At').waitFor()
    await expect(diffs.textContent()).resolves.not.toMatch(
      /English state|In review|Changes requested|Workflow/,
    )
  })

  it('shows a translator the English as translated and the English now, side by side, where it changed', async () => {
    const created = await app.ctx.payload.create({
      collection: STATEMENTS,
      data: {
        slug: 'family-reunification',
        summary: 'Families wait years to be reunited.',
        title: 'Family reunification',
        topic: 'regularization',
      },
      draft: true,
      overrideAccess: false,
      user: people.editor,
    })
    const other = created.id
    await app.ctx.payload.update({
      collection: STATEMENTS,
      data: {
        summary: 'Les familles attendent des années avant d’être réunies.',
        title: 'Réunification familiale',
      },
      draft: true,
      id: other,
      locale: 'fr',
      overrideAccess: false,
      user: people.translator,
    })
    await move('translator', 'submit_translation', undefined, other)
    await app.ctx.payload.update({
      collection: STATEMENTS,
      data: { summary: 'Families wait three years or more to be reunited.' },
      draft: true,
      id: other,
      locale: 'en',
      overrideAccess: false,
      user: people.editor2,
    })
    const translator = (await signIn(browser, app.server.url, PEOPLE.translator.email, PASSWORD))
      .page
    await translator.goto(`/admin/collections/${STATEMENTS}/${other}?locale=fr`)
    const summary = translator.getByTestId('source-summary')
    await summary.waitFor()
    await expect(summary.getAttribute('data-outdated')).resolves.toBe('true')
    await expect(summary.locator('.source-compare__side').allTextContents()).resolves.toEqual([
      'English when the translation was submittedFamilies wait years to be reunited.',
      'English nowFamilies wait three years or more to be reunited.',
    ])
    await expect(summary.locator('ins').allTextContents()).resolves.toEqual(['three ', ' or more'])
    await expect(summary.locator('del').count()).resolves.toBe(0)
    // The title did not change: its English alone, as before.
    await expect(
      translator.getByTestId('source-title').getAttribute('data-outdated'),
    ).resolves.toBe('false')
    await expect(translator.getByTestId('source-title').textContent()).resolves.toBe(
      'EnglishFamily reunification',
    )
    await summary.scrollIntoViewIfNeeded()
    await shot(translator, 'changes-source-compare')
  })
})
