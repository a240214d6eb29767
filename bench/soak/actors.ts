import type { SeededDoc } from './cluster'
import type { SoakConfig } from './config'
import { type Recorder, type Seen, timedFetch, type Written } from './recorder'

const COLLECTION = 'policy-statements'
export const PASSWORD = 'a-long-test-password' // test/helpers/workflow.ts, which seeded the staff

type Ctx = {
  apps: string[]
  /** Each document's English state as the last 200 said. */ states: Map<number, string>
  cfg: SoakConfig
  docs: SeededDoc[]
  rec: Recorder
  tokens: Record<string, string>
  until: number
}
type Json = { [key: string]: unknown }

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let sequence = 0

/** Runs `step` until the deadline, spreading the requests over both processes. */
const loop = async (ctx: Ctx, step: (app: number) => Promise<void>) => {
  let turn = Math.floor(Math.random() * 2)
  while (Date.now() < ctx.until) {
    const before = ctx.rec.records.length
    await step(turn++ % ctx.apps.length)
    // A client backs off when a process does not answer (or is gone), instead of spinning.
    const failed = ctx.rec.records.slice(before).some((r) => r.status <= 0)
    await sleep(failed ? 1000 : Math.random() * 2 * ctx.cfg.SOAK_THINK_MS)
  }
}

const call = (
  ctx: Ctx,
  actor: string,
  kind: string,
  app: number,
  path: string,
  init: RequestInit = {},
  extra: { doc?: number; locale?: string; version?: string; written?: Written } = {},
) =>
  timedFetch(
    ctx.rec,
    { actor, kind, proc: app, ...extra },
    `${ctx.apps[app]}${path}`,
    {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(ctx.tokens[actor] ? { authorization: `JWT ${ctx.tokens[actor]}` } : {}),
      },
    },
    ctx.cfg.SOAK_TIMEOUT_MS,
  )

const index = (ctx: Ctx, doc: SeededDoc) => ctx.docs.indexOf(doc)

/** The updatedAt each actor's last answered save of a document returned, as an admin tab keeps it. */
const loaded = new Map<string, string>()

/**
 * A draft save in `locale` whose every field carries a unique token (e12 / f34). Every other save
 * sends the updatedAt its actor last got back, as the admin form does (`save-en-versioned`): a 409
 * then means someone else saved in between, never a silent overwrite.
 */
const save = async (ctx: Ctx, actor: string, app: number, doc: SeededDoc, locale: 'en' | 'fr') => {
  const token = `${locale === 'en' ? 'e' : 'f'}${(sequence += 1)}`
  const key = `${actor}/${doc.id}`
  const version = Math.random() < 0.5 ? loaded.get(key) : undefined
  const written = {
    slug: `soak-d${index(ctx, doc)}-${token}`,
    summary: `Draft ${token}`,
    title: `Soak D${index(ctx, doc)} ${token}`,
  }
  const body_ = JSON.stringify(version ? { ...written, updatedAt: version } : written)
  const kind = `save-${locale}${version ? '-versioned' : ''}`
  const { body, record } = await call(
    ctx,
    actor,
    kind,
    app,
    `/api/${COLLECTION}/${doc.id}?draft=true&depth=0&locale=${locale}`,
    { body: body_, method: 'PATCH' },
    { doc: doc.id, locale, version, written },
  )
  const answer = (body?.doc ?? null) as Json | null
  if (answer) {
    record.answer = { updatedAt: answer.updatedAt as string }
    loaded.set(key, answer.updatedAt as string)
  }
  noteState(ctx, doc, answer)
}

const noteState = (ctx: Ctx, doc: SeededDoc, answer: Json | null) => {
  const state = (answer?.workflow as Json | undefined)?.state
  if (typeof state === 'string') ctx.states.set(doc.id, state)
}

type Allowed = { allowed: boolean; name: string }[]
/** Asks the workflow which moves `actor` may make now, and makes one of `wanted` (weights by repetition). */
const move = async (ctx: Ctx, actor: string, app: number, doc: SeededDoc, wanted: string[]) => {
  const { body } = await call(
    ctx,
    actor,
    'status',
    app,
    `/api/${COLLECTION}/${doc.id}/workflow`,
    {},
    { doc: doc.id },
  )
  if (!body) return
  const french = (
    (body.translations as Record<string, { transitions: Allowed }> | undefined)?.fr?.transitions ??
    []
  )
    .filter((t) => t.allowed)
    .map((t) => t.name)
  const open = new Set([
    ...((body.transitions as Allowed | undefined) ?? [])
      .filter((t) => t.allowed)
      .map((t) => t.name),
    ...french,
  ])
  const choices = wanted.filter((name) => open.has(name))
  if (!choices.length) return
  const name = pick(choices)
  const translation = name.includes('translation')
  const payload = {
    ...(translation ? { locale: 'fr' } : {}),
    ...(name.startsWith('request') ? { comment: 'Soak: please revise.' } : {}),
  }
  const locale = translation ? 'fr' : 'en'
  const { body: result, record } = await call(
    ctx,
    actor,
    `t:${name}`,
    app,
    `/api/${COLLECTION}/${doc.id}/workflow/${name}?locale=${locale}`,
    { body: JSON.stringify(payload), method: 'POST' },
    { doc: doc.id, locale },
  )
  const answer = (result?.doc ?? null) as Json | null
  if (answer)
    record.answer = {
      slug: answer.slug as string,
      title: answer.title as string,
      updatedAt: answer.updatedAt as string,
    }
  noteState(ctx, doc, answer)
}

