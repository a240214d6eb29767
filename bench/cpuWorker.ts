// One benchmark variant (BENCH_VARIANT=A|P|B, see variants.ts) reading in-process, for CPU per read
// without HTTP or load-generator noise. Each stdin line `<read> <count>` (read: detail | list) runs
// that read `count` times through the Local API as an anonymous reader (overrideAccess: false: the
// access and hooks REST applies) and answers `REPLY <CPU ms per read>` (user + system time).
import readline from 'node:readline'
import { getPayload } from 'payload'

import { READY, REPLY } from './processes'
import { variantConfig } from './variants'

const payload = await getPayload({ config: await variantConfig(process.env.BENCH_VARIANT) })
const slugs = (process.env.BENCH_SLUGS ?? '').split(',').filter(Boolean)
let next = 0
const reads = {
  detail: () =>
    payload.find({ collection: 'policy-statements', depth: 1, limit: 1, locale: 'fr', overrideAccess: false, where: { slug: { equals: slugs[next++ % slugs.length] } } }),
  list: () => payload.find({ collection: 'policy-statements', depth: 1, limit: 12, locale: 'fr', overrideAccess: false, sort: '-createdAt' }),
}

process.stdout.write(`${READY}${JSON.stringify({ pid: process.pid })}\n`)
for await (const line of readline.createInterface({ input: process.stdin })) {
  const [name, count] = line.split(' ')
  const read = reads[name as keyof typeof reads]
  if (!read) throw new Error(`Unknown read "${name}": use detail or list.`)
  const start = process.cpuUsage()
  for (let i = 0; i < Number(count); i += 1) await read()
  const used = process.cpuUsage(start)
  process.stdout.write(`${REPLY}${(used.user + used.system) / 1000 / Number(count)}\n`)
}
