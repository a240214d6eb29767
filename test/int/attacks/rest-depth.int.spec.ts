import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { request } from '../../helpers/attacks'
import { pdfFile } from '../../helpers/files'
import { type ApiServer, startApiServer } from '../../helpers/httpServer'
import { initPayload, type TestContext } from '../../helpers/initPayload'
import { MEDIA, STATEMENTS } from '../../helpers/slugs'
import { createStaff, publishViaWorkflow, type Staff } from '../../helpers/workflow'
import { draftStatement } from '../../helpers/workflowState'

/**
 * Issue [4/6] item 5.3: REST `?depth=` is clamped to the config's maxDepth (2), so one request cannot
 * make the server populate the whole graph. Chain used: note → statement (level 1) → its PDF and its
 * notes (level 2). The deepest chain of this content model is two hops, so the clamp is also shown
 * lowered to 1, where it visibly stops population.
 */
let ctx: TestContext
let payload: Payload
let server: ApiServer
let staff: Staff
let note: number
let statement: number
let pdf: number
beforeAll(async () => {
  ctx = await initPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  server = await startApiServer()
  pdf = (await payload.create({ collection: MEDIA, data: {}, file: pdfFile('statement.pdf') })).id
  statement = await draftStatement(payload, staff.editor, 'deep')
  await payload.update({
    collection: STATEMENTS,
    data: { statementPdf: pdf },
    draft: true,
    id: statement,
    overrideAccess: false,
    user: staff.editor,
  })
  await publishViaWorkflow(payload, staff, STATEMENTS, statement)
  note = (
    await payload.create({
      collection: 'briefing-notes',
      data: { slug: 'deep-note', statement, title: 'Deep note' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
  ).id
  await publishViaWorkflow(payload, staff, 'briefing-notes', note)
})
afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

type Note = {
  statement:
    | number
    | {
        briefingNotes: { docs: (number | { statement: unknown })[] }
        statementPdf: number | { filename: string }
      }
}
const read = async (depth: string) => {
  const response = await request(server, `/api/briefing-notes/${note}?depth=${depth}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Note
}

/** Runs `work` with the clamp set to `maxDepth` (the handlers read it from the same config at each request). */
const withMaxDepth = async <T>(maxDepth: number, work: () => Promise<T>): Promise<T> => {
  const config = payload.config as { maxDepth: number }
  const before = config.maxDepth
  config.maxDepth = maxDepth
  try {
    return await work()
  } finally {
    config.maxDepth = before
  }
}

type Populated = Exclude<Note['statement'], number>

describe('REST depth is clamped at maxDepth (2)', () => {
  it('?depth=100 answers exactly as ?depth=2: the statement and its PDF populated, nothing below', async () => {
    expect(payload.config.maxDepth).toBe(2)
    const clamped = await read('100')
    expect(clamped).toEqual(await read('2'))
    const statementDoc = clamped.statement as Populated
    expect(statementDoc.statementPdf).toMatchObject({ filename: 'statement.pdf', id: pdf })
    expect(statementDoc.briefingNotes.docs).toEqual([note])
  })

  it('the clamp is what stops population: lowered to 1, ?depth=100 answers as ?depth=1 (the PDF stays an id)', async () => {
    const [clamped, one] = await withMaxDepth(1, async () => [await read('100'), await read('1')])
    expect(clamped).toEqual(one)
    expect((clamped!.statement as Populated).statementPdf).toBe(pdf)
  })

  it('2 costs front ends nothing: without the clamp, depth 10 gives the same answer (no chain here is deeper)', async () => {
    const unclamped = await withMaxDepth(10, () => read('10'))
    expect(unclamped).toEqual(await read('2'))
  })

  it('depth 0 and 1 answer as before; nonsense depths answer 200 and never deeper than the clamp', async () => {
    expect((await read('0')).statement).toBe(statement)
    expect(((await read('1')).statement as Populated).statementPdf).toBe(pdf)
    const deepest = JSON.stringify(await read('2')).length
    for (const depth of ['-5', 'abc', '1e9', '99999999999999999999']) {
      const response = await request(server, `/api/briefing-notes/${note}?depth=${depth}`)
      const body = (await response.json()) as Note
      expect([depth, response.status, JSON.stringify(body).length <= deepest]).toEqual([
        depth,
        200,
        true,
      ])
    }
  })

  it('lists and the Local API are clamped too', async () => {
    const list = (await (await request(server, '/api/briefing-notes?depth=50')).json()) as {
      docs: Note[]
    }
    expect(list.docs[0]).toEqual(await read('2'))
    await withMaxDepth(1, async () => {
      const local = (await payload.findByID({
        collection: 'briefing-notes',
        depth: 25,
        id: note,
      })) as unknown as Note
      expect((local.statement as Populated).statementPdf).toBe(pdf)
    })
  })
})
