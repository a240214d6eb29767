import type { Browser, Page } from 'playwright-core'

import { PASSWORD, PEOPLE } from './users'

export type Person = keyof typeof PEOPLE

const clients = new Map<string, ReturnType<typeof client>>()

/**
 * REST as each person (`/api` + `url`), signing in once per person and server: `call` answers the
 * status and the JSON body; `ok` throws on a 4xx/5xx, for set-up steps that must succeed.
 */
export const restAs = (baseURL: string) => {
  if (!clients.has(baseURL)) clients.set(baseURL, client(baseURL))
  return clients.get(baseURL)!
}

const client = (baseURL: string) => {
  const tokens = new Map<Person, Promise<string>>()
  const tokenOf = (person: Person) => {
    if (!tokens.has(person))
      tokens.set(
        person,
        fetch(`${baseURL}/api/users/login`, {
          body: JSON.stringify({ email: PEOPLE[person].email, password: PASSWORD }),
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        }).then(async (res) => ((await res.json()) as { token: string }).token),
      )
    return tokens.get(person)!
  }
  const call = async (person: Person, method: string, url: string, body?: unknown) => {
    const res = await fetch(`${baseURL}/api${url}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        authorization: `JWT ${await tokenOf(person)}`,
        'content-type': 'application/json',
      },
      method,
    })
    return { body: (await res.json()) as Record<string, unknown>, status: res.status }
  }
  const ok = async (person: Person, method: string, url: string, body?: unknown) => {
    const answer = await call(person, method, url, body)
    if (answer.status >= 400)
      throw new Error(
        `${method} ${url} as ${person}: ${answer.status} ${JSON.stringify(answer.body)}`,
      )
    return answer.body
  }
  return { call, ok }
}

/**
 * A signed-in admin page in the person's own browser context (time zone, optionally the French
 * admin), whose console errors, page errors and hydration warnings are pushed to `problems`.
 */
export const personPage = async (
  browser: Browser,
  baseURL: string,
  person: Person,
  { language, problems, timezoneId }: { language?: 'fr'; problems: string[]; timezoneId: string },
): Promise<Page> => {
  const context = await browser.newContext({
    baseURL,
    timezoneId,
    viewport: { height: 900, width: 1440 },
  })
  context.setDefaultTimeout(30_000)
  if (language) await context.addCookies([{ name: 'payload-lng', url: baseURL, value: language }])
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat|did not match|server rendered/i.test(message.text()))
      problems.push(`${person} ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${person} pageerror: ${error.message}`))
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(PEOPLE[person].email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}
