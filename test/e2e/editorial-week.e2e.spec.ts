import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, screenshotter } from './helpers/browser'
import { type Person, personPage, restAs } from './helpers/people'
import { createPeople, PEOPLE } from './helpers/users'

/**
 * An editorial week in the admin, as each role plays it in Chromium: two editors, a translator who
 * works in the French admin, two reviewers; one statement goes through a change request, review of
 * the changes since, publication, a French translation made outdated by an English revision and
 * redone; another is submitted, withdrawn, resubmitted, scheduled, published by the job queue and
 * unpublished. Screenshots for the README are taken on the way.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SHOTS = path.join(root, 'test-results/e2e')
const shot = screenshotter(SHOTS)
const STATEMENTS = 'policy-statements'
const README_SHOTS = [
  'week-01-editor-submitted',
  'week-02-reviewer-my-work',
  'week-03-reviewer-changes-since-review',
  'week-04-translator-french-admin',
  'week-05-reviewer-french-review',
  'week-06-translator-english-revised',
  'week-07-reviewer-confirms-unpublish',
]

const CARE = {
  revised:
    'Care workers on closed permits need open permits and a path to permanent residence, as the 2023 report on closed work permits shows.',
  summary: 'Care workers on closed permits need open permits and a path to permanent residence.',
  title: 'Decent work for migrant care workers',
}
const SEASONAL = {
  summary: 'Seasonal agricultural workers need housing standards that are inspected and enforced.',
  title: 'Housing standards for seasonal agricultural workers',
}
const FRENCH = {
  summary:
    'Les travailleuses du soin à permis fermé ont besoin de permis ouverts et d’un accès à la résidence permanente.',
  title: 'Un travail décent pour les travailleuses migrantes du soin',
}

let app: AdminApp
let browser: Browser
const ids: Record<'care' | 'seasonal', string> = { care: '', seasonal: '' }
let publishAt = new Date()
const pages: Partial<Record<Person, Page>> = {}
/** Console errors and React warnings seen by anyone this week. */
const problems: string[] = []

const urlOf = (doc: keyof typeof ids, locale?: string) =>
  `/admin/collections/${STATEMENTS}/${ids[doc]}${locale ? `?locale=${locale}` : ''}`

/** Each person in their own browser: Montréal time; the translator works in the French admin. */
const as = async (person: Person): Promise<Page> => {
  pages[person] ??= await personPage(browser, app.server.url, person, {
    language: person === 'translator' ? 'fr' : undefined,
    problems,
    timezoneId: 'America/Montreal',
  })
  return pages[person]!
}

const api = (person: Person, method: string, url: string, body?: unknown) =>
  restAs(app.server.url).call(person, method, url, body)

const open = async (page: Page, url: string) => {
  await page.goto(url)
  await page.getByTestId('workflow-panel').waitFor()
  // Payload keeps every field read-only until the form has loaded its state.
  await page.waitForLoadState('networkidle')
}

const englishState = (page: Page, state: string) =>
  page.locator(`[data-testid="workflow-state"][data-state="${state}"]`).waitFor()
const frenchState = (page: Page, state: string) =>
  page.locator(`[data-testid="translation-state-fr"][data-state="${state}"]`).waitFor()

const press = async (page: Page, transition: string, comment?: string) => {
  const panel = page.getByTestId('workflow-panel')
  await panel.locator(`#workflow-action-${transition}`).click()
  if (comment !== undefined) {
    await panel.locator(`#field-workflow-action-${transition}-comment`).fill(comment)
    await panel.locator(`#workflow-action-${transition}-confirm`).click()
  }
}

const saveDraft = async (page: Page) => {
  await page.locator('#action-save-draft').click()
  await page
    .locator('.payload-toast-container')
    .getByText(/successfully|succès/i)
    .first()
    .waitFor()
}

