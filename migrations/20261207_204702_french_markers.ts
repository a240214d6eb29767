import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { deliverTranslations } from '../src/operations/deliverTranslations'
import type { SanitizedWorkflowOptions } from '../src/types'

/** Collections put under the workflow by this release: what was published stays published. */
const NEWLY_GOVERNED = ['conferences', 'partners'] as const

/**
 * Data for 20261207_204701_french_truth, in its own migration: PostgreSQL lets a transaction use an
 * enum value (`partial`) only after the transaction that added it has committed.
 *
 * - Conferences and partners published before they were governed keep their English publication:
 *   their workflow state (and that of a latest version that is the published one) becomes
 *   `published`. Their French, never reviewed, leaves readers until a reviewer approves it.
 * - Every published document of a governed collection gets its reader markers computed as a
 *   publication would: `partial` where approved French has gaps, `fallbackFields`, `previousSlugs`.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const table of NEWLY_GOVERNED) {
    await db.execute(sql`
      UPDATE ${sql.identifier(table)} SET workflow_state = 'published' WHERE _status = 'published';
      UPDATE ${sql.identifier(`_${table}_v`)} SET version_workflow_state = 'published'
        WHERE latest = true AND version__status = 'published'
          AND parent_id IN (SELECT id FROM ${sql.identifier(table)} WHERE _status = 'published');`)
  }
  const options = payload.config.custom?.editorialWorkflow as SanitizedWorkflowOptions | undefined
  if (!options || options.disabled) return
  for (const slug of options.collections) {
    const collection = payload.collections[slug as CollectionSlug]!.config
    const { docs } = await payload.db.find({
      collection: slug,
      limit: 0,
      pagination: false,
      req,
      select: { _status: true },
      where: { _status: { equals: 'published' } },
    })
    for (const { id } of docs)
      await deliverTranslations({ collection, options, req: req as PayloadRequest }, id)
  }
}

/** The markers stay as computed; the enum values they use go with 20261207_204701_french_truth's down. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
