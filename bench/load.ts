import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'

/** `connections` overrides the default for heavy paths (the sitemap page of 1,000 slugs). */
export type Target = {
  body?: (slug: string) => string
  connections?: number
  method?: 'GET' | 'POST'
  path: (slug: string) => string
}
export type Measure = { cpuMs: number; non2xx: number; p99: number; rps: number }

/** CPU time (user + system, ms) the process `pid` has used so far; clock ticks are 10 ms here. */
const cpuTimeMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * Warm-up, then `seconds` of load with `connections` clients, each request on the next slug. With
 * the server's `pid`, also the server's CPU time per request (cpuMs): the cost itself, which the
 * load generator and the database, on the same cores, disturb less than throughput.
 */
export const measure = async (
  url: string,
  target: Target,
  slugs: string[],
  {
    connections = 10,
    pid,
    seconds = 5,
    warmup = 2,
  }: { connections?: number; pid?: number; seconds?: number; warmup?: number } = {},
): Promise<Measure> => {
  let next = 0
  const run = (duration: number) =>
    autocannon({
      connections: target.connections ?? connections,
      duration,
      requests: [
        {
          headers: { 'content-type': 'application/json' },
          method: target.method ?? 'GET',
          setupRequest: (request) => {
            const slug = slugs[next++ % slugs.length]!
            return { ...request, body: target.body?.(slug), path: target.path(slug) }
          },
        },
      ],
      timeout: 60,
      url,
    })
  if (warmup > 0) await run(warmup)
  const before = pid ? cpuTimeMs(pid) : 0
  const result = await run(seconds)
  const cpuMs = pid ? (cpuTimeMs(pid) - before) / Math.max(result.requests.total, 1) : Number.NaN
  return {
    cpuMs,
    non2xx: result.non2xx + result.errors,
    p99: result.latency.p99,
    rps: result.requests.average,
  }
}
