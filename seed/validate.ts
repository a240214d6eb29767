import { type SeedCollection, type SeedData, seedDataSchemas, type SeedInput } from './schema'

/** The field each collection's entries are looked up by, so a second run finds what the first created. */
export const NATURAL_KEYS = {
  'briefing-notes': 'slug',
  'conference-recordings': 'slug',
  conferences: 'slug',
  infographics: 'slug',
  partners: 'organisation',
  'policy-statements': 'slug',
  users: 'email',
} as const satisfies Record<SeedCollection, string>

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data is invalid; fix these entries in seed/data/: ${problems.join('; ')}`)
    this.name = 'SeedDataError'
  }
}

const nameOf = (collection: SeedCollection, entry: unknown, index: number): string => {
  const key = (entry as Record<string, unknown> | null)?.[NATURAL_KEYS[collection]]
  return `${collection}[${index}]${typeof key === 'string' ? ` "${key}"` : ''}`
}

const parseCollection = <K extends SeedCollection>(
  collection: K,
  entries: unknown[],
  problems: string[],
) =>
  entries.flatMap((entry, index) => {
    const parsed = seedDataSchemas[collection].safeParse(entry)
    if (parsed.success) return [parsed.data as SeedData[K][number]]
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || '(entry)'
      problems.push(`${nameOf(collection, entry, index)} ${field}: ${issue.message}`)
    }
    return []
  })

const checkUnique = (collection: SeedCollection, keys: string[], problems: string[]) => {
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index)
      problems.push(`${collection}[${index}] "${key}": ${NATURAL_KEYS[collection]} is used twice`)
  })
}

const checkReferences = (data: SeedData, problems: string[]) => {
  const statements = new Set(data['policy-statements'].map((entry) => entry.slug))
  const conferences = new Map(data.conferences.map((entry) => [entry.slug, entry]))
  for (const collection of ['briefing-notes', 'infographics'] as const) {
    data[collection].forEach((entry, index) => {
      if (!statements.has(entry.statement)) {
        problems.push(
          `${collection}[${index}] "${entry.slug}" statement: no policy statement has slug "${entry.statement}"`,
        )
      }
    })
  }
  data['conference-recordings'].forEach((entry, index) => {
    const conference = conferences.get(entry.conference)
    const name = `conference-recordings[${index}] "${entry.slug}"`
    if (!conference)
      problems.push(`${name} conference: no conference has slug "${entry.conference}"`)
    else if (entry.recordedOn < conference.startDate || entry.recordedOn > conference.endDate) {
      problems.push(`${name} recordedOn: ${entry.recordedOn} is outside the conference dates`)
    }
  })
}

/** Parses every entry before anything is written; throws one error naming each bad entry and field. */
export const validateSeedData = (input: SeedInput): SeedData => {
  const problems: string[] = []
  const data = Object.fromEntries(
    (Object.keys(seedDataSchemas) as SeedCollection[]).map((collection) => [
      collection,
      parseCollection(collection, (input[collection] ?? []) as unknown[], problems),
    ]),
  ) as SeedData
  // Keys and references are checked on well-formed entries only, so indexes still match seed/data/.
  if (problems.length > 0) throw new SeedDataError(problems)
  for (const collection of Object.keys(data) as SeedCollection[]) {
    const key = NATURAL_KEYS[collection]
    checkUnique(
      collection,
      data[collection].map((entry) => String((entry as Record<string, unknown>)[key])),
      problems,
    )
  }
  checkReferences(data, problems)
  if (problems.length > 0) throw new SeedDataError(problems)
  return data
}