const seenOf = (doc: Json): Seen => ({
  id: doc.id as number,
  slug: doc.slug as string,
  status: doc._status as string | undefined,
  title: doc.title as string,
})
const readerSlugs: Record<string, Set<string>> = { en: new Set(), fr: new Set() }

/** Anonymous reads: list, by id, by slug over REST, and a GraphQL list, in English or French. */
const read = async (ctx: Ctx, actor: string, app: number) => {
  const locale = pick(['en', 'fr'] as const)
  const kind = pick(['read-list', 'read-id', 'read-slug', 'read-gql'])
  const doc = pick(ctx.docs)
  const slug = pick([...readerSlugs[locale]!, doc.en.slug])
  const request =
    kind === 'read-gql'
      ? call(
          ctx,
          actor,
          kind,
          app,
          '/api/graphql',
          {
            body: JSON.stringify({
              query: `{ PolicyStatements(locale: ${locale}, limit: 50) { docs { id title slug } } }`,
            }),
            method: 'POST',
          },
          { locale },
        )
      : call(
          ctx,
          actor,
          kind,
          app,
          kind === 'read-id'
            ? `/api/${COLLECTION}/${doc.id}?locale=${locale}&depth=0`
            : `/api/${COLLECTION}?locale=${locale}&depth=0&limit=50${kind === 'read-slug' ? `&where[slug][equals]=${encodeURIComponent(slug)}` : ''}`,
          {},
          { locale },
        )
  const { body, record } = await request
  if (!body || record.status !== 200) return
  const docs =
    kind === 'read-gql'
      ? ((body.data as Json | undefined)?.PolicyStatements as Json | undefined)?.docs
      : kind === 'read-id'
        ? [body]
        : body.docs
  record.seen = ((docs as Json[] | undefined) ?? []).map(seenOf)
  for (const seen of record.seen) if (seen.slug) readerSlugs[locale]!.add(seen.slug)
}

/** After the load: reads on each process until one answers 200 (30 s in all), recorded as `probe`. */
export const probeRecovery = async (rec: Recorder, apps: string[], cfg: SoakConfig) => {
  const deadline = Date.now() + 30_000
  for (const [proc, app] of apps.entries()) {
    while (Date.now() < deadline) {
      const { record } = await timedFetch(
        rec,
        { actor: 'probe', kind: 'probe', proc },
        `${app}/api/${COLLECTION}?limit=1&depth=0`,
        {},
        cfg.SOAK_TIMEOUT_MS,
      )
      if (record.status === 200) break
      await sleep(500)
    }
  }
}

export const login = async (app: string, user: string): Promise<string> => {
  const response = await fetch(`${app}/api/users/login`, {
    body: JSON.stringify({ email: `${user}@example.org`, password: PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok)
    throw new Error(`Could not sign in as ${user} (${response.status}): ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/**
 * Every loop until `until`: editors (the first two share a hot document, so the same document is
 * saved in parallel), the translator, two reviewers, anonymous readers.
 */
export const runActors = (ctx: Ctx): Promise<unknown> => {
  const [hot, ...others] = ctx.docs as [SeededDoc, ...SeededDoc[]]
  const editors = Array.from({ length: ctx.cfg.SOAK_EDITORS }, (_, n) => {
    const actor = n % 2 ? 'editor2' : 'editor'
    return loop(ctx, async (app) => {
      // Like people, editors leave alone what is in review or approved (the hot document aside), so reviews get through.
      const open = others.filter(
        (doc) => !['approved', 'in_review'].includes(ctx.states.get(doc.id) ?? ''),
      )
      const doc = n < 2 && Math.random() < 0.5 ? hot : pick(open.length ? open : others)
      if (Math.random() < 0.3) await move(ctx, actor, app, doc, ['submit'])
      else await save(ctx, actor, app, doc, 'en')
    })
  })
  const translator = loop(ctx, async (app) => {
    const doc = pick(ctx.docs)
    if (Math.random() < 0.25) await move(ctx, 'translator', app, doc, ['submit_translation'])
    else await save(ctx, 'translator', app, doc, 'fr')
  })
  const reviewers = ['reviewer', 'reviewer2'].map((actor) =>
    loop(ctx, (app) =>
      move(ctx, actor, app, pick(ctx.docs), [
        'approve',
        'approve',
        'publish',
        'publish',
        'publish',
        'request_changes',
        'approve_translation',
        'approve_translation',
        'request_translation_changes',
      ]),
    ),
  )
  const readers = Array.from({ length: ctx.cfg.SOAK_READERS }, (_, n) =>
    loop(ctx, (app) => read(ctx, `reader${n}`, app)),
  )
  return Promise.all([...editors, translator, ...reviewers, ...readers])
}
export type { Ctx as ActorContext }
