import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's chromium; override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchChromium = (): Promise<Browser> => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome (bash .ci/install-chromium says how).`,
    )
  return chromium.launch({
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    executablePath: CHROMIUM,
    headless: true,
  })
}

/** A signed-in browser context for one person, with a page on the admin. */
export const signIn = async (
  browser: Browser,
  baseURL: string,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ baseURL, viewport: { height: 900, width: 1440 } })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return { context, page }
}

/** Saves a screenshot of the page as `<dir>/<name>.png` and returns its path. */
export const screenshotter = (dir: string) => {
  mkdirSync(dir, { recursive: true })
  return async (page: Page, name: string) => {
    const file = path.join(dir, `${name}.png`)
    await page.screenshot({ fullPage: false, path: file })
    return file
  }
}