const history = (page: Page) => page.getByTestId('workflow-history').locator('li')

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('an editorial week in the admin (Chromium)', () => {
  it('Monday: Emma drafts a statement and submits it; Eli submits another, then withdraws it to fix it', async () => {
    const emma = await as('editor')
    await emma.goto(`/admin/collections/${STATEMENTS}/create`)
    await emma.locator('#field-title').fill(CARE.title)
    await emma.locator('#field-summary').fill(CARE.summary)
    await emma.locator('#field-topic').click()
    await emma.getByRole('option', { name: 'Employment Rights' }).click()
    await saveDraft(emma)
    await emma.waitForURL(new RegExp(`/collections/${STATEMENTS}/\\d+`))
    ids.care = new URL(emma.url()).pathname.split('/').pop()!
    await open(emma, urlOf('care'))
    await press(emma, 'submit')
    await englishState(emma, 'in_review')
    await expect(emma.locator('#workflow-action-publish').count()).resolves.toBe(0)
    await shot(emma, 'week-01-editor-submitted')

    const eli = await as('editor2')
    await eli.goto(`/admin/collections/${STATEMENTS}/create`)
    await eli.locator('#field-title').fill(SEASONAL.title)
    await eli.locator('#field-summary').fill(SEASONAL.summary)
    await eli.locator('#field-topic').click()
    await eli.getByRole('option', { name: 'Employment Rights' }).click()
    await saveDraft(eli)
    await eli.waitForURL(new RegExp(`/collections/${STATEMENTS}/\\d+`))
    ids.seasonal = new URL(eli.url()).pathname.split('/').pop()!
    await open(eli, urlOf('seasonal'))
    await press(eli, 'submit')
    await englishState(eli, 'in_review')
    // A typo found after submitting: saving asks to withdraw the submission first.
    await eli.locator('#field-summary').fill(`${SEASONAL.summary} Inspections must be unannounced.`)
    await eli.locator('#action-save-draft').click()
    const modal = eli.locator('.confirmation-modal')
    await modal.getByText('Withdraw from review and save?').waitFor()
    await modal.locator('#confirm-action').click()
    await englishState(eli, 'draft')
    await expect(history(eli).first().textContent()).resolves.toContain(PEOPLE.editor2.name)
    await expect(history(eli).first().textContent()).resolves.toMatch(/withdr/i)
    await expect(eli.getByTestId('workflow-history').textContent()).resolves.not.toContain(
      'Edited after approval',
    )
  })

  it('Tuesday: Rita finds Emma’s statement in My work, with who submitted it, and requests changes', async () => {
    const rita = await as('reviewer')
    await rita.goto('/admin/my-work')
    const row = rita.getByTestId('queue-review').getByTestId(`row-${STATEMENTS}-${ids.care}`)
    await expect(row.getByTestId('submitted-by').textContent()).resolves.toBe(PEOPLE.editor.name)
    // Eli's withdrawn statement is not waiting for anyone's review.
    await expect(
      rita.getByTestId('queue-review').getByTestId(`row-${STATEMENTS}-${ids.seasonal}`).count(),
    ).resolves.toBe(0)
    await shot(rita, 'week-02-reviewer-my-work')
    await row.getByRole('link', { name: CARE.title }).click()
    await rita.getByTestId('workflow-panel').waitFor()
    await rita.waitForLoadState('networkidle')
    await press(rita, 'request_changes', 'Cite the 2023 report on closed work permits.')
    await englishState(rita, 'changes_requested')
  })

  it('Tuesday: Emma revises and resubmits; Eli resubmits his', async () => {
    const emma = await as('editor')
    await emma.goto('/admin/my-work')
    await emma.getByTestId('queue-changes').getByRole('link', { name: CARE.title }).click()
    await emma.getByTestId('workflow-panel').waitFor()
    await emma.waitForLoadState('networkidle')
    await expect(emma.getByTestId('workflow-history').textContent()).resolves.toContain(
      'Cite the 2023 report',
    )
    await emma.locator('#field-summary').fill(CARE.revised)
    await saveDraft(emma)
    await press(emma, 'submit')
    await englishState(emma, 'in_review')

    const eli = await as('editor2')
    await open(eli, urlOf('seasonal'))
    await press(eli, 'submit')
    await englishState(eli, 'in_review')
  })

  it('Wednesday: Rob reads only what changed since Rita’s review, approves and publishes', async () => {
    const rob = await as('reviewer2')
    await open(rob, urlOf('care'))
    await rob
      .getByTestId('workflow-panel')
      .getByRole('link', { name: /changes since/i })
      .click()
    const view = rob.getByTestId('review-changes')
    await view.waitFor()
    const summary = view.locator('section[data-field="summary"][data-locale="en"]')
    await expect(summary.locator('ins').allTextContents()).resolves.toEqual([
      expect.stringContaining('2023 report on closed work permits'),
    ])
    // Workflow bookkeeping is not content.
    await expect(view.textContent()).resolves.not.toMatch(
      /in_review|changes_requested|contentHash|approvedHash/,
    )
    await expect(view.locator('section.review-changes__field').count()).resolves.toBe(1)
    await shot(rob, 'week-03-reviewer-changes-since-review')
    await open(rob, urlOf('care'))
    await press(rob, 'approve')
    await englishState(rob, 'approved')
    await press(rob, 'publish')
    await englishState(rob, 'published')
    const res = await fetch(`${app.server.url}/api/${STATEMENTS}/${ids.care}?locale=en`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { summary: string }).summary).toBe(CARE.revised)
  })

  it('Wednesday: Rita approves Eli’s statement and schedules it; My work lists it in her time zone', async () => {
    const rita = await as('reviewer')
    await open(rita, urlOf('seasonal'))
    await press(rita, 'approve')
    await englishState(rita, 'approved')
    // Scheduling over REST (the panel's date picker is covered by the panel test); then the desk's list.
    // Due in a few seconds: by Friday's test the queue may publish it.
    publishAt = new Date(Date.now() + 15_000)
    const scheduled = await api(
      'reviewer',
      'POST',
      `/${STATEMENTS}/${ids.seasonal}/workflow/schedule`,
      { publishAt: publishAt.toISOString() },
    )
    expect(scheduled.status).toBe(200)
    await rita.goto('/admin/my-work')
    const row = rita.getByTestId('queue-scheduled').getByTestId(`row-${STATEMENTS}-${ids.seasonal}`)
    const expected = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      timeZone: 'America/Montreal',
    }).format(publishAt)
    // The time is rendered in the browser (the reader's zone): wait for it rather than read the row once.
    await expect
      .poll(() => row.textContent(), { timeout: 15_000 })
      .toContain(expected.replace(/\s/g, ' ').split(' ')[0])
  })

  it('Thursday: Théo, in the French admin, translates Emma’s statement and submits the French', async () => {
    const theo = await as('translator')
    await theo.goto('/admin/my-work')
    const queue = theo.getByTestId('queue-translate-fr')
    await expect(queue.locator('h3').textContent()).resolves.toMatch(/français/i)
    await queue.getByRole('link', { name: CARE.title }).click()
    await theo.waitForURL(/locale=fr/)
    await theo.getByTestId('workflow-panel').waitFor()
    await theo.waitForLoadState('networkidle')
    await expect(theo.locator('.workflow-panel__title').textContent()).resolves.toBe(
      'Flux éditorial',
    )
    await theo.locator('#field-title:not([disabled])').waitFor()
    await theo.locator('#field-title').fill(FRENCH.title)
    await theo.locator('#field-summary').fill(FRENCH.summary)
    await saveDraft(theo)
    await frenchState(theo, 'in_progress')
    await shot(theo, 'week-04-translator-french-admin')
    await press(theo, 'submit_translation')
    await frenchState(theo, 'in_review')
  })

  it('Thursday: Rita opens the French from her queue, in French, beside the English, and approves it', async () => {
    const rita = await as('reviewer')
    await rita.goto('/admin/my-work')
    await rita.getByTestId('queue-review-fr').getByRole('link', { name: CARE.title }).click()
    await rita.waitForURL(/locale=fr/)
    await rita.getByTestId('workflow-panel').waitFor()
    await rita.waitForLoadState('networkidle')
    await expect(rita.getByTestId('source-summary').textContent()).resolves.toContain(CARE.revised)
    await shot(rita, 'week-05-reviewer-french-review')
    await press(rita, 'approve_translation')
    await frenchState(rita, 'approved')
    const res = await fetch(`${app.server.url}/api/${STATEMENTS}/${ids.care}?locale=fr`)
    expect(((await res.json()) as { title: string }).title).toBe(FRENCH.title)
  })

  it('Friday: Emma revises the English; the French stays good for readers until the revision is published, then Théo redoes it from the old and new English', async () => {
    const emma = await as('editor')
    await open(emma, urlOf('care'))
    const newest = `${CARE.revised} Family reunification must follow.`
    await emma.locator('#field-summary').fill(newest)
    await saveDraft(emma)
    const theo = await as('translator')
    await open(theo, urlOf('care', 'fr'))
    // A draft of the English is not what readers get: the French is not outdated for them yet.
    await frenchState(theo, 'approved')
    await expect(theo.getByTestId('workflow-panel').textContent()).resolves.toMatch(
      /anglais est en cours de révision/i,
    )
    await press(emma, 'submit')
    await englishState(emma, 'in_review')
    const rob = await as('reviewer2')
    await open(rob, urlOf('care'))
    await press(rob, 'approve')
    await englishState(rob, 'approved')
    await press(rob, 'publish')
    await englishState(rob, 'published')
    await open(theo, urlOf('care', 'fr'))
    await frenchState(theo, 'outdated')
    // Fields by their label in the admin's language, not their names.
    await expect(theo.getByTestId('workflow-panel').textContent()).resolves.toContain(
      'Modifié en anglais : Résumé',
    )
    // What the system wrote in the history reads in the reader's language too, though Rob published in English.
    await expect(history(theo).first().textContent()).resolves.toContain(
      "La traduction en français est devenue périmée à la publication des modifications de l'anglais : Résumé.",
    )
    const beside = theo.getByTestId('source-summary')
    await expect(beside.getAttribute('data-outdated')).resolves.toBe('true')
    await expect(beside.locator('ins').allTextContents()).resolves.toEqual([
      expect.stringContaining('Family reunification'),
    ])
    await beside.scrollIntoViewIfNeeded()
    await shot(theo, 'week-06-translator-english-revised')
    await theo
      .locator('#field-summary')
      .fill(`${FRENCH.summary} Le regroupement familial doit suivre.`)
    await saveDraft(theo)
    await press(theo, 'submit_translation')
    await frenchState(theo, 'in_review')
    const rita = await as('reviewer')
    await open(rita, urlOf('care', 'fr'))
    await press(rita, 'approve_translation')
    await frenchState(rita, 'approved')
  })

  it('Friday: the scheduled statement is published by the job queue; Rob unpublishes it after a confirmation', async () => {
    // The queue runs every minute in production; an admin runs it now instead of waiting for the next run.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, publishAt.getTime() - Date.now() + 500)),
    )
    const run = await api('admin', 'GET', '/payload-jobs/run')
    expect(run.status).toBe(200)
    const res = await fetch(`${app.server.url}/api/${STATEMENTS}/${ids.seasonal}?locale=en`)
    expect(res.status).toBe(200)
    const rob = await as('reviewer2')
    await open(rob, urlOf('seasonal'))
    await englishState(rob, 'published')
    await rob.getByTestId('workflow-panel').locator('#workflow-action-unpublish').click()
    const modal = rob.locator('.confirmation-modal')
    await expect(modal.textContent()).resolves.toContain('Readers will no longer find')
    await shot(rob, 'week-07-reviewer-confirms-unpublish')
    await modal.locator('#confirm-action').click()
    await englishState(rob, 'unpublished')
    const after = await fetch(`${app.server.url}/api/${STATEMENTS}/${ids.seasonal}?locale=en`)
    expect([403, 404]).toContain(after.status)
  })

  it('nobody saw a console error or a hydration warning all week', () => {
    expect(problems).toEqual([])
  })
})

afterAll(async () => {
  // The screenshots README uses, made smaller (width, palette) and copied where they are committed.
  if (process.env.E2E_UPDATE_SCREENSHOTS !== 'true') return
  const docs = path.join(root, 'docs/screenshots')
  mkdirSync(docs, { recursive: true })
  for (const name of README_SHOTS) {
    await sharp(path.join(SHOTS, `${name}.png`))
      .resize({ width: 1100 })
      .png({ colours: 128, palette: true })
      .toFile(path.join(docs, `${name}.png`))
  }
})
