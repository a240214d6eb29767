import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, signIn } from './helpers/browser'
import { createPeople, PASSWORD, PEOPLE } from './helpers/users'

/**
 * Issue [1/7], optimistic concurrency in the admin: the form sends the updatedAt it loaded, so a save
 * from a tab that did not see another tab's save is refused with who changed it, instead of silently
 * overwriting it; saving twice in one tab is never refused.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STATEMENTS = 'policy-statements'

let app: AdminApp
let browser: Browser
let tabA: Page
let tabB: Page
let docUrl = ''

const openDoc = async (page: Page) => {
  await page.goto(docUrl)
  await page.getByTestId('workflow-panel').waitFor()
  await page.waitForLoadState('networkidle')
}

/** Clicks Save Draft and returns the status of the save request the form sent. */
const saveDraft = async (page: Page): Promise<number> => {
  const saved = page.waitForResponse(
    (response) =>
      ['PATCH', 'POST'].includes(response.request().method()) &&
      /\/api\/policy-statements(\/\d+)?(\?|$)/.test(response.url()),
  )
  await page.locator('#action-save-draft').click()
  return (await saved).status()
}

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  browser = await launchChromium()
  const { context, page } = await signIn(browser, app.server.url, PEOPLE.editor.email, PASSWORD)
  tabA = page
  await tabA.goto(`/admin/collections/${STATEMENTS}/create`)
  await tabA.locator('#field-title').fill('Open work permits for care workers')
  await tabA.locator('#field-summary').fill('First summary.')
  await tabA.locator('#field-topic').click()
  await tabA.getByRole('option', { name: 'Employment Rights' }).click()
  expect(await saveDraft(tabA)).toBe(201)
  await tabA.waitForURL(new RegExp(`/collections/${STATEMENTS}/\\d+`))
  docUrl = new URL(tabA.url()).pathname
  tabB = await context.newPage()
  await openDoc(tabA)
  await openDoc(tabB)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('one editor, one document, two tabs (Chromium)', () => {
  it('saves twice from the same tab without a conflict', async () => {
    await tabA.locator('#field-summary').fill('Summary written in tab A.')
    expect(await saveDraft(tabA)).toBe(200)
    await tabA.locator('#field-summary').fill('Summary written in tab A, then revised there.')
    expect(await saveDraft(tabA)).toBe(200)
  })

  it('refuses the stale tab with who changed the document, and keeps the other tab’s text', async () => {
    await tabB.locator('#field-summary').fill('Summary written in tab B from the old version.')
    expect(await saveDraft(tabB)).toBe(409)
    // The whole sentence in one toast (Payload's form splits a plain error message at colons and commas).
    const conflict = tabB.locator('[data-sonner-toast]').filter({ hasText: 'since you loaded it' })
    await conflict.waitFor()
    await expect(conflict.textContent()).resolves.toMatch(
      /^This document was changed by Emma Editor at \d{4}-\d\d-\d\d \d\d:\d\d UTC since you loaded it: reload to see their changes, then save again\.$/,
    )
    const id = docUrl.split('/').pop()!
    const stored = await app.ctx.payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'en',
    })
    expect(stored.summary).toBe('Summary written in tab A, then revised there.')
    await openDoc(tabB)
    await expect(tabB.locator('#field-summary').inputValue()).resolves.toBe(
      'Summary written in tab A, then revised there.',
    )
  })
})
