// Builds the benchmark data in DATABASE_URI (a child process: node --conditions=… --import tsx).
// The seed's real documents (published through real transitions, French approved) are the
// templates; each published statement gets ~20 versions through real edits and transitions; then
// SQL copies them up to BENCH_STATEMENTS statements, 500 images and 200 recordings.
// Prints one JSON line with the counts.
import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import { seed } from '../seed'
import { transitionDocument } from '../src/index'
import { cloneDocuments } from './clone'
import { asUser } from './users'

const statements = Number(process.env.BENCH_STATEMENTS ?? 5000)
const log = (line: string) => process.stderr.write(`[bench:data] ${line}\n`)

const withVersionHistory = async (payload: Payload, id: number, edits: number) => {
  const editor = await asUser(payload, 'editor@example.org')
  const reviewer = await asUser(payload, 'reviewer@example.org')
  const topics = ['regularization', 'employment-rights'] as const
  for (let edit = 0; edit < edits; edit += 1) {
    // A shared field: English approval is voided, the approved French stays approved.
    await payload.update({ collection: 'policy-statements', data: { topic: topics[edit % 2] }, draft: true, id, overrideAccess: false, req: editor })
  }
  for (const [req, name] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer, 'publish']] as const) {
    await transitionDocument(req, { collection: 'policy-statements', id, name })
  }
}

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await seed(payload, { force: true, log: () => undefined })
const published = await payload.find({ collection: 'policy-statements', depth: 0, limit: 100, pagination: false, where: { _status: { equals: 'published' } } })
for (const [index, doc] of published.docs.entries()) {
  await withVersionHistory(payload, doc.id, 16)
  log(`template ${index + 1}/${published.docs.length}: ~20 versions`)
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
await client.connect()
const ids = (table: string, published: boolean) =>
  client.query<{ id: number }>(`select id from "${table}"${published ? ` where _status = 'published'` : ''} order by id`).then((result) => result.rows.map((row) => row.id))
const fill = async (table: string, target: number, onlyPublished: boolean) => {
  const templates = await ids(table, onlyPublished)
  const existing = Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n)
  const copies = Math.max(0, Math.ceil((target - existing) / templates.length))
  const count = copies ? await cloneDocuments(client, table, templates, copies) : existing
  log(`${table}: ${count} documents (${copies} copies of ${templates.length})`)
  return count
}
const counts = {
  conference_recordings: await fill('conference_recordings', statements >= 1000 ? 200 : 10, true),
  media: await fill('media', statements >= 1000 ? 500 : 20, false),
  policy_statements: await fill('policy_statements', statements, true),
  policy_statements_versions: Number((await client.query('select count(*) as n from _policy_statements_v')).rows[0].n),
}
await client.query('analyze')
await client.end()
await payload.destroy()
process.stdout.write(`BENCH ${JSON.stringify(counts)}\n`)
process.exit(0)
