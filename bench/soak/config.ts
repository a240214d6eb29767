import { z } from 'zod'

const seconds = (fallback: number) => z.coerce.number().positive().default(fallback)
const flag = z
  .enum(['0', '1'])
  .default('1')
  .transform((value) => value === '1')

/** The soak's settings, from the environment (each optional). */
const schema = z.object({
  SOAK_SECONDS: seconds(180),
  /** No request may take longer than this (ms); a request still unanswered after SOAK_TIMEOUT_MS has hung. */
  SOAK_MAX_MS: z.coerce.number().int().positive().default(10_000),
  SOAK_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Documents seeded; the first two thirds are published. */
  SOAK_DOCS: z.coerce.number().int().min(3).max(50).default(6),
  /** Concurrent loops per part: editors (two of them on one hot document), readers. */
  SOAK_EDITORS: z.coerce.number().int().min(2).max(8).default(3),
  SOAK_READERS: z.coerce.number().int().min(1).max(8).default(3),
  /** Pause between one loop's requests, ms (0 to 2x this). */
  SOAK_THINK_MS: z.coerce.number().int().min(0).default(40),
  SOAK_KILL_WORKER: flag,
  SOAK_TWO_WORKERS: flag,
  SOAK_PG_RESTART: flag,
  SOAK_PG_DOWN_MS: z.coerce.number().int().min(0).default(3000),
  /** After the load: how long the workers get to deliver what is queued. */
  SOAK_DRAIN_SECONDS: seconds(45),
})

export type SoakConfig = z.infer<typeof schema>

export const readConfig = (env: NodeJS.ProcessEnv = process.env): SoakConfig => {
  const parsed = schema.safeParse(env)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ')
  throw new Error(`Bad soak settings (${problems}): fix or unset these variables.`)
}
