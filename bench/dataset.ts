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
    await payload.update({
      collection: 'policy-statements',
      data: { topic: topics[edit % 2] },
      draft: true,
      id,
      overrideAccess: false,
      req: editor,
    })
  }
  for (const [req, name] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
    [reviewer, 'publish'],
  ] as const) {
    await transitionDocument(req, { collection: 'policy-statements', id, name })
  }
}

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
// The demo accounts act in the version history; the seed leaves them out in production.
await seed(payload, { env: 'development', force: true, log: () => undefined })
const published = await payload.find({
  collection: 'policy-statements',
  depth: 0,
  limit: 100,
  pagination: false,
  where: { _status: { equals: 'published' } },
})
for (const [index, doc] of published.docs.entries()) {
  await withVersionHistory(payload, doc.id, 16)
  log(`template ${index + 1}/${published.docs.length}: ~20 versions`)
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
await client.connect()
const ids = (sql: string) =>
  client.query<{ id: number }>(sql).then((result) => result.rows.map((row) => row.id))
const total = async (table: string) =>
  Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n)
const fill = async (table: string, target: number) => {
  const templates = await ids(`select id from "${table}" where _status = 'published' order by id`)
  const copies = Math.max(0, Math.ceil((target - (await total(table))) / templates.length))
  const { count, shift } = copies
    ? await cloneDocuments(client, table, templates, copies)
    : { count: await total(table), shift: 0 }
  log(`${table}: ${count} documents (${copies} copies of ${templates.length})`)
  return { copies, count, shift, templates }
}
const recordings = await fill('conference_recordings', statements >= 1000 ? 200 : 10)
const statementsFilled = await fill('policy_statements', statements)
// Every copy of a statement gets copies of the notes and infographics its template has, so all
// statements look alike to the list (the N+1 check compares limit 100 with limit 10).
for (const table of ['briefing_notes', 'infographics']) {
  const linked = await ids(
    `select id from "${table}" where statement_id in (${statementsFilled.templates.join(', ')}) order by id`,
  )
  if (linked.length && statementsFilled.copies) {
    const { count } = await cloneDocuments(client, table, linked, statementsFilled.copies, {
      statement_id: `k * ${statementsFilled.shift}`,
    })
    log(`${table}: ${count} documents, linked to the statement copies`)
  }
}
const imageTemplates = await ids(`select id from media order by id`)
const imageCopies = Math.max(
  0,
  Math.ceil(((statements >= 1000 ? 500 : 20) - (await total('media'))) / imageTemplates.length),
)
if (imageCopies) await cloneDocuments(client, 'media', imageTemplates, imageCopies)
const counts = {
  conference_recordings: recordings.count,
  media: await total('media'),
  policy_statements: statementsFilled.count,
  policy_statements_versions: await total('_policy_statements_v'),
}
await client.query('analyze')
await client.end()
await payload.destroy()
process.stdout.write(`BENCH ${JSON.stringify(counts)}\n`)
process.exit(0)
