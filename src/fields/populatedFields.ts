import type { CollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { ALTERNATES_FIELD, PREVIOUS_SLUGS_FIELD, PROGRESS_FIELD } from '../workflow/fieldNames'
import { hasSlugField } from './deliveryFields'

type Populate = NonNullable<CollectionConfig['defaultPopulate']>

/**
 * What a governed document carries when another one populates it (REST and the Local API at
 * depth ≥ 1: relationships and joins; Payload's `defaultPopulate`): everything but `alternates`,
 * `previousSlugs` and `translationProgress`, which serve the document's own page (the language switcher, the counts).
 * A link needs the title, the slug read in the page's locale and the `translation` marker
 * (approved: link the French page; otherwise the English one), which stay. Each field costs every
 * read of every populated document: a list of 12 statements with their notes and infographics
 * carries 48 fewer values (bench/results.md). A caller who wants them asks
 * (`populate[briefing-notes][alternates]=true`). A collection that already picks fields to
 * populate (`defaultPopulate` with `true` values) keeps its choice; one that leaves fields out
 * leaves these out too. GraphQL populates what the query asks for and is not concerned.
 */
export const populatedFields = (
  collection: Pick<CollectionConfig, 'defaultPopulate' | 'fields'>,
  options: SanitizedWorkflowOptions,
): Populate => {
  const own = (collection.defaultPopulate ?? {}) as Record<string, unknown>
  if (Object.values(own).some((value) => value !== false)) return own as Populate
  const pageOnly = hasSlugField(collection, options)
    ? [ALTERNATES_FIELD, PREVIOUS_SLUGS_FIELD, PROGRESS_FIELD]
    : [PROGRESS_FIELD]
  return { ...own, ...Object.fromEntries(pageOnly.map((name) => [name, false])) } as Populate
}
