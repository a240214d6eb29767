import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, screenshotter, signIn } from './helpers/browser'
import { createPeople, PASSWORD, PEOPLE } from './helpers/users'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SHOTS = path.join(root, 'test-results/e2e')
const shot = screenshotter(SHOTS)
const STATEMENTS = 'policy-statements'
const README_SHOTS = [
  '02-editor-submitted',
  '03-reviewer-my-work',
  '04-reviewer-requests-changes',
  '06-reviewer-published',
  '07-translator-my-work',
  '08-translator-french',
  '09-reviewer-approved-french',
  '10-translator-outdated',
]

let app: AdminApp
let browser: Browser
let docUrl = ''
let docId = ''
const pages: Partial<Record<keyof typeof PEOPLE, Page>> = {}

const as = async (person: keyof typeof PEOPLE): Promise<Page> => {
  pages[person] ??= (await signIn(browser, app.server.url, PEOPLE[person].email, PASSWORD)).page
  return pages[person]!
}

const open = async (page: Page, url: string) => {
  await page.goto(url)
  await page.getByTestId('workflow-panel').waitFor()
  // Payload keeps every field read-only until the form has loaded its state.
  await page.waitForLoadState('networkidle')
}

const expectState = async (page: Page, state: string) => {
  await page.locator(`[data-testid="workflow-state"][data-state="${state}"]`).waitFor()
}

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
    .getByText(/successfully/i)
    .first()
    .waitFor()
}

