// Times workflow transitions against a plain update of the same document (Local API, this
// project's config, on the benchmark database), then, for reference, vanilla Payload's own publish
// against its draft save on the same document (BENCH_VARIANT=A's config, no workflow).
// B also times the admin's path: the same moves as the admin sends them, over HTTP to the app's route
// handlers (Save Draft: PATCH ?draft=true with the form's updatedAt; a panel button: POST …/workflow/<name>).
// Prints BENCH {"plain":[ms…],"approve":[…],"publish":[…],"httpPlain":[…],"httpApprove":[…],"httpPublish":[…],
// "vanillaDraft":[…],"vanillaPublish":[…]}.
import { performance } from 'node:perf_hooks'
import { getPayload } from 'payload'

import { apiHandlers } from '../src/app/handlers'
import { nodeApiListener } from '../src/app/nodeHttp'
import { transitionDocument } from '../src/index'
import { listen } from '../test/helpers/httpServer'
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
const samples = {
  approve: [] as number[],
  httpApprove: [] as number[],
  httpPlain: [] as number[],
  httpPublish: [] as number[],
  plain: [] as number[],
  publish: [] as number[],
  vanillaDraft: [] as number[],
  vanillaPublish: [] as number[],
}

/** Signs in over HTTP and returns a `fetch` that sends JSON as that user and fails on any non-2xx answer. */
const httpUser = async (url: string, email: string) => {
  const login = await fetch(`${url}/api/users/login`, {
    body: JSON.stringify({
      email,
      password: process.env.SEED_DEMO_PASSWORD ?? 'demo-password-2024',
    }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method,
    })
    const json = (await res.json()) as Record<string, unknown>
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
}

if (process.env.BENCH_VARIANT === 'A') {
  const payload = await getPayload({ config: await variantConfig('A') })
  const { docs } = await payload.find({
    collection: 'policy-statements',
    depth: 0,
    limit: 1,
    sort: '-id',
    where: { _status: { equals: 'published' } },
  })
  const id = docs[0]!.id
  for (let round = -WARMUP_ROUNDS; round < rounds; round += 1) {
    const draft = await timed(() =>
      payload.update({
        collection: 'policy-statements',
        data: { summary: `Vanilla summary ${round} ${Date.now()}` },
        draft: true,
        id,
      }),
    )
    const publish = await timed(() =>
      payload.update({
        collection: 'policy-statements',
        data: { _status: 'published' },
        draft: false,
        id,
      }),
    )
    if (round < 0) continue
    samples.vanillaDraft.push(draft)
    samples.vanillaPublish.push(publish)
  }
  await payload.destroy()
} else {
  const config = await variantConfig('B')
  const payload = await getPayload({ config })
  const editor = await asUser(payload, 'editor@example.org')
  const reviewer = await asUser(payload, 'reviewer@example.org')
  const { docs } = await payload.find({
    collection: 'policy-statements',
    depth: 0,
    limit: 1,
    sort: '-id',
    where: { _status: { equals: 'published' } },
  })
  const id = docs[0]!.id
  for (let round = -WARMUP_ROUNDS; round < rounds; round += 1) {
    // A plain update: the editor saves a change, as the admin form does.
    const plain = await timed(() =>
      payload.update({
        collection: 'policy-statements',
        data: { summary: `Revised summary ${round} ${Date.now()}` },
        draft: true,
        id,
        overrideAccess: false,
        req: editor,
      }),
    )
    await transitionDocument(editor, { collection: 'policy-statements', id, name: 'submit' })
    const approve = await timed(() =>
      transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'approve' }),
    )
    const publish = await timed(() =>
      transitionDocument(reviewer, { collection: 'policy-statements', id, name: 'publish' }),
    )
    if (round < 0) continue
    samples.plain.push(plain)
    samples.approve.push(approve)
    samples.publish.push(publish)
  }
  const server = await listen(nodeApiListener(apiHandlers(config)))
  const asEditor = await httpUser(server.url, 'editor@example.org')
  const asReviewer = await httpUser(server.url, 'reviewer@example.org')
  const path = `/policy-statements/${id}`
  for (let round = -WARMUP_ROUNDS; round < rounds; round += 1) {
    const { updatedAt } = await asEditor('GET', `${path}?draft=true&depth=0`)
    const plain = await timed(() =>
      asEditor('PATCH', `${path}?draft=true&depth=0`, {
        summary: `Admin summary ${round} ${Date.now()}`,
        updatedAt,
      }),
    )
    await asEditor('POST', `${path}/workflow/submit`)
    const approve = await timed(() => asReviewer('POST', `${path}/workflow/approve`))
    const publish = await timed(() => asReviewer('POST', `${path}/workflow/publish`))
    if (round < 0) continue
    samples.httpPlain.push(plain)
    samples.httpApprove.push(approve)
    samples.httpPublish.push(publish)
  }
  await server.close()
  await payload.destroy()
}
process.stdout.write(`${READY}${JSON.stringify(samples)}\n`)
process.exit(0)
