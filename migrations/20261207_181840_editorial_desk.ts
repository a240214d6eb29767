import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_language" AS ENUM('en', 'fr');
  ALTER TYPE "public"."enum_workflow_events_transition" ADD VALUE 'withdraw' BEFORE 'request_changes';
  ALTER TYPE "public"."enum_workflow_events_transition" ADD VALUE 'discard' BEFORE 'archive';
  ALTER TYPE "public"."enum_workflow_events_transition" ADD VALUE 'suggest';
  CREATE TABLE "review_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"reviewer_id" integer,
  	"assigned_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policy_statements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_briefing_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_infographics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conference_recordings_fk";
  
  DROP INDEX "payload_locked_documents_rels_policy_statements_id_idx";
  DROP INDEX "payload_locked_documents_rels_briefing_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_infographics_id_idx";
  DROP INDEX "payload_locked_documents_rels_conference_recordings_id_idx";
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'en';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_assignments_id" integer;
  ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_assignments_collection_idx" ON "review_assignments" USING btree ("collection");
  CREATE INDEX "review_assignments_document_idx" ON "review_assignments" USING btree ("document");
  CREATE INDEX "review_assignments_reviewer_idx" ON "review_assignments" USING btree ("reviewer_id");
  CREATE INDEX "review_assignments_assigned_by_idx" ON "review_assignments" USING btree ("assigned_by_id");
  CREATE INDEX "review_assignments_updated_at_idx" ON "review_assignments" USING btree ("updated_at");
  CREATE INDEX "review_assignments_created_at_idx" ON "review_assignments" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_document_idx" ON "review_assignments" USING btree ("collection","document");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_assignments_fk" FOREIGN KEY ("review_assignments_id") REFERENCES "public"."review_assignments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_assignments_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policy_statements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "briefing_notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "infographics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conference_recordings_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_assignments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_assignments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_assignments_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "transition" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_events_transition";
  CREATE TYPE "public"."enum_workflow_events_transition" AS ENUM('submit', 'request_changes', 'approve', 'publish', 'schedule', 'unpublish', 'archive', 'submit_translation', 'request_translation_changes', 'approve_translation', 'edit', 'source_changed');
  ALTER TABLE "workflow_events" ALTER COLUMN "transition" SET DATA TYPE "public"."enum_workflow_events_transition" USING "transition"::"public"."enum_workflow_events_transition";
  DROP INDEX "payload_locked_documents_rels_review_assignments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policy_statements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "briefing_notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "infographics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conference_recordings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_statements_fk" FOREIGN KEY ("policy_statements_id") REFERENCES "public"."policy_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefing_notes_fk" FOREIGN KEY ("briefing_notes_id") REFERENCES "public"."briefing_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_infographics_fk" FOREIGN KEY ("infographics_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_recordings_fk" FOREIGN KEY ("conference_recordings_id") REFERENCES "public"."conference_recordings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_policy_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_statements_id");
  CREATE INDEX "payload_locked_documents_rels_briefing_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("briefing_notes_id");
  CREATE INDEX "payload_locked_documents_rels_infographics_id_idx" ON "payload_locked_documents_rels" USING btree ("infographics_id");
  CREATE INDEX "payload_locked_documents_rels_conference_recordings_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_recordings_id");
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_assignments_id";
  DROP TYPE "public"."enum_users_language";`)
}