beforeAll(async () => {
  app = await startAdminApp(root)
  console.log(`[e2e] next start ready in ${app.startMs} ms`)
  await createPeople(app.server.url)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("a statement's day in the admin (Chromium)", () => {
  it('an editor drafts a statement and submits it; she has no publish control', async () => {
    const page = await as('editor')
    await page.goto(`/admin/collections/${STATEMENTS}/create`)
    await page.locator('#field-title').fill('Decent work for migrant care workers')
    await page.locator('#field-summary').fill('Care workers on closed permits need open permits and a path to permanent residence.')
    await page.locator('#field-topic').click()
    await page.getByRole('option', { name: 'Employment Rights' }).click()
    await saveDraft(page)
    await page.waitForURL(new RegExp(`/collections/${STATEMENTS}/\\d+`))
    docUrl = new URL(page.url()).pathname
    docId = docUrl.split('/').pop()!
    await open(page, docUrl)
    await expectState(page, 'draft')
    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    await shot(page, '01-editor-draft')
    await press(page, 'submit')
    await expectState(page, 'in_review')
    await expect(page.locator('#workflow-action-publish').count()).resolves.toBe(0)
    await shot(page, '02-editor-submitted')
  })

  it('a reviewer finds it in My work and requests changes with a comment', async () => {
    const page = await as('reviewer')
    await page.goto('/admin/my-work')
    await page.getByTestId('queue-review').getByRole('link', { name: 'Decent work for migrant care workers' }).waitFor()
    await shot(page, '03-reviewer-my-work')
    await open(page, docUrl)
    await page.locator('#workflow-action-request_changes').click()
    await expect(page.locator('#workflow-action-request_changes-confirm').isDisabled()).resolves.toBe(true)
    await page.locator('#field-workflow-action-request_changes-comment').fill('Cite the 2023 report on closed work permits.')
    await shot(page, '04-reviewer-requests-changes')
    await page.locator('#workflow-action-request_changes-confirm').click()
    await expectState(page, 'changes_requested')
  })

  it('the editor revises and resubmits', async () => {
    const page = await as('editor')
    await page.goto('/admin/my-work')
    await page.getByTestId('queue-changes').getByRole('link', { name: 'Decent work for migrant care workers' }).click()
    await page.getByTestId('workflow-panel').waitFor()
    await expect(page.getByTestId('workflow-history').textContent()).resolves.toContain('Cite the 2023 report')
    await page
      .locator('#field-summary')
      .fill('Care workers on closed permits need open permits and a path to permanent residence (2023 report on closed work permits).')
    await saveDraft(page)
    await open(page, docUrl)
    await press(page, 'submit')
    await expectState(page, 'in_review')
  })

  it('a second reviewer approves and publishes; the Publish button is the workflow one', async () => {
    const page = await as('reviewer2')
    await open(page, docUrl)
    // No "Cannot publish…" line for a move that does not apply yet.
    await expect(page.getByTestId('workflow-blocked').count()).resolves.toBe(0)
    await press(page, 'approve')
    await expectState(page, 'approved')
    await shot(page, '05-reviewer-approved')
    // The document controls' Publish button is the workflow's publish transition.
    await page.locator('.doc-controls #workflow-action-publish, .document-controls #workflow-action-publish').first().click()
    await expectState(page, 'published')
    await shot(page, '06-reviewer-published')
  })

  it('a translator finds the statement in "French not started", sees English read-only, translates and submits', async () => {
    const page = await as('translator')
    await page.goto('/admin/my-work')
    const queue = page.getByTestId('queue-translate-fr')
    await queue.getByRole('link', { name: 'Decent work for migrant care workers' }).waitFor()
    await shot(page, '07-translator-my-work')
    await open(page, docUrl)
    await expect(page.locator('#field-title').isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId('translator-hint').textContent()).resolves.toContain('switch the locale')
    await open(page, `${docUrl}?locale=fr`)
    await page.locator('#field-title:not([disabled])').waitFor()
    await expect(page.locator('#field-topic .rs__control--is-disabled, #field-topic [aria-disabled="true"]').count()).resolves.toBeGreaterThan(0)
    await page.locator('#field-title').fill('Un travail décent pour les travailleuses migrantes du soin')
    await page
      .locator('#field-summary')
      .fill('Les travailleuses du soin à permis fermé ont besoin de permis ouverts et d’un accès à la résidence permanente.')
    await saveDraft(page)
    await open(page, `${docUrl}?locale=fr`)
    await page.locator('[data-testid="translation-state-fr"][data-state="in_progress"]').waitFor()
    await shot(page, '08-translator-french')
    await press(page, 'submit_translation')
    await page.locator('[data-testid="translation-state-fr"][data-state="in_review"]').waitFor()
  })

  it('a reviewer approves the French, and the public API serves it', async () => {
    const page = await as('reviewer')
    await open(page, `${docUrl}?locale=fr`)
    await press(page, 'approve_translation')
    await page.locator('[data-testid="translation-state-fr"][data-state="approved"]').waitFor()
    await shot(page, '09-reviewer-approved-french')
    const res = await fetch(`${app.server.url}/api/${STATEMENTS}/${docId}?locale=fr`)
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { title: string; translation: { fr: string } }
    expect(doc.title).toBe('Un travail décent pour les travailleuses migrantes du soin')
    expect(doc.translation.fr).toBe('approved')
  })

  it('when the editor changes the English, the translator sees French outdated, with the changed field highlighted beside its source', async () => {
    const editor = await as('editor')
    await open(editor, docUrl)
    await editor
      .locator('#field-summary')
      .fill('Care workers on closed permits need open permits, a path to permanent residence and family reunification.')
    await saveDraft(editor)
    const page = await as('translator')
    await page.goto('/admin/my-work')
    await page.getByTestId('queue-translate-fr').getByRole('link', { name: 'Decent work for migrant care workers' }).waitFor()
    await open(page, `${docUrl}?locale=fr`)
    await page.locator('[data-testid="translation-state-fr"][data-state="outdated"]').waitFor()
    await expect(page.getByTestId('source-summary').getAttribute('data-outdated')).resolves.toBe('true')
    await expect(page.getByTestId('source-title').getAttribute('data-outdated')).resolves.toBe('false')
    await expect(page.getByTestId('source-summary').textContent()).resolves.toContain('family reunification')
    // The Export XLIFF link downloads with the admin's session, as a click would.
    const href = (await page.locator('#xliff-export').getAttribute('href'))!
    const xliff = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'include' })
      return { status: res.status, text: await res.text() }
    }, href)
    expect(xliff.status).toBe(200)
    expect(xliff.text).toContain('family reunification')
    await page.getByTestId('source-summary').scrollIntoViewIfNeeded()
    await shot(page, '10-translator-outdated')
  })

  it('the admin speaks French to whoever chooses it', async () => {
    const context = await browser.newContext({ baseURL: app.server.url })
    await context.addCookies([{ name: 'payload-lng', url: app.server.url, value: 'fr' }])
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.getByRole('button', { name: 'Se connecter' }).waitFor()
    await context.close()
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
