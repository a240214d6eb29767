import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { refreshPublicUploads } from '../src/operations/refreshPublicUploads'
import type { SanitizedWorkflowOptions } from '../src/types'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "public_in" jsonb;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");`)
  // Files that published documents already use stay readable: publicIn from what is published now.
  const options = payload.config.custom?.editorialWorkflow as SanitizedWorkflowOptions | undefined
  if (!options || options.disabled) return
  const { docs } = await payload.db.find({
    collection: 'media',
    limit: 0,
    pagination: false,
    req,
    select: { filename: true },
  })
  if (docs.length)
    await refreshPublicUploads(req as never, options, [
      new Map([['media', new Set(docs.map(({ id }) => id))]]),
    ])
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_public_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "public_in";`)
}
