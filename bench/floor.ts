// Benchmark server C, the floor: node:http and hand-written SQL through `pg`, answering the same
// hot-path requests with the same documents (published only, French with English fallback).
import http from 'node:http'
import pg from 'pg'

import { READY } from './processes'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 10 })

const DOC = `select s.id, s.topic, s.created_at as "createdAt", s.updated_at as "updatedAt",
  coalesce(f.title, e.title) as title, coalesce(f.slug, e.slug) as slug, coalesce(f.summary, e.summary) as summary, coalesce(f.body, e.body) as body
  from policy_statements s
  join policy_statements_locales e on e._parent_id = s.id and e._locale = 'en'
  left join policy_statements_locales f on f._parent_id = s.id and f._locale = $1`

const detailBySlug = async (slug: string, locale: string) => {
  // The slug asked for is the locale's own (the indexed column), as Payload's where on slug is.
  const { rows } = await pool.query(
    `${DOC} where s._status = 'published' and f.slug = $2 limit 1`,
    [locale, slug],
  )
  return rows
}

const list = async (locale: string, limit: number) => {
  const [docs, count] = await Promise.all([
    pool.query(`${DOC} where s._status = 'published' order by s.created_at desc limit $2`, [
      locale,
      limit,
    ]),
    pool.query(`select count(*)::int as n from policy_statements where _status = 'published'`),
  ])
  return { docs: docs.rows, totalDocs: count.rows[0].n }
}

const sitemap = async () => {
  const { rows } =
    await pool.query(`select s.id, s.updated_at as "updatedAt", json_object_agg(l._locale, l.slug) as slugs
    from policy_statements s join policy_statements_locales l on l._parent_id = s.id where s._status = 'published' group by s.id order by s.id limit 1000`)
  const count = await pool.query(
    `select count(*)::int as n from policy_statements where _status = 'published'`,
  )
  return { docs: rows, totalDocs: count.rows[0].n }
}

const answer = async (url: URL, body: string): Promise<unknown> => {
  const locale = url.searchParams.get('locale') ?? 'en'
  if (url.pathname === '/api/graphql') {
    const slug = /slug: \{ equals: "([^"]+)" \}/.exec(body)?.[1] ?? ''
    return {
      data: {
        PolicyStatements: {
          docs: await detailBySlug(slug, /locale: (\w+)/.exec(body)?.[1] ?? 'en'),
        },
      },
    }
  }
  if (url.pathname === '/api/sitemap') return sitemap()
  const slug = url.searchParams.get('where[slug][equals]')
  if (slug) return { docs: await detailBySlug(slug, locale) }
  return list(locale, Number(url.searchParams.get('limit') ?? 10))
}

const server = http.createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  try {
    const result = await answer(
      new URL(incoming.url ?? '/', 'http://localhost'),
      Buffer.concat(chunks).toString(),
    )
    outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
  } catch (error) {
    outgoing.writeHead(500).end(String(error))
  }
})
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write(`${READY}${JSON.stringify({ pid: process.pid })}\n`),
)
process.on('SIGTERM', () => {
  server.closeAllConnections()
  server.close(() => void pool.end().then(() => process.exit(0)))
})
