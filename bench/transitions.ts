// Times workflow transitions against a plain update of the same document (Local API, this
// project's config, on the benchmark database), then, for reference, vanilla Payload's own publish
// against its draft save on the same document (BENCH_VARIANT=A's config, no workflow).
// Prints BENCH {"plain":[ms…],"approve":[…],"publish":[…],"vanillaDraft":[…],"vanillaPublish":[…]}.
import { performance } from 'node:perf_hooks'
import { getPayload } from 'payload'

import { transitionDocument } from '../src/index'
import { READY } from './processes'
import { asUser } from './users'
import { variantConfig } from './variants'

// Each round times the write and the transitions it is compared with within a few seconds of each
// other, so the report pairs them by round: this shared machine's speed drifts over minutes.
const rounds = Number(process.env.BENCH_TRANSITION_ROUNDS ?? 40)
// Untimed rounds first: the first writes of a process run cold (JIT, connection pool).
const WARMUP_ROUNDS = 3
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now()
  await work()
  return performance.now() - started
}
const samples = { approve: [] as number[], plain: [] as number[], publish: [] as number[], vanillaDraft: [] as number[], vanillaPublish: [] as number[] }

if (process.env.BENCH_VARIANT === 'A') {
  const payload = await getPayload({ config: await variantConfig('A') })
  const { docs } = await payload.find({ collection: 'policy-statements', depth: 0, limit: 1, sort: '-id', where: { _status: { equals: 'published' } } })
  const id = docs[0]!.id
  for (let round = -WARMUP_ROUNDS; round < rounds; round += 1) {
    const draft = await timed(() => payload.update({ collection: 'policy-statements', data: { summary: `Vanilla summary ${round} ${Date.now()}` }, draft: true, id }))
    const publish = await timed(() => payload.update({ collection: 'policy-statements', data: { _status: 'published' }, draft: false, id }))
    if (round < 0) continue
    samples.vanillaDraft.push(draft)
    samples.vanillaPublish.push(publish)
  }
  await payload.destroy()
} else {
  const payload = await getPayload({ config: await variantConfig('B') })
  const editor = await asUser(payload, 'editor@example.org')
  const reviewer = await asUser(payload, 'reviewer@example.org')
  const { docs } = await payload.find({ collection: 'policy-statements', depth: 0, limit: 1, sort: '-id', where: { _status: { equals: 'published' } } })
  const id = docs[0]!.id
  for (let round = -WARMUP_ROUNDS; round < rounds; round += 1) {
    // A plain update: the editor saves a change, as the admin form does.
    const plain = await timed(() => payload.update({ collection: 'policy-statements', data: { summary: `Revised summary ${round} ${Date.now()}` }, draft: true, id, overrideAccess: false, req: editor }))
    await transitionDocument(editor, { collection: 'policy-statements', id, name: 'submit' })
    const approve = await timed(() => transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'approve' }))
    const publish = await timed(() => transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'publish' }))
    if (round < 0) continue
    samples.plain.push(plain)
    samples.approve.push(approve)
    samples.publish.push(publish)
  }
  await payload.destroy()
}
process.stdout.write(`${READY}${JSON.stringify(samples)}\n`)
process.exit(0)
