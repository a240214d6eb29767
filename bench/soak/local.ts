// A Payload process on DATABASE_URI for the soak, without HTTP: seeds staff and documents through the
// Local API with real transitions (SOAK_SEED_DOCS), runs the jobs queue in a loop (SOAK_WORKER=1,
// as a separate worker would), and answers `audit <collection>` on stdin with the content hash of
// each published document (the hash an approval records). Prints `BENCH {...}` when ready.
import readline from 'node:readline'
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { sourceContentOf } from '../../src/operations/sourceHash'
import { contentHash } from '../../src/workflow/contentHash'
import { createStaff, publishViaWorkflow, transitionAs } from '../../test/helpers/workflow'

const payload = await getPayload({ config })
const COLLECTION = 'policy-statements'

/** Documents D0…Dn-1: the first two thirds published (French approved on the first half), the rest drafts. */
const seed = async (payload: Payload, count: number) => {
  const staff = await createStaff(payload)
  const docs = []
  for (let index = 0; index < count; index += 1) {
    const en = {
      slug: `soak-d${index}-seed`,
      summary: `Seed summary ${index}`,
      title: `Soak D${index} seed`,
    }
    const { id } = await payload.create({
      collection: COLLECTION,
      data: { ...en, topic: 'regularization' },
      draft: true,
      overrideAccess: false,
      user: staff.editor,
    })
    const published = index < Math.ceil((count * 2) / 3)
    let fr = null
    if (published && index < count / 2) {
      fr = {
        slug: `soak-d${index}-fr-seed`,
        summary: `Résumé ${index}`,
        title: `Soak D${index} fr-seed`,
      }
      await payload.update({
        collection: COLLECTION,
        data: fr,
        draft: true,
        id,
        locale: 'fr',
        overrideAccess: false,
        user: staff.translator,
      })
      await transitionAs(payload, staff.translator, COLLECTION, id, 'submit_translation', {
        locale: 'fr',
      })
      await transitionAs(payload, staff.reviewer2, COLLECTION, id, 'approve_translation', {
        locale: 'fr',
      })
    }
    if (published) await publishViaWorkflow(payload, staff, COLLECTION, id)
    docs.push({ en, fr, id, published })
  }
  return docs
}

const audit = async (collection: string) => {
  const { docs } = await payload.find({
    collection: collection as typeof COLLECTION,
    depth: 0,
    draft: false,
    fallbackLocale: false,
    limit: 0,
    locale: 'en',
    overrideAccess: true,
    pagination: false,
  })
  const sanitized = payload.collections[collection as typeof COLLECTION].config
  return docs
    .filter((doc) => doc._status === 'published')
    .map((doc) => ({
      hash: contentHash(sourceContentOf(sanitized, doc as unknown as Record<string, unknown>)),
      id: doc.id,
    }))
}

const seedCount = Number(process.env.SOAK_SEED_DOCS ?? 0)
const seeded = seedCount > 0 ? await seed(payload, seedCount) : []

if (process.env.SOAK_WORKER === '1') {
  // Tag deliveries with this process, so the soak knows which worker a held delivery belongs to.
  const original = globalThis.fetch
  globalThis.fetch = (input, init) =>
    original(input, {
      ...init,
      headers: {
        ...(init?.headers as Record<string, string>),
        'x-soak-worker': String(process.pid),
      },
    })
  // PostgreSQL may be down mid-run: the loop carries on, as the app's cron would.
  void (async () => {
    for (;;) {
      await payload.jobs.run({ limit: 5, silent: true }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  })()
}

readline.createInterface({ input: process.stdin }).on('line', async (line) => {
  const [command, collection] = line.split(' ')
  if (command === 'audit')
    process.stdout.write(
      `REPLY ${JSON.stringify(await audit(collection!).catch((error) => ({ error: String(error) })))}\n`,
    )
})
process.stdout.write(`BENCH ${JSON.stringify({ docs: seeded, pid: process.pid })}\n`)
process.on('SIGTERM', () => process.exit(0))
process.stdin.on('end', () => process.exit(0)) // the soak has gone
