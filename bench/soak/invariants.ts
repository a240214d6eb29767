import type pg from 'pg'

import type { SeededDoc } from './cluster'
import type { SoakConfig } from './config'
import type { PhaseTimes } from './phases'
import type { Delivery } from './receiver'
import type { Record } from './recorder'

export type Check = { checked: number; name: string; notes?: string; violations: string[] }
type Input = {
  exits: { at: number; what: string }[]
  audit: { hash: string; id: number }[]
  cfg: SoakConfig
  db: pg.Client
  deliveries: Delivery[]
  docs: SeededDoc[]
  records: Record[]
  times: PhaseTimes
}

const FIELDS = ['title', 'slug', 'summary'] as const
const unknownOutcome = (r: Record) => r.status <= 0 || r.status >= 500
const check = (name: string): Check => ({ checked: 0, name, violations: [] })
const push = (
  set: Map<string, Set<string>>,
  key: string,
  ...values: (null | string | undefined)[]
) => {
  const values_ = set.get(key) ?? new Set<string>()
  for (const value of values) if (value) values_.add(value)
  set.set(key, values_)
}

/** Every draft save answered 200 is in the final draft, or a later 200 (by the answer's updatedAt) superseded it. */
const acknowledgedWrites = async ({ db, records }: Input): Promise<Check[]> => {
  const writes = check(
    'acknowledged writes kept (last 200 per document/locale/field = final draft)',
  )
  const latest = check('one latest version per document')
  const { rows } =
    await db.query(`select v.parent_id as id, v.id as version, l._locale as locale, l.version_title as title, l.version_slug as slug, l.version_summary as summary
    from _policy_statements_v v join _policy_statements_v_locales l on l._parent_id = v.id where v.latest order by v.updated_at desc, v.id desc`)
  const versions = new Map<number, Set<number>>()
  const finals = new Map<string, { [field: string]: string }>()
  for (const row of rows) {
    versions.set(row.id, (versions.get(row.id) ?? new Set()).add(row.version))
    if (!finals.has(`${row.id}/${row.locale}`)) finals.set(`${row.id}/${row.locale}`, row)
  }
  for (const [id, set] of versions) {
    latest.checked += 1
    if (set.size > 1)
      latest.violations.push(
        `D id ${id}: ${set.size} versions marked latest (${[...set].join(', ')})`,
      )
  }
  const groups = new Map<string, Record[]>()
  for (const r of records.filter((r) => r.written))
    groups.set(`${r.doc}/${r.locale}`, [...(groups.get(`${r.doc}/${r.locale}`) ?? []), r])
  for (const [key, group] of groups) {
    const acked = group.filter((r) => r.status === 200 && r.answer?.updatedAt)
    if (!acked.length) continue
    const last = acked.reduce((a, b) => (a.answer!.updatedAt! >= b.answer!.updatedAt! ? a : b))
      .answer!.updatedAt!
    const candidates = [
      ...acked.filter((r) => r.answer!.updatedAt === last),
      ...group.filter(unknownOutcome),
    ]
    for (const field of FIELDS) {
      writes.checked += 1
      const final = finals.get(key)?.[field]
      if (!candidates.some((r) => r.written![field] === final)) {
        const lastWrite = acked.find((r) => r.answer!.updatedAt === last)!
        const finalWrite = group.find((r) => r.written![field] === final)
        writes.violations.push(
          `doc ${key} ${field}: final draft "${final}" (${finalWrite ? `from a write answered ${finalWrite.status}${finalWrite.answer?.updatedAt ? ` updatedAt ${finalWrite.answer.updatedAt}` : ''}` : 'written by none of ours'}), last acknowledged "${lastWrite.written![field]}" (updatedAt ${last})`,
        )
      }
    }
  }
  return [writes, latest]
}

/** Saves that named the version they were made from: no two from one version both answered 200; every 409 says who changed it. */
const noLostUpdates = ({ records }: Input): Check => {
  const result = check(
    'no lost update: one 200 per version a save was made from; the others 409 naming who saved',
  )
  const byVersion = new Map<string, Record[]>()
  for (const r of records.filter((r) => r.version))
    byVersion.set(`${r.doc}/${r.version}`, [...(byVersion.get(`${r.doc}/${r.version}`) ?? []), r])
  for (const [key, group] of byVersion) {
    result.checked += group.length
    const ok = group.filter((r) => r.status === 200)
    if (ok.length > 1)
      result.violations.push(
        `doc/version ${key}: ${ok.length} saves from the same version answered 200 (${ok.map((r) => r.actor).join(', ')})`,
      )
    // A save refused because the document is in review (withdraw_first) is no lost update either.
    for (const r of group.filter(
      (r) =>
        r.status === 409 &&
        !/changed by .+ since you loaded it|Someone else is saving this document|withdraw it from review/.test(
          r.error ?? '',
        ),
    ))
      result.violations.push(`doc/version ${key}: 409 without saying who changed it: ${r.error}`)
  }
  return result
}

