import type { CollectionConfig } from 'payload'

import { ALTERNATES_FIELD, PROGRESS_FIELD } from '../workflow/fieldNames'

type Populate = NonNullable<CollectionConfig['defaultPopulate']>

/** The reader fields that serve a document's own page, not a link to it: the language switcher and the counts. */
export const PAGE_ONLY_FIELDS = [ALTERNATES_FIELD, PROGRESS_FIELD] as const

/**
 * What a governed document carries when another one populates it (REST and the Local API at
 * depth ≥ 1: relationships and joins; Payload's `defaultPopulate`): everything but `alternates` and
 * `translationProgress`. A link needs the title, the slug read in the page's locale and the
 * `translation` marker (approved: link the French page; otherwise the English one), which stay.
 * Each field costs every read of every populated document, so a list of 12 statements with their
 * notes and infographics carries 48 fewer values (bench/results.md). A caller who wants them asks
 * (`populate[briefing-notes][alternates]=true`). A collection that already picks fields to
 * populate (`defaultPopulate` with `true` values) keeps its choice; one that leaves fields out
 * leaves these out too. GraphQL populates what the query asks for and is not concerned.
 */
export const populatedFields = (collection: Pick<CollectionConfig, 'defaultPopulate'>): Populate => {
  const own = (collection.defaultPopulate ?? {}) as Record<string, unknown>
  if (Object.values(own).some((value) => value !== false)) return own as Populate
  return { ...own, ...Object.fromEntries(PAGE_ONLY_FIELDS.map((name) => [name, false])) } as Populate
}
