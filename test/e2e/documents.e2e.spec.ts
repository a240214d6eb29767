import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, signIn } from './helpers/browser'
import { createPeople, PASSWORD, PEOPLE } from './helpers/users'

/**
 * Issue [2/7] defects 3 and 4, and the French labels: a refused restore says why; a duplicate gets a
 * free slug; a slug another document uses is refused at the draft save, on the field; the app's own
 * labels read in French in the French admin.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STATEMENTS = 'policy-statements'

let app: AdminApp
let browser: Browser
let editor: Page

const create = async (slug: string, title: string) =>
  (
    await app.ctx.payload.create({
      collection: STATEMENTS,
      data: { slug, title, topic: 'regularization' },
      draft: true,
    })
  ).id

const toast = (page: Page, text: string) =>
  page.locator('[data-sonner-toast]').filter({ hasText: text })

const openDoc = async (page: Page, id: number | string) => {
  await page.goto(`/admin/collections/${STATEMENTS}/${id}`)
  await page.locator('#field-slug').waitFor()
  await page.waitForLoadState('networkidle')
}

/** A browser context whose admin is in French (the Accept-Language Payload reads without a choice made). */
const signInFrench = async (email: string) => {
  const context = await browser.newContext({
    baseURL: app.server.url,
    extraHTTPHeaders: { 'accept-language': 'fr' },
    locale: 'fr-FR',
    viewport: { height: 900, width: 1440 },
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return { context, page }
}

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  browser = await launchChromium()
  editor = (await signIn(browser, app.server.url, PEOPLE.editor.email, PASSWORD)).page
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('saves, duplicates and restores in the admin (Chromium)', () => {
  it('a refused restore shows the reason the API gave (a slug another document now uses)', async () => {
    const id = await create('old-address', 'Moved statement')
    const { docs } = await app.ctx.payload.findVersions({
      collection: STATEMENTS,
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    const oldVersion = docs[0]!.id
    await app.ctx.payload.update({
      collection: STATEMENTS,
      data: { slug: 'new-address' },
      draft: true,
      id,
    })
    await create('old-address', 'Another statement takes the old address')
    await editor.goto(`/admin/collections/${STATEMENTS}/${id}/versions/${oldVersion}`)
    await editor.locator('.restore-version button').first().click()
    const restored = editor.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        response.url().includes(`/versions/${oldVersion}`),
    )
    await editor.locator('#confirm-action').click()
    expect((await restored).status()).toBe(400)
    const reason = toast(editor, 'already used')
    await reason.waitFor()
    expect(await reason.textContent()).toBe(
      'Slug "old-address" is already used in English by another document: choose a different slug.',
    )
    expect(await toast(editor, 'There was a problem restoring').count()).toBe(0)
    const stored = await app.ctx.payload.findByID({
      collection: STATEMENTS,
      draft: true,
      id,
      locale: 'en',
    })
    expect(stored.slug).toBe('new-address')
  })

  it('Duplicate gives the copy a free slug', async () => {
    const id = await create('to-duplicate', 'Statement to duplicate')
    await openDoc(editor, id)
    await editor.locator('.doc-controls__dots').click()
    await editor.locator('#action-duplicate').click()
    await editor.waitForURL((url) =>
      new RegExp(`/collections/${STATEMENTS}/(?!${id}$)\\d+$`).test(url.pathname),
    )
    await editor.locator('#field-slug').waitFor()
    await expect
      .poll(() => editor.locator('#field-slug').inputValue(), { timeout: 15_000 })
      .toBe('to-duplicate-copy')
    const copyId = new URL(editor.url()).pathname.split('/').pop()!
    const copy = await app.ctx.payload.findByID({
      collection: STATEMENTS,
      draft: true,
      id: copyId,
      locale: 'en',
    })
    expect(copy.slug).toBe('to-duplicate-copy')
  })

  it('a draft save taking another document’s slug is refused at once, on the Slug field', async () => {
    await create('taken-address', 'First owner')
    const id = await create('own-address', 'Second statement')
    await openDoc(editor, id)
    await editor.locator('#field-slug').fill('taken-address')
    const saved = editor.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/${STATEMENTS}/${id}`),
    )
    await editor.locator('#action-save-draft').click()
    expect((await saved).status()).toBe(400)
    const field = editor
      .locator('.field-type')
      .filter({ has: editor.locator('#field-slug') })
      .first()
    await expect
      .poll(async () => (await field.getAttribute('class')) ?? '', { timeout: 15_000 })
      .toMatch(/\berror\b/)
    await expect
      .poll(async () => (await field.textContent()) ?? '', { timeout: 15_000 })
      .toContain('Slug "taken-address" is already used in English by another document')
    const stored = await app.ctx.payload.findByID({
      collection: STATEMENTS,
      draft: true,
      id,
      locale: 'en',
    })
    expect(stored.slug).toBe('own-address')
  })

  it('an editor in English and a translator in French edit one document at once: no lock, no conflict, nothing overwritten', async () => {
    const id = await create('two-languages', 'Written in two languages')
    await app.ctx.payload.update({
      collection: STATEMENTS,
      data: { summary: 'Résumé initial', title: 'Écrit en deux langues' },
      draft: true,
      id,
      locale: 'fr',
    })
    const translator = (await signIn(browser, app.server.url, PEOPLE.translator.email, PASSWORD))
      .page
    await openDoc(editor, id)
    await translator.goto(`/admin/collections/${STATEMENTS}/${id}?locale=fr`)
    await translator.locator('#field-summary').waitFor()
    await translator.waitForLoadState('networkidle')
    expect(await translator.locator('.document-locked, [class*="document-locked"]').count()).toBe(0)
    const saveDraft = async (page: Page) => {
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/${STATEMENTS}/${id}`),
      )
      await page.locator('#action-save-draft').click()
      const response = await saved
      return [response.status(), response.status() === 200 ? '' : await response.text()]
    }
    await editor.locator('#field-summary').fill('English revised while the French is open.')
    expect(await saveDraft(editor)).toEqual([200, ''])
    await translator
      .locator('#field-summary')
      .fill('Français révisé pendant que l’anglais est ouvert.')
    expect(await saveDraft(translator)).toEqual([200, ''])
    const doc = (await app.ctx.payload.findByID({
      collection: STATEMENTS,
      depth: 0,
      draft: true,
      id,
      locale: 'all' as never,
    })) as unknown as { summary: Record<string, string> }
    expect(doc.summary).toEqual({
      en: 'English revised while the French is open.',
      fr: 'Français révisé pendant que l’anglais est ouvert.',
    })
    await translator.context().close()
  })

  it('the French admin reads the app’s own labels in French', async () => {
    const { context, page } = await signInFrench(PEOPLE.translator.email)
    await page.goto(`/admin/collections/${STATEMENTS}`)
    await page.waitForLoadState('networkidle')
    const nav = (await page.locator('nav').first().textContent()) ?? ''
    expect(nav).toContain('Prises de position')
    expect(nav).toContain('Notes d’information')
    expect(nav).not.toContain('Policy statements')
    const id = await create('en-francais', 'Statement read in French')
    await page.goto(`/admin/collections/${STATEMENTS}/${id}?locale=fr`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('label[for="field-title"]').first().textContent()).toMatch(/^Titre/)
    expect(await page.locator('label[for="field-summary"]').first().textContent()).toMatch(
      /^Résumé/,
    )
    await context.close()
  })
})
