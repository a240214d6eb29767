// Times workflow transitions against a plain update of the same document (Local API, this
// project's config, on the benchmark database). Prints BENCH {"plain":[ms…],"approve":[…],"publish":[…]}.
import { performance } from 'node:perf_hooks'
import { getPayload } from 'payload'

import { transitionDocument } from '../src/index'
import { READY } from './processes'
import { asUser } from './users'

const rounds = Number(process.env.BENCH_ROUNDS ?? 15)
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const editor = await asUser(payload, 'editor@example.org')
const reviewer = await asUser(payload, 'reviewer@example.org')
const { docs } = await payload.find({ collection: 'policy-statements', depth: 0, limit: 1, sort: '-id', where: { _status: { equals: 'published' } } })
const id = docs[0]!.id
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now()
  await work()
  return performance.now() - started
}
const samples = { approve: [] as number[], plain: [] as number[], publish: [] as number[] }
for (let round = 0; round < rounds; round += 1) {
  // A plain update: the editor saves a change, as the admin form does.
  samples.plain.push(await timed(() => payload.update({ collection: 'policy-statements', data: { summary: `Revised summary ${round}` }, draft: true, id, overrideAccess: false, req: editor })))
  await transitionDocument(editor, { collection: 'policy-statements', id, name: 'submit' })
  samples.approve.push(await timed(() => transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'approve' })))
  samples.publish.push(await timed(() => transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'publish' })))
}
await payload.destroy()
process.stdout.write(`${READY}${JSON.stringify(samples)}\n`)
process.exit(0)
