import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, screenshotter } from './helpers/browser'
import { type Person, personPage, restAs } from './helpers/people'
import { createPeople } from './helpers/users'

/**
 * Issue [2/7], the workflow panel and the document controls in Chromium: only possible moves, French
 * reviewed from the French view, destructive moves confirmed, a save in review withdraws only when
 * asked, one state in the header and the panel, no full reload, no console error nor hydration
 * warning, Payload's look, and the panel in French for a French admin.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STATEMENTS = 'policy-statements'
const shot = screenshotter(path.join(root, 'test-results/e2e'))

let app: AdminApp
let browser: Browser
let docId = ''
let docUrl = ''
const pages: Partial<Record<Person, Page>> = {}
/** Console errors and React warnings, per person, since their page was opened. */
const consoleProblems: Partial<Record<Person, string[]>> = {}

const api = (person: Person, method: string, url: string, body?: unknown) =>
  restAs(app.server.url).ok(person, method, url, body)

const move = (person: Person, transition: string, body: Record<string, string> = {}) =>
  api(person, 'POST', `/${STATEMENTS}/${docId}/workflow/${transition}`, body)

/** A signed-in page in the person's own browser context: Paris time, and optionally the French admin. */
const as = async (person: Person, options: { language?: 'fr' } = {}): Promise<Page> => {
  pages[person] ??= await personPage(browser, app.server.url, person, {
    ...options,
    problems: (consoleProblems[person] = []),
    timezoneId: 'Europe/Paris',
  })
  return pages[person]!
}

/** Opens a document page (in English unless told: Payload remembers the last locale) and starts listening to its console anew. */
const open = async (page: Page, url = `${docUrl}?locale=en`) => {
  for (const problems of Object.values(consoleProblems)) problems.length = 0
  await page.goto(url)
  await page.getByTestId('workflow-panel').waitFor()
  await page.waitForLoadState('networkidle')
}

const panelState = (page: Page, state: string) =>
  page.locator(`[data-testid="workflow-state"][data-state="${state}"]`).waitFor()
const headerState = (page: Page, state: string) =>
  page.locator(`[data-testid="header-workflow-state"][data-state="${state}"]`).waitFor()
/** Set before a transition; still there after it only if the page was not reloaded. */
const markWindow = (page: Page) =>
  page.evaluate(() => ((window as unknown as { noReload: string }).noReload = 'still here'))
