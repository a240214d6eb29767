import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminApp, startAdminApp } from './helpers/app'

// patches/next+16.4.5.patch: `next start` appends the address that connected to X-Forwarded-For, as
// a proxy does, instead of keeping a header the client wrote (patches/README.md). With no
// TRUSTED_PROXIES the app takes the last hop as the client, so a forged header changes nothing.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const LIMIT = 2

let app: AdminApp

beforeAll(async () => {
  app = await startAdminApp(root, {
    RATE_LIMIT_LOGIN_PER_MINUTE: String(LIMIT),
    TRUSTED_PROXIES: '',
  })
})

afterAll(() => app?.stop())

describe('next start and X-Forwarded-For', () => {
  it('counts the sign-ins of one address against its limit whatever X-Forwarded-For each one sends', async () => {
    const statuses: number[] = []
    for (let attempt = 1; attempt <= LIMIT + 1; attempt += 1) {
      const response = await fetch(`${app.server.url}/api/users/login`, {
        body: JSON.stringify({
          email: `nobody-${attempt}@example.org`,
          password: 'not-the-password',
        }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${attempt}` },
        method: 'POST',
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(401), 429])
  })
})
