import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "policy_statements_locales_parent_id_idx" ON "policy_statements_locales" USING btree ("_parent_id");
  CREATE INDEX "_policy_statements_v_locales_parent_id_idx" ON "_policy_statements_v_locales" USING btree ("_parent_id");
  CREATE INDEX "briefing_notes_locales_parent_id_idx" ON "briefing_notes_locales" USING btree ("_parent_id");
  CREATE INDEX "_briefing_notes_v_locales_parent_id_idx" ON "_briefing_notes_v_locales" USING btree ("_parent_id");
  CREATE INDEX "infographics_locales_parent_id_idx" ON "infographics_locales" USING btree ("_parent_id");
  CREATE INDEX "_infographics_v_locales_parent_id_idx" ON "_infographics_v_locales" USING btree ("_parent_id");
  CREATE INDEX "conference_recordings_locales_parent_id_idx" ON "conference_recordings_locales" USING btree ("_parent_id");
  CREATE INDEX "_conference_recordings_v_locales_parent_id_idx" ON "_conference_recordings_v_locales" USING btree ("_parent_id");
  CREATE INDEX "conferences_locales_parent_id_idx" ON "conferences_locales" USING btree ("_parent_id");
  CREATE INDEX "_conferences_v_locales_parent_id_idx" ON "_conferences_v_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_locales_parent_id_idx" ON "partners_locales" USING btree ("_parent_id");
  CREATE INDEX "_partners_v_locales_parent_id_idx" ON "_partners_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "policy_statements_locales_parent_id_idx";
  DROP INDEX "_policy_statements_v_locales_parent_id_idx";
  DROP INDEX "briefing_notes_locales_parent_id_idx";
  DROP INDEX "_briefing_notes_v_locales_parent_id_idx";
  DROP INDEX "infographics_locales_parent_id_idx";
  DROP INDEX "_infographics_v_locales_parent_id_idx";
  DROP INDEX "conference_recordings_locales_parent_id_idx";
  DROP INDEX "_conference_recordings_v_locales_parent_id_idx";
  DROP INDEX "conferences_locales_parent_id_idx";
  DROP INDEX "_conferences_v_locales_parent_id_idx";
  DROP INDEX "partners_locales_parent_id_idx";
  DROP INDEX "_partners_v_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";`)
}
