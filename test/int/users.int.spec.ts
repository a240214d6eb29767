import type { Payload } from 'payload'

import { Forbidden } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { USERS } from '../helpers/slugs'

let ctx: TestContext
let payload: Payload
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
})
afterAll(async () => ctx?.cleanup())

const PASSWORD = 'a-long-test-password'

describe('users and roles (Local API)', () => {
  it('makes the first account an admin, then keeps the roles given', async () => {
    const first = await payload.create({
      collection: USERS,
      data: { email: 'first@example.org', name: 'First', password: PASSWORD, roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: USERS,
      data: {
        email: 'both@example.org',
        name: 'Both',
        password: PASSWORD,
        roles: ['editor', 'translator'],
      },
      overrideAccess: false,
      user: first,
    })
    expect(second.roles).toEqual(['editor', 'translator'])
  })

  it('does not let a non-admin change roles; staff read their colleagues (who holds a lock, who changed a document)', async () => {
    const { docs } = await payload.find({
      collection: USERS,
      where: { email: { equals: 'both@example.org' } },
    })
    const editor = docs[0]!
    const updated = await payload.update({
      collection: USERS,
      data: { name: 'Renamed', roles: ['admin'] },
      id: editor.id,
      overrideAccess: false,
      user: editor,
    })
    expect([updated.name, updated.roles]).toEqual(['Renamed', ['editor', 'translator']])
    const visible = await payload.find({ collection: USERS, overrideAccess: false, user: editor })
    const all = await payload.find({ collection: USERS })
    expect(visible.docs.map((user) => user.email).sort()).toEqual(
      all.docs.map((user) => user.email).sort(),
    )
    expect(visible.docs.every((user) => !('sessions' in user))).toBe(true)
    await expect(
      payload.create({
        collection: USERS,
        data: { email: 'x@example.org', name: 'X', password: PASSWORD, roles: ['reviewer'] },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(Forbidden)
  })
})
