import { z } from 'zod'

import { VIDEO_HOSTS } from '../collections/fields/videoUrl'
import { REGIONS } from '../collections/Partners'
import { TOPICS } from '../collections/PolicyStatements'
import { ROLES } from '../src/access/roles'

const valuesOf = <T extends string>(options: readonly { value: T }[]) =>
  options.map((option) => option.value) as [T, ...T[]]

const text = z.string().trim().min(1)
const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters and digits joined by single hyphens',
  )
const bilingual = z.object({ en: text, fr: text })
const paragraphs = z.array(text).min(2).max(6)
const day = z.iso.date()
const https = z.url({ protocol: /^https$/, error: 'must be an https:// address' })

const recommendations = z.array(text).min(2).max(4)

export const statementSchema = z
  .object({
    body: paragraphs,
    /** The French of the body and recommendations, when the translators have done them (the PDF then has a French edition). */
    french: z.object({ body: paragraphs, recommendations }).optional(),
    recommendations,
    /** An English summary revised and republished after the French was approved: the French goes outdated. */
    revisedSummary: text.optional(),
    slug,
    /** announced: readers get a stub (title, slug, topic, summary; status coming_soon) while the text is a draft. */
    status: z.enum(['published', 'announced', 'draft']),
    /** Without `fr`, the statement has no French yet. */
    summary: z.object({ en: text, fr: text.optional() }),
    title: z.object({ en: text, fr: text.optional() }),
    topic: z.enum(valuesOf(TOPICS)),
  })
  .refine((entry) => Boolean(entry.title.fr) === Boolean(entry.summary.fr), {
    message: 'give both a French title and summary, or neither',
    path: ['title', 'fr'],
  })
  .refine((entry) => !entry.french || entry.title.fr, {
    message: 'a French body needs a French title',
    path: ['french'],
  })

export const briefingNoteSchema = z.object({
  body: paragraphs,
  slug,
  statement: slug,
  summary: text,
  title: z.object({ en: text, fr: text.optional() }),
})

const infographicLines = z
  .array(text.max(70, 'is too long to fit on the picture (70 characters at most)'))
  .min(2)
  .max(3)

export const infographicSchema = z.object({
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #1b6f6a'),
  lines: z.object({ en: infographicLines, fr: infographicLines }),
  slug,
  statement: slug,
  title: z.object({ en: text.max(60), fr: text.max(60) }),
})

export const conferenceSchema = z
  .object({
    endDate: day,
    name: bilingual,
    organiser: text,
    place: text,
    slug,
    startDate: day,
    summary: bilingual,
  })
  .refine((entry) => entry.endDate >= entry.startDate, {
    message: 'is before startDate',
    path: ['endDate'],
  })

export const recordingSchema = z.object({
  conference: slug,
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  recordedOn: day,
  slug,
  speakers: z.array(z.object({ affiliation: text.optional(), name: text })).min(1),
  summary: bilingual,
  title: bilingual,
  videoUrl: https.refine(
    (value) => (VIDEO_HOSTS as readonly string[]).includes(new URL(value).hostname),
    {
      message: `must be on ${VIDEO_HOSTS.join(', ')}`,
    },
  ),
})

export const partnerSchema = z.object({
  description: bilingual,
  organisation: text,
  region: z.enum(valuesOf(REGIONS)),
  website: https,
})

export const userSchema = z.object({
  email: z.email(),
  name: text,
  roles: z.array(z.enum(ROLES)).min(1),
})

export const seedDataSchemas = {
  'briefing-notes': briefingNoteSchema,
  'conference-recordings': recordingSchema,
  conferences: conferenceSchema,
  infographics: infographicSchema,
  partners: partnerSchema,
  'policy-statements': statementSchema,
  users: userSchema,
} as const

export type SeedCollection = keyof typeof seedDataSchemas
export type SeedData = { [K in SeedCollection]: z.output<(typeof seedDataSchemas)[K]>[] }
export type SeedInput = { [K in SeedCollection]: z.input<(typeof seedDataSchemas)[K]>[] }
export type StatementEntry = SeedData['policy-statements'][number]
export type BriefingNoteEntry = SeedData['briefing-notes'][number]
export type InfographicEntry = SeedData['infographics'][number]
export type ConferenceEntry = SeedData['conferences'][number]
export type RecordingEntry = SeedData['conference-recordings'][number]
export type PartnerEntry = SeedData['partners'][number]
export type UserEntry = SeedData['users'][number]
