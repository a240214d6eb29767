import autocannon from 'autocannon'

/** `connections` overrides the default for heavy paths (the full sitemap). */
export type Target = { body?: (slug: string) => string; connections?: number; method?: 'GET' | 'POST'; path: (slug: string) => string }
export type Measure = { non2xx: number; p99: number; rps: number }

/** Warm-up, then `seconds` of load with `connections` clients, each request on the next slug. */
export const measure = async (url: string, target: Target, slugs: string[], { connections = 10, seconds = 5, warmup = 2 } = {}): Promise<Measure> => {
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
  await run(warmup)
  const result = await run(seconds)
  return { non2xx: result.non2xx + result.errors, p99: result.latency.p99, rps: result.requests.average }
}
