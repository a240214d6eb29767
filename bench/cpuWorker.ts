// One benchmark variant (BENCH_VARIANT=A|P|B, see variants.ts) reading in-process, for CPU per read
// without HTTP or load-generator noise. Each stdin line `<read> <count>` (read: detail | list |
// graphql) runs that read `count` times as an anonymous reader and answers `REPLY <CPU ms per read>`
// (user + system time): detail and list through the Local API (overrideAccess: false: the access and
// hooks REST applies), graphql through Payload's GraphQL route handler with the HTTP path's query.
import readline from 'node:readline'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { graphqlDetail } from './paths'
import { READY, REPLY } from './processes'
import { variantConfig } from './variants'

const config = await variantConfig(process.env.BENCH_VARIANT)
const payload = await getPayload({ config })
const graphql = GRAPHQL_POST(config)
const slugs = (process.env.BENCH_SLUGS ?? '').split(',').filter(Boolean)
let next = 0
const reads = {
  detail: () =>
    payload.find({
      collection: 'policy-statements',
      depth: 1,
      limit: 1,
      locale: 'fr',
      overrideAccess: false,
      where: { slug: { equals: slugs[next++ % slugs.length] } },
    }),
  graphql: async () => {
    const response = await graphql(
      new Request('http://bench/api/graphql', {
        body: graphqlDetail(slugs[next++ % slugs.length]!),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    const text = await response.text()
    if (response.status !== 200 || text.includes('"errors"'))
      throw new Error(`GraphQL read failed (${response.status}): ${text.slice(0, 300)}`)
  },
  list: () =>
    payload.find({
      collection: 'policy-statements',
      depth: 1,
      limit: 12,
      locale: 'fr',
      overrideAccess: false,
      sort: '-createdAt',
    }),
}

process.stdout.write(`${READY}${JSON.stringify({ pid: process.pid })}\n`)
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [name, count] = line.split(' ')
  const read = reads[name as keyof typeof reads]
  if (!read) throw new Error(`Unknown read "${name}": use detail, list or graphql.`)
  const start = process.cpuUsage()
  for (let i = 0; i < Number(count); i += 1) await read()
  const used = process.cpuUsage(start)
  process.stdout.write(`${REPLY}${(used.user + used.system) / 1000 / Number(count)}\n`)
}
