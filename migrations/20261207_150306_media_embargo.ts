import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { refreshPublicUploads } from '../src/operations/refreshPublicUploads'
import type { SanitizedWorkflowOptions } from '../src/types'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_public_in" AS ENUM('en', 'fr');
  CREATE TABLE "media_public_in" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_media_public_in",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media_public_in" ADD CONSTRAINT "media_public_in_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_in_order_idx" ON "media_public_in" USING btree ("order");
  CREATE INDEX "media_public_in_parent_idx" ON "media_public_in" USING btree ("parent_id");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");`)
  // Files that published documents already use stay readable: publicIn from what is published now.
  const options = payload.config.custom?.editorialWorkflow as SanitizedWorkflowOptions | undefined
  if (!options || options.disabled) return
  const { docs } = await payload.db.find({ collection: 'media', limit: 0, pagination: false, req, select: { filename: true } })
  if (docs.length) await refreshPublicUploads(req as never, options, [new Map([['media', new Set(docs.map(({ id }) => id))]])])
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_public_in" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_public_in" CASCADE;
  DROP INDEX "media_public_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  DROP TYPE "public"."enum_media_public_in";`)
}
