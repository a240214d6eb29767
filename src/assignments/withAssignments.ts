import type { CollectionSlug, Config } from 'payload'

import { withOverrides } from '../collections/overrides'
import { reviewAssignmentsCollection } from '../collections/ReviewAssignments'
import { assignEndpoints } from '../endpoints/assign'
import type { SanitizedWorkflowOptions } from '../types'

/**
 * Reviewer assignment: its collection (kept even when disabled, so the schema is stable) and, on each
 * governed collection, its endpoints, first so that `/workflow/assign` is not read as a transition.
 */
export const withAssignments = (config: Config, options: SanitizedWorkflowOptions): Config => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      options.disabled || !options.collections.includes(collection.slug as CollectionSlug)
        ? collection
        : {
            ...collection,
            endpoints: [
              ...assignEndpoints(collection.slug, options),
              ...(collection.endpoints || []),
            ],
          },
    ),
    withOverrides(
      reviewAssignmentsCollection(options),
      options.reviewAssignmentsCollection.overrides,
      'reviewAssignmentsCollection',
    ),
  ],
})
