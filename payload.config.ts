import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { BriefingNotes } from './collections/BriefingNotes'
import { ConferenceRecordings } from './collections/ConferenceRecordings'
import { Conferences } from './collections/Conferences'
import { Infographics } from './collections/Infographics'
import { createMedia } from './collections/Media'
import { externalFetchIs400 } from './collections/Media/externalFetchIs400'
import { formatBytes } from './collections/Media/types'
import { Partners } from './collections/Partners'
import { PolicyStatements } from './collections/PolicyStatements'
import { Users } from './collections/Users'
import { migrations } from './migrations'
import { indexLocaleParents } from './src/app/db/indexLocaleParents'
import { pgSurvivingOutages } from './src/app/db/pgSurvivingOutages'
import { graphqlLimits } from './src/delivery/graphqlLimits'
import { lockTimeoutIs409 } from './src/delivery/lockTimeoutIs409'
import { unreadableFormsAre400 } from './src/delivery/multipartErrors'
import { databaseUnavailableIs503 } from './src/delivery/databaseErrors'
import { callerQueryErrorsAre400 } from './src/delivery/queryErrors'
import { jobsForAdmins } from './src/access/jobs'
import { emailAdapter } from './src/app/email'
import { readEnv, resolveFromRoot } from './src/app/env'
import { editorialWorkflow } from './src/index'
import { queryGuards } from './src/delivery/queryGuards'
import { mediaStorage } from './src/app/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const production = env.NODE_ENV === 'production'
// Set by `npm run dev` for Next.js when its own seed pushes this schema first (src/app/cli/dev.ts):
// the server's first start skips a second push of the same schema (drizzle-kit introspects every
// table, tens of seconds beside the seed's writes); later reloads of the config push as usual.
const schemaPushedBySeed = !production && process.env.DEV_SCHEMA_PUSHED_BY_SEED === 'true'

if (production && !env.PAYLOAD_SECRET) {
  throw new Error(
    'PAYLOAD_SECRET is not set: set it to a long random string in production (see .env.example).',
  )
}
if (!env.DATABASE_URI) {
  throw new Error(
    'DATABASE_URI is not set: use the npm scripts (npm run dev, npm run seed, npm run payload), which start the embedded PostgreSQL, or set DATABASE_URI.',
  )
}