/** Published ⇒ an approve event with the published content's hash, and a publish event. */
const publishedApproved = async ({ audit, db }: Input): Promise<Check> => {
  const result = check('published content has a matching approve event (hash) and a publish event')
  const { rows } = await db.query(
    `select document, transition, content_hash from workflow_events where collection = 'policy-statements'`,
  )
  for (const { hash, id } of audit) {
    result.checked += 1
    const events = rows.filter((row) => row.document === String(id))
    if (!events.some((row) => row.transition === 'approve' && row.content_hash === hash))
      result.violations.push(
        `doc ${id} is published with content hash ${hash.slice(0, 12)}… that no approve event recorded`,
      )
    if (!events.some((row) => row.transition === 'publish'))
      result.violations.push(`doc ${id} is published without a publish event`)
  }
  return result
}

/** The latest version's states equal the `to` of the last event (English; French where only a transition leads). */
const eventsMatchStates = async ({ db }: Input): Promise<Check> => {
  const result = check("workflow state = last event's to (en; fr in_review/approved)")
  const states = await db.query(
    `select distinct on (parent_id) parent_id as id, version_workflow_state as en, version_translation_workflow_fr_status as fr from _policy_statements_v where latest order by parent_id, updated_at desc, id desc`,
  )
  const { rows: events } = await db.query(
    `select document, locale, "to" from workflow_events where collection = 'policy-statements' order by id`,
  )
  for (const state of states.rows) {
    const last = (locale: string) =>
      events.filter((e) => e.document === String(state.id) && e.locale === locale).at(-1)?.to
    result.checked += 1
    if ((last('en') ?? 'draft') !== state.en)
      result.violations.push(
        `doc ${state.id}: state ${state.en}, last English event → ${last('en')}`,
      )
    if (['in_review', 'approved'].includes(state.fr)) {
      result.checked += 1
      if (last('fr') !== state.fr)
        result.violations.push(
          `doc ${state.id}: French ${state.fr}, last French event → ${last('fr')}`,
        )
    }
  }
  return result
}

/** Every title and slug a reader got was approved content for that locale (a draft token never reaches readers). */
const readersGotApproved = ({ docs, records }: Input): Check => {
  const result = check(
    'readers got only approved content (titles and slugs, en and fr; _status published)',
  )
  const allowed = new Map<string, Set<string>>()
  for (const doc of docs.filter((d) => d.published)) {
    push(allowed, `${doc.id}/en`, doc.en.title, doc.en.slug)
    push(allowed, `${doc.id}/fr`, doc.en.title, doc.en.slug, doc.fr?.title, doc.fr?.slug)
  }
  for (const r of records.filter(
    (r) =>
      r.status === 200 &&
      r.answer &&
      ['t:approve', 't:publish', 't:approve_translation'].includes(r.kind),
  )) {
    if (r.kind !== 't:approve_translation')
      push(allowed, `${r.doc}/en`, r.answer!.title, r.answer!.slug)
    push(allowed, `${r.doc}/fr`, r.answer!.title, r.answer!.slug)
  }
  const uncertain = new Set(
    records.filter((r) => unknownOutcome(r) && r.kind.startsWith('t:')).map((r) => r.doc),
  )
  let unverifiable = 0
  for (const r of records.filter((r) => r.seen)) {
    for (const seen of r.seen!) {
      result.checked += 1
      const ok = allowed.get(`${seen.id}/${r.locale}`)
      const bad = [seen.title, seen.slug].filter((value) => !ok?.has(value ?? ''))
      if (seen.status && seen.status !== 'published')
        result.violations.push(
          `${r.kind} ${r.locale} (process ${r.proc}) got doc ${seen.id} with _status ${seen.status}`,
        )
      if (!bad.length) continue
      if (uncertain.has(seen.id)) unverifiable += 1
      else
        result.violations.push(
          `${r.kind} ${r.locale} (process ${r.proc}, ${new Date(r.start).toISOString()}) got doc ${seen.id} "${bad.join('" / "')}", never approved for ${r.locale}`,
        )
    }
  }
  if (unverifiable)
    result.notes = `${unverifiable} seen values not verifiable: an approval on that document got no answer`
  return result
}

