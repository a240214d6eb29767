import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await initPayload()
})
afterAll(async () => ctx?.cleanup())

describe('smoke', () => {
  it('creates a partner', async () => {
    const doc = await ctx.payload.create({ collection: 'partners', data: { organisation: 'X', region: 'BC' } })
    expect(doc.organisation).toBe('X')
  })
})