const limits = { maxBytes: env.MEDIA_MAX_BYTES, maxPixels: env.MEDIA_MAX_PIXELS }

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Gender Justice in Migration CMS' },
    user: Users.slug,
  },
  collections: [
    PolicyStatements,
    BriefingNotes,
    Infographics,
    ConferenceRecordings,
    Conferences,
    Partners,
    createMedia({ limits, staticDir: resolveFromRoot(env.MEDIA_DIR) }),
    Users,
  ],
  db: postgresAdapter({
    // Locale tables get an index on the document id they are read by (src/app/db/indexLocaleParents.ts).
    afterSchemaInit: [indexLocaleParents],
    migrationDir: path.resolve(dirname, 'migrations'),
    // A request waits at most DATABASE_POOL_TIMEOUT_MS for a connection ("timeout exceeded when trying
    // to connect", answered 503) and a statement at most DATABASE_LOCK_TIMEOUT_MS for a row lock
    // (PostgreSQL 55P03, answered 409 by lockTimeoutIs409).
    pool: {
      connectionString: env.DATABASE_URI,
      connectionTimeoutMillis: env.DATABASE_POOL_TIMEOUT_MS,
      lock_timeout: env.DATABASE_LOCK_TIMEOUT_MS,
      max: env.DATABASE_POOL_MAX,
    },
    // Pools that outlive a database restart instead of ending the process (src/app/db/pgSurvivingOutages.ts).
    pg: pgSurvivingOutages,
    prodMigrations: migrations,
    readReplicas: env.DATABASE_READ_REPLICA_URIS.length
      ? env.DATABASE_READ_REPLICA_URIS
      : undefined,
    // Development pushes the schema; production only runs committed migrations.
    push: !production && !schemaPushedBySeed,
  }),
  // Config reloads in development (an edited collection) push again.
  onInit: (payload) => {
    if (schemaPushedBySeed) (payload.db as { push?: boolean }).push = true
  },
  editor: lexicalEditor(),
  // Workflow notifications: SMTP when SMTP_HOST is set, the console otherwise (src/app/email.ts).
  email: emailAdapter(env),
  // Introspection off in production, a complexity cap, and depth/alias limits (src/delivery/graphqlLimits.ts).
  graphQL: graphqlLimits(),
  // A where/id/page value that does not fit its column answers 400 with what to fix, not 500.
  // The same for a multipart body that cannot be read (no or wrong boundary, a NUL in a part header).
  // An unreachable database answers 503 with Retry-After (src/delivery/databaseErrors.ts).
  hooks: {
    afterError: [
      lockTimeoutIs409,
      callerQueryErrorsAre400,
      unreadableFormsAre400,
      externalFetchIs400,
      databaseUnavailableIs503,
    ],
  },
  jobs: {
    // Scheduled publishing (Payload's schedulePublish task) and webhook deliveries run from the queue every minute.
    autoRun:
      production || env.NODE_ENV === 'development' ? [{ cron: '* * * * *', queue: 'default' }] : [],
    // Admins only: the jobs list (deliveries and their attempts), running, queueing, cancelling.
    ...jobsForAdmins,
  },
  // The admin in English or French: each person picks the language on their account page.
  i18n: { fallbackLanguage: 'en', supportedLanguages: { en, fr } },
  // Refusals of what a caller sent (a malformed query, a move the workflow does not allow) are the
  // caller's mistake, answered 4xx: logged as info, not as server errors with a stack.
  // (Payload types only its own error names; ours are added.)
  loggingLevels: {
    QueryError: 'info',
    ...({ QueryRefused: 'info', WorkflowError: 'info' } as Record<string, 'info'>),
  },
  // REST ?depth= above this answers as at this depth: a reader cannot make one request populate the whole graph.
  maxDepth: 2,
  localization: {
    defaultLocale: 'en',
    fallback: true,
    locales: [
      { code: 'en', label: 'English' },
      { code: 'fr', label: 'Français' },
    ],
  },
  plugins: [
    mediaStorage(env),
    editorialWorkflow({
      // A reviewer may announce a statement (readers get this stub, status coming_soon) while its text is in review.
      announceFields: { 'policy-statements': ['title', 'slug', 'topic', 'summary'] },
      collections: [
        'policy-statements',
        'briefing-notes',
        'infographics',
        'conference-recordings',
        'conferences',
        'partners',
      ],
      rateLimitPerMinute: env.RATE_LIMIT_WORKFLOW_PER_MINUTE,
      stuckJobAfterMs: env.JOBS_STUCK_AFTER_MS,
      webhooks: env.WEBHOOK_URLS.length
        ? {
            attempts: env.WEBHOOK_ATTEMPTS,
            backoffMs: env.WEBHOOK_BACKOFF_MS,
            secret: env.WEBHOOK_SECRET!,
            urls: env.WEBHOOK_URLS,
          }
        : undefined,
    }),
    // Last, so that it sees every collection: REST/GraphQL locales, page sizes (API_MAX_LIMIT), the shape
    // of where, and sort paths against read access are checked before Payload runs a query.
    queryGuards({ maxLimit: env.API_MAX_LIMIT }),
  ],
  secret: env.PAYLOAD_SECRET ?? 'development-only-secret-do-not-use-in-production',
  serverURL: env.SERVER_URL,
  sharp,
  telemetry: false,
  // Payload regenerates payload-types.ts in a node process of its own at every start outside
  // production; not under test, where every test file starts Payload (npm run generate:types does it).
  typescript: {
    autoGenerate: env.NODE_ENV !== 'test',
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  upload: {
    limits: { fileSize: limits.maxBytes },
    // Keep folder parts of multipart file names, so that media refuses them with a clear message
    // instead of busboy silently cutting "../../x.png" to "x.png".
    preservePath: true,
    responseOnLimit: `File is larger than ${formatBytes(limits.maxBytes)}: compress it and upload again.`,
  },
})
