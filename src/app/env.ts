import path from 'node:path'
import { z } from 'zod'

import { proxyEntryProblem } from '../delivery/clientAddress'

const bytes = z.coerce.number().int().positive()

const schema = z
  .object({
    DATABASE_URI: z.string().min(1).optional(),
    // Comma-separated PostgreSQL URIs of read replicas: reads go there, writes and transactions to DATABASE_URI.
    DATABASE_READ_REPLICA_URIS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((uri) => uri.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^postgres(ql)?:\/\//,
              'each replica URI starts with postgres:// or postgresql://',
            ),
        ),
      ),
    // Connections per app process; how long a request waits for one (then 503); how long a save waits
    // for a row another save holds (then 409 "try again"). Readers take no row locks and never wait.
    // At least 2: Payload's postgres adapter keeps one connection checked out for as long as it runs.
    DATABASE_POOL_MAX: z.coerce
      .number()
      .int()
      .min(2, 'at least 2 (Payload keeps one connection for itself)')
      .max(1000)
      .default(10),
    DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1).default(5_000),
    // A queued job still marked as running this long after a worker took it was lost with that worker: run it again.
    JOBS_STUCK_AFTER_MS: z.coerce.number().int().min(1000).default(300_000),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    MEDIA_DIR: z.string().default('.data/media'),
    MEDIA_MAX_BYTES: bytes.default(20 * 1024 * 1024),
    MEDIA_MAX_PIXELS: bytes.default(50_000_000),
    // Most documents a REST or GraphQL list answers a page (?limit=); more is a 400 (src/delivery/capListLimits.ts).
    API_MAX_LIMIT: z.coerce.number().int().min(1).max(10_000).default(100),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PAYLOAD_SECRET: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Per app instance and per minute: login attempts per client address; workflow and translation-file
    // requests per user (or address). 0 turns a limit off.
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(0).default(10),
    RATE_LIMIT_WORKFLOW_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    // Proxies (IPs or CIDR ranges, comma-separated) whose X-Forwarded-For hops are believed; unset: the
    // client is the address that connected. Request bodies: JSON and XLIFF size caps, JSON nesting cap.
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .superRefine((entries, context) => {
        for (const entry of entries) {
          const problem = proxyEntryProblem(entry)
          if (problem) context.addIssue({ code: 'custom', message: problem })
        }
      }),
    API_MAX_JSON_BYTES: bytes.default(2 * 1024 * 1024),
    API_MAX_JSON_DEPTH: z.coerce.number().int().min(1).max(10_000).default(100),
    XLIFF_MAX_BYTES: bytes.default(5 * 1024 * 1024),
    SEED_DEMO_PASSWORD: z.string().min(8).default('demo-password-2024'),
    SEED_FORCE: z.enum(['true', 'false']).optional(),
    SERVER_URL: z.string().url().optional(),
    // Workflow e-mails (see .env.example): SMTP when SMTP_HOST is set, else written to the console.
    EMAIL_FROM: z.string().email().default('cms@example.org'),
    EMAIL_FROM_NAME: z.string().min(1).default('Editorial CMS'),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(['true', 'false']).default('false'),
    SMTP_USER: z.string().min(1).optional(),
    // S3-compatible storage for uploads: set S3_BUCKET to switch it on (see .env.example).
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.string().url().optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // Webhooks (see .env.example): comma-separated receiver URLs, and the signing secret they require.
    WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).optional(),
    WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(0).optional(),
    WEBHOOK_SECRET: z
      .string()
      .min(32, 'use a random string of at least 32 characters (e.g. `openssl rand -hex 32`)')
      .optional(),
    WEBHOOK_URLS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().regex(/^https?:\/\/\S+$/i, 'each webhook URL starts with http:// or https://'),
        ),
      ),
  })
  .refine((env) => env.WEBHOOK_URLS.length === 0 || env.WEBHOOK_SECRET !== undefined, {
    message:
      'required when WEBHOOK_URLS is set: a random string of at least 32 characters (e.g. `openssl rand -hex 32`)',
    path: ['WEBHOOK_SECRET'],
  })

export type Env = z.infer<typeof schema>

/** A bad environment: `variables` names each bad one (a list entry as `NAME.index`), the message says what is wrong with each. */
export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    problems: string,
  ) {
    super(`Invalid environment (${problems}): fix these variables (see .env.example).`)
    this.name = 'EnvError'
  }
}

/** Reads and checks the environment once; a bad value fails at start with the variable's name. */
export const readEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')),
  )
  if (!parsed.success) {
    const { issues } = parsed.error
    throw new EnvError(
      issues.map((issue) => issue.path.join('.')),
      issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    )
  }
  return parsed.data
}

export const resolveFromRoot = (relative: string): string =>
  path.isAbsolute(relative) ? relative : path.resolve(process.cwd(), relative)