const windowMark = (page: Page) =>
  page.evaluate(() => (window as unknown as { noReload?: string }).noReload ?? null)

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  browser = await launchChromium()
  // English with an empty body and no recommendations: two fields less to translate.
  const created = (await api('editor', 'POST', `/${STATEMENTS}?locale=en`, {
    summary:
      'Domestic workers tied to one employer face abuse; open work permits restore their bargaining power.',
    title: 'Open work permits for domestic workers',
    topic: 'employment-rights',
  })) as { doc: { id: number } }
  docId = String(created.doc.id)
  docUrl = `/admin/collections/${STATEMENTS}/${docId}`
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the workflow panel and document controls (Chromium)', () => {
  it('a document page logs no console error and no hydration warning; the header shows the workflow state', async () => {
    const page = await as('editor')
    await open(page)
    await headerState(page, 'draft')
    await expect(page.locator('.doc-controls .status__value').first().textContent()).resolves.toBe(
      'Draft',
    )
    // Payload's own status ("Changed", "Published" counted from versions) is gone.
    await expect(page.locator('#action-revert-to-published').count()).resolves.toBe(0)
    await page.reload()
    await page.getByTestId('workflow-panel').waitFor()
    await page.waitForLoadState('networkidle')
    expect(consoleProblems.editor).toEqual([])
  })

  it('counts only the fields that have English content to translate', async () => {
    const page = await as('editor')
    const status = (await api('editor', 'GET', `/${STATEMENTS}/${docId}/workflow`)) as {
      translations: { fr: { progress: { missing: string[]; total: number } } }
    }
    expect(status.translations.fr.progress.missing).not.toContain('body')
    expect(status.translations.fr.progress.missing).not.toContain('recommendations')
    const { total } = status.translations.fr.progress
    await expect(page.getByTestId('translation-progress-fr').textContent()).resolves.toBe(
      `0 of ${total} fields filled in`,
    )
  })

  it('submits without a full reload: the pill, the header and the buttons follow', async () => {
    const page = await as('editor')
    await markWindow(page)
    await page.locator('#workflow-action-submit').click()
    await panelState(page, 'in_review')
    await headerState(page, 'in_review')
    await expect(page.locator('#workflow-action-submit').count()).resolves.toBe(0)
    expect(await windowMark(page)).toBe('still here')
    // Payload's form took the new saved state: the next save is not refused as stale.
    expect(consoleProblems.editor).toEqual([])
  })

  it('saving in review asks to withdraw first, then withdraws and saves', async () => {
    const page = await as('editor')
    await page
      .locator('#field-summary')
      .fill(
        'Domestic workers tied to one employer face abuse; open permits restore their power to leave.',
      )
    await page.locator('#action-save-draft').click()
    const modal = page.locator('.confirmation-modal')
    await modal.getByText('Withdraw from review and save?').waitFor()
    await modal.locator('#confirm-cancel').click()
    await expect(
      page.locator('[data-testid="workflow-state"]').getAttribute('data-state'),
    ).resolves.toBe('in_review')
    await page.locator('#action-save-draft').click()
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/${STATEMENTS}/${docId}?`),
    )
    await modal.locator('#confirm-action').click()
    const save = await saved
    expect([save.status(), save.status() === 200 ? '' : await save.text()]).toEqual([200, ''])
    await panelState(page, 'draft')
    await headerState(page, 'draft')
    const stored = (await api(
      'editor',
      'GET',
      `/${STATEMENTS}/${docId}?draft=true&locale=en&depth=0`,
    )) as { summary: string }
    expect(stored.summary).toContain('open permits restore their power to leave')
    await expect(
      page.getByTestId('workflow-history').locator('li').first().textContent(),
    ).resolves.toContain('Withdraw')
  })

  it('after transitions without a reload, the form holds the new saved state: the next save goes through', async () => {
    const page = await as('editor')
    await markWindow(page)
    await page.locator('#workflow-action-submit').click()
    await panelState(page, 'in_review')
    await page.getByTestId('workflow-panel').locator('#workflow-action-withdraw').click()
    await panelState(page, 'draft')
    await headerState(page, 'draft')
    await page
      .locator('#field-summary')
      .fill(
        'Domestic workers tied to one employer face abuse; open permits restore their power to leave them.',
      )
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/${STATEMENTS}/${docId}?`),
    )
    await page.locator('#action-save-draft').click()
    const save = await saved
    expect([save.status(), save.status() === 200 ? '' : await save.text()]).toEqual([200, ''])
    expect(await windowMark(page)).toBe('still here')
    expect(consoleProblems.editor).toEqual([])
  })

  it('a reviewer sees the moves there are, not a wall of "Cannot …" lines', async () => {
    await move('editor', 'submit')
    const page = await as('reviewer')
    await open(page)
    await panelState(page, 'in_review')
    // A reviewer's save in review is a suggestion: it stays in review, and the panel says why she may not approve.
    await page.locator('#field-title').fill('Open work permits for all domestic workers')
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/${STATEMENTS}/${docId}?`),
    )
    await page.locator('#action-save-draft').click()
    expect((await saved).status()).toBe(200)
    await page.getByTestId('workflow-suggestion').waitFor()
    await panelState(page, 'in_review')
    await expect(page.getByTestId('panel-changes-link').getAttribute('href')).resolves.toBe(
      `${docUrl}/changes?locale=en`,
    )
    await expect(page.getByTestId('workflow-suggestion').textContent()).resolves.toContain(
      'your edits are suggestions',
    )
    await expect(page.locator('#workflow-action-approve').count()).resolves.toBe(0)
    await page.locator('#workflow-action-request_changes').click()
    await page
      .locator('#field-workflow-action-request_changes-comment')
      .fill('Cite the 2023 ILO report on domestic workers.')
    await page.locator('#workflow-action-request_changes-confirm').click()
    await panelState(page, 'changes_requested')
    await expect(page.getByTestId('workflow-actions').count()).resolves.toBe(0)
    await expect(page.getByTestId('workflow-blocked').count()).resolves.toBe(0)
    await expect(page.getByTestId('workflow-panel').textContent()).resolves.not.toContain('Cannot')
    // History: an unnumbered list, newest first, in the reader's time zone with the zone named.
    const history = page.getByTestId('workflow-history')
    await expect(history.evaluate((element) => element.tagName)).resolves.toBe('UL')
    await expect(history.locator('li').first().textContent()).resolves.toContain(
      'Cite the 2023 ILO report',
    )
    await expect(history.locator('li').first().locator('time').textContent()).resolves.toMatch(
      /GMT\+1|UTC\+1|CET/,
    )
    await shot(page, 'panel-reviewer-changes-requested')
    expect(consoleProblems.reviewer).toEqual([])
  })

  it('French is approved from the French view only, with the English beside it', async () => {
    await move('editor', 'submit')
    await move('reviewer2', 'approve')
    // Scheduling asks for a date and time in the reviewer's own zone, with Payload's date picker.
    const scheduler = await as('reviewer2')
    await open(scheduler)
    await scheduler.locator('#workflow-action-schedule').click()
    const form = scheduler.getByTestId('workflow-action-schedule-form')
    await expect(form.locator('.field-label').textContent()).resolves.toBe(
      'Publish at (Europe/Paris)',
    )
    await expect(form.locator('.react-datepicker__input-container input').count()).resolves.toBe(1)
    await expect(form.locator('#workflow-action-schedule-confirm').isDisabled()).resolves.toBe(true)
    await move('reviewer2', 'publish')
    await api('translator', 'PATCH', `/${STATEMENTS}/${docId}?locale=fr&draft=true`, {
      summary:
        'Les travailleuses domestiques liées à un seul employeur subissent des abus ; les permis ouverts leur rendent le pouvoir de partir.',
      title: 'Des permis de travail ouverts pour les travailleuses domestiques',
    })
    await move('translator', 'submit_translation', { locale: 'fr' })
    const page = await as('reviewer')
    await open(page)
    await expect(page.locator('#workflow-action-approve_translation').count()).resolves.toBe(0)
    await expect(
      page.locator('#workflow-action-request_translation_changes').count(),
    ).resolves.toBe(0)
    const link = page.getByTestId('review-in-fr').getByRole('link')
    await expect(link.textContent()).resolves.toBe('Open the French to review it')
    await shot(page, 'panel-review-french-elsewhere')
    await link.click()
    await page.waitForURL(/locale=fr/)
    await page.getByTestId('source-summary').waitFor()
    await page.locator('#workflow-action-approve_translation').click()
    await page.locator('[data-testid="translation-state-fr"][data-state="approved"]').waitFor()
  })

  it('a draft of a published document can be discarded, after a confirmation that says what readers keep', async () => {
    const page = await as('editor')
    await open(page)
    await panelState(page, 'published')
    await page.locator('#field-summary').fill('A summary nobody should read.')
    await page.locator('#action-save-draft').click()
    await panelState(page, 'draft')
    // The French stays approved for readers while the English is only a draft, and the panel says why.
    await expect(page.getByTestId('translation-revising-fr').textContent()).resolves.toContain(
      'The English is being revised (not yet approved): Summary',
    )
    const discard = page.getByTestId('workflow-panel').locator('#workflow-action-discard')
    await expect(discard.getAttribute('class')).resolves.toContain('btn--style-secondary')
    await discard.click()
    const modal = page.locator('.confirmation-modal')
    await expect(modal.locator('[data-testid$="-body"]').textContent()).resolves.toContain(
      'Readers keep seeing the published version',
    )
    await modal.locator('#confirm-action').click()
    await panelState(page, 'published')
    await headerState(page, 'published')
    const stored = (await api(
      'editor',
      'GET',
      `/${STATEMENTS}/${docId}?draft=true&locale=en&depth=0`,
    )) as { summary: string }
    expect(stored.summary).not.toBe('A summary nobody should read.')
    await expect(page.locator('#field-summary').inputValue()).resolves.toBe(stored.summary)
  })

  it('unpublishing asks first and says what readers will see', async () => {
    const page = await as('reviewer')
    await open(page)
    await panelState(page, 'published')
    await page.getByTestId('workflow-panel').locator('#workflow-action-unpublish').click()
    const modal = page.locator('.confirmation-modal')
    await shot(page, 'panel-unpublish-confirm')
    await expect(modal.locator('[data-testid$="-body"]').textContent()).resolves.toBe(
      'Readers will no longer find “Open work permits for all domestic workers” in English or French: its pages and API answers disappear. Staff keep the draft, and it can be published again after a new review.',
    )
    await modal.locator('#confirm-cancel').click()
    await expect(
      page.locator('[data-testid="workflow-state"]').getAttribute('data-state'),
    ).resolves.toBe('published')
    await markWindow(page)
    await page.getByTestId('workflow-panel').locator('#workflow-action-unpublish').click()
    await modal.locator('#confirm-action').click()
    await panelState(page, 'unpublished')
    await headerState(page, 'unpublished')
    expect(await windowMark(page)).toBe('still here')
    const res = await fetch(`${app.server.url}/api/${STATEMENTS}/${docId}?locale=en`)
    expect([403, 404]).toContain(res.status)
  })

  it('archive is a secondary button that confirms', async () => {
    const page = await as('editor')
    await open(page)
    const archive = page.locator('#workflow-action-archive')
    await expect(archive.getAttribute('class')).resolves.toContain('btn--style-secondary')
    await archive.click()
    await page
      .locator('.confirmation-modal')
      .getByText('Archive “Open work permits for all domestic workers”?')
      .waitFor()
    await page.locator('.confirmation-modal #confirm-cancel').click()
  })

  it('a French admin reads the panel in French', async () => {
    const page = await as('translator', { language: 'fr' })
    await open(page, `${docUrl}?locale=fr`)
    const panel = page.getByTestId('workflow-panel')
    await expect(panel.locator('.workflow-panel__title').textContent()).resolves.toBe(
      'Flux éditorial',
    )
    await expect(page.getByTestId('workflow-state').textContent()).resolves.toBe('Dépublié')
    await expect(
      page.getByTestId('translation-state-fr').locator('.pill').textContent(),
    ).resolves.toBe('Approuvée')
    await expect(panel.locator('.workflow-panel__subtitle').textContent()).resolves.toBe(
      'Historique',
    )
    await expect(page.locator('.doc-controls .status__value').first().textContent()).resolves.toBe(
      'Dépublié',
    )
    await expect(page.getByTestId('workflow-history').textContent()).resolves.toContain(
      'Approuver le français',
    )
    await expect(page.locator('#xliff-export').textContent()).resolves.toBe('Exporter en XLIFF')
    await shot(page, 'panel-french-admin')
    expect(consoleProblems.translator).toEqual([])
  })

  it('a reviewer announces a draft as coming soon: asked first, with the fields readers will see', async () => {
    const created = (await api('editor', 'POST', `/${STATEMENTS}?locale=en&draft=true`, {
      summary: 'A statement still being written.',
      title: 'A statement announced before its text',
      topic: 'gender-diverse-migrants',
    })) as { doc: { id: number } }
    const page = await as('reviewer')
    await open(page, `/admin/collections/${STATEMENTS}/${created.doc.id}?locale=en`)
    await page.getByTestId('workflow-panel').locator('#workflow-action-announce').click()
    const modal = page.locator('.confirmation-modal')
    await expect(modal.locator('[data-testid$="-body"]').textContent()).resolves.toContain(
      'marked “coming soon”, with only its Title, Slug, Topic, Summary',
    )
    await shot(page, 'panel-announce-confirm')
    await modal.locator('#confirm-action').click()
    await page.getByTestId('workflow-announced').waitFor()
    await panelState(page, 'draft')
    const reader = (await (
      await fetch(`${app.server.url}/api/${STATEMENTS}/${created.doc.id}`)
    ).json()) as { status: string; title: string }
    expect([reader.status, reader.title]).toEqual([
      'coming_soon',
      'A statement announced before its text',
    ])
    expect(consoleProblems.reviewer).toEqual([])
  })
})