/** Status and latency: no 5xx but 503, no connection error, no hang, every request within SOAK_MAX_MS, Retry-After on 429/503. */
const answers = ({ cfg, records }: Input): Check[] => {
  const statuses = check('no 500 (5xx other than 503) and no connection error')
  const slow = check(
    `every request answered within SOAK_MAX_MS (${cfg.SOAK_MAX_MS} ms); none hung (${cfg.SOAK_TIMEOUT_MS} ms)`,
  )
  const retry = check('429 and 503 carry Retry-After')
  const refused = check(
    'signed-in staff never answered 401/403 (the soak only makes moves the workflow offers)',
  )
  const show = (r: Record) =>
    `${r.kind} process ${r.proc} at ${new Date(r.start).toISOString()}: ${r.status === -1 ? 'hung' : r.status} after ${r.ms} ms${r.error ? ` (${r.error.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`
  for (const r of records) {
    statuses.checked += 1
    slow.checked += 1
    if (r.status === 0 || (r.status >= 500 && r.status !== 503)) statuses.violations.push(show(r))
    if (r.status === -1 || r.ms > cfg.SOAK_MAX_MS) slow.violations.push(show(r))
    if (!['reader', 'probe'].some((prefix) => r.actor.startsWith(prefix))) {
      refused.checked += 1
      if (r.status === 401 || r.status === 403) refused.violations.push(`${r.actor} ${show(r)}`)
    }
    if (r.status === 429 || r.status === 503) {
      retry.checked += 1
      if (!r.retryAfter) retry.violations.push(show(r))
    }
  }
  return [statuses, slow, retry, refused]
}

/** Webhooks: each acknowledged publish/approve_translation queued a job; each job's event accepted at least once. */
const webhooks = async ({ db, deliveries, records }: Input): Promise<Check[]> => {
  const queued = check('each publish / approve_translation answered 200 queued its webhook job')
  const delivered = check(
    'each queued webhook accepted by the receiver (at least once, by event id)',
  )
  const stuck = check(
    "no webhook job left processing after the drain (a dead worker's job is taken up again)",
  )
  const { rows: jobs } = await db.query(
    `select id, input, completed_at, has_error, processing, total_tried from payload_jobs where task_slug = 'deliverWebhook'`,
  )
  const kindOf: { [kind: string]: string } = {
    't:approve_translation': 'translation_approved',
    't:publish': 'publish',
  }
  const acked = new Map<string, number>()
  for (const r of records.filter((r) => r.status === 200 && kindOf[r.kind]))
    acked.set(`${r.doc}/${kindOf[r.kind]}`, (acked.get(`${r.doc}/${kindOf[r.kind]}`) ?? 0) + 1)
  for (const [key, count] of acked) {
    queued.checked += 1
    const found = jobs.filter(
      (job) => `${job.input.event.docId}/${job.input.event.kind}` === key,
    ).length
    if (found < count)
      queued.violations.push(`${key}: ${count} transitions answered 200, ${found} jobs`)
  }
  const accepted = new Map<string, number>()
  for (const d of deliveries.filter((d) => d.status === 200))
    accepted.set(d.eventId, (accepted.get(d.eventId) ?? 0) + 1)
  for (const job of jobs) {
    delivered.checked += 1
    stuck.checked += 1
    if (job.processing && !job.completed_at)
      stuck.violations.push(
        `job ${job.id} (${job.input.event.kind} doc ${job.input.event.docId}) still processing=true, tried=${job.total_tried}, accepted ${accepted.get(job.input.event.id) ?? 0} times`,
      )
    if (!accepted.get(job.input.event.id))
      delivered.violations.push(
        `job ${job.id} (${job.input.event.kind} doc ${job.input.event.docId}) never accepted: processing=${job.processing} completed=${Boolean(job.completed_at)} hasError=${job.has_error} tried=${job.total_tried}`,
      )
  }
  const twice = [...accepted].filter(([, n]) => n > 1).map(([id]) => id)
  const of = (id: string) => deliveries.filter((d) => d.eventId === id && d.status === 200)
  const byTwo = twice.filter((id) => new Set(of(id).map((d) => d.worker)).size > 1)
  const atOnce = byTwo.filter((id) =>
    of(id).some((a) => of(id).some((b) => a.worker !== b.worker && Math.abs(a.at - b.at) < 1000)),
  ).length
  delivered.notes = `${deliveries.length} deliveries received; ${twice.length} events accepted more than once, ${byTwo.length} of them by two workers, ${atOnce} within 1 s of each other (allowed: at least once, deduplicate on the id)`
  return [queued, delivered, stuck]
}

/** After PostgreSQL came back, each app process answered 200 again without a restart. */
const recovery = ({ records, times }: Input): Check[] => {
  if (!times.pgDown) return []
  const result = check('both app processes answer 200 again after the PostgreSQL restart')
  for (const proc of [0, 1]) {
    result.checked += 1
    const first = records
      .filter((r) => r.proc === proc && r.status === 200 && r.start > times.pgDown!.startedAt)
      .sort((a, b) => a.start - b.start)[0]
    if (!first)
      result.violations.push(`process ${proc} never answered 200 after PostgreSQL came back`)
  }
  return [result]
}

/** No app process or job worker ended on its own (the soak's own SIGKILL aside). */
const stayedUp = ({ exits }: Input): Check => ({
  checked: 1,
  name: 'no app process or job worker exited on its own',
  violations: exits.map(({ at, what }) => `${new Date(at).toISOString()} ${what}`),
})

export const checkInvariants = async (input: Input): Promise<Check[]> => [
  stayedUp(input),
  ...(await acknowledgedWrites(input)),
  noLostUpdates(input),
  await publishedApproved(input),
  await eventsMatchStates(input),
  readersGotApproved(input),
  ...answers(input),
  ...(await webhooks(input)),
  ...recovery(input),
]
