import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'
import { launchChromium, signIn } from './helpers/browser'
import { createPeople, PASSWORD, PEOPLE } from './helpers/users'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STATEMENTS = 'policy-statements'

let app: AdminApp
let browser: Browser
let english = ''
let french = ''

const api = async (person: keyof typeof PEOPLE, method: string, url: string, body?: unknown) => {
  const login = await fetch(`${app.server.url}/api/users/login`, {
    body: JSON.stringify({ email: PEOPLE[person].email, password: PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${app.server.url}${url}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method,
  })
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { doc: { id: number } }
}

beforeAll(async () => {
  app = await startAdminApp(root)
  await createPeople(app.server.url)
  browser = await launchChromium()
  const draft = async (title: string, slug: string) =>
    (
      await api('editor', 'POST', `/api/${STATEMENTS}?draft=true`, {
        slug,
        summary: `${title}.`,
        title,
        topic: 'regularization',
      })
    ).doc.id
  english = String(await draft('Care work permits', 'care-work-permits'))
  await api('editor', 'POST', `/api/${STATEMENTS}/${english}/workflow/submit`, {})
  french = String(await draft('Seasonal workers', 'seasonal-workers'))
  await api('translator', 'PATCH', `/api/${STATEMENTS}/${french}?draft=true&locale=fr`, {
    title: 'Travailleurs saisonniers',
  })
  await api('translator', 'POST', `/api/${STATEMENTS}/${french}/workflow/submit_translation`, {
    locale: 'fr',
  })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('My work runs a review desk (Chromium)', () => {
  it('a reviewer sees who submitted and since when, assigns a colleague, and opens French review in French', async () => {
    const { page } = await signIn(browser, app.server.url, PEOPLE.reviewer.email, PASSWORD)
    await page.goto('/admin/my-work')
    const row = page.getByTestId(`queue-review`).getByTestId(`row-${STATEMENTS}-${english}`)
    await expect(row.getByTestId('submitted-by').textContent()).resolves.toBe(PEOPLE.editor.name)
    // Relative and absolute, formatted by the browser in its own zone.
    await row
      .locator('time')
      .filter({ hasText: /ago|now|minute/ })
      .waitFor()
    await expect(row.locator('.my-work__time-absolute').textContent()).resolves.toMatch(/\d{4}/)
    await row.locator('select').selectOption({ label: PEOPLE.reviewer2.name })
    await row.getByRole('button', { name: 'Assign' }).click()
    await page.getByText(`Assigned to ${PEOPLE.reviewer2.name}.`).waitFor()
    // The page refreshes its server rows without a reload.
    await row
      .getByTestId('assignee')
      .locator('.my-work__assignee', { hasText: PEOPLE.reviewer2.name })
      .waitFor()
    // Only reviewers (and admins) are offered.
    await expect(row.locator('select option').allTextContents()).resolves.toEqual([
      'Nobody (all reviewers)',
      PEOPLE.admin.name,
      PEOPLE.reviewer.name,
      PEOPLE.reviewer2.name,
    ])
    const link = page.getByTestId('queue-review-fr').getByRole('link', { name: 'Seasonal workers' })
    await expect(link.getAttribute('href')).resolves.toBe(
      `/admin/collections/${STATEMENTS}/${french}?locale=fr`,
    )
    await link.click()
    await page.waitForURL((url) => url.searchParams.get('locale') === 'fr')
  })

  it('shows the assignee their queue, and My work in French for a French admin', async () => {
    const { context, page } = await signIn(
      browser,
      app.server.url,
      PEOPLE.reviewer2.email,
      PASSWORD,
    )
    await page.goto('/admin/my-work')
    await page
      .getByTestId('queue-assigned')
      .getByRole('link', { name: 'Care work permits' })
      .waitFor()
    await context.addCookies([{ name: 'payload-lng', url: app.server.url, value: 'fr' }])
    await page.goto('/admin/my-work')
    await page.getByRole('heading', { name: 'Mon travail' }).waitFor()
    await expect(page.getByTestId('queue-assigned').locator('h3').textContent()).resolves.toMatch(
      /^Qui m'ont été assignés/,
    )
    await page
      .getByTestId('queue-assigned')
      .locator('time')
      .filter({ hasText: /il y a|maintenant|minute/ })
      .waitFor()
  })
})
