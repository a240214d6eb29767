import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_policy_statements_topic" AS ENUM('regularization', 'employment-rights', 'reproductive-justice', 'sex-work-and-migration', 'gender-based-violence', 'closed-work-permits', 'gender-diverse-migrants');
  CREATE TYPE "public"."enum_policy_statements_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_policy_statements_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_policy_statements_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum_policy_statements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_statements_v_version_topic" AS ENUM('regularization', 'employment-rights', 'reproductive-justice', 'sex-work-and-migration', 'gender-based-violence', 'closed-work-permits', 'gender-diverse-migrants');
  CREATE TYPE "public"."enum__policy_statements_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__policy_statements_v_version_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__policy_statements_v_version_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum__policy_statements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_statements_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_briefing_notes_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_briefing_notes_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_briefing_notes_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum_briefing_notes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefing_notes_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__briefing_notes_v_version_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__briefing_notes_v_version_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum__briefing_notes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefing_notes_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_infographics_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_infographics_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_infographics_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum_infographics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__infographics_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__infographics_v_version_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__infographics_v_version_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum__infographics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__infographics_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_conference_recordings_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_conference_recordings_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_conference_recordings_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum_conference_recordings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conference_recordings_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__conference_recordings_v_version_tw_fr_status" AS ENUM('not_started', 'in_progress', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__conference_recordings_v_version_translation_fr" AS ENUM('approved', 'coming_soon', 'outdated');
  CREATE TYPE "public"."enum__conference_recordings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conference_recordings_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_conferences_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conferences_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conferences_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_partners_region" AS ENUM('BC', 'AB', 'MB', 'ON', 'QC', 'national');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_version_region" AS ENUM('BC', 'AB', 'MB', 'ON', 'QC', 'national');
  CREATE TYPE "public"."enum__partners_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'reviewer');
  CREATE TYPE "public"."enum_workflow_events_transition" AS ENUM('submit', 'request_changes', 'approve', 'publish', 'schedule', 'unpublish', 'archive', 'submit_translation', 'request_translation_changes', 'approve_translation', 'edit', 'source_changed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  CREATE TABLE "policy_statements_recommendations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policy_statements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum_policy_statements_topic",
  	"workflow_state" "enum_policy_statements_workflow_state" DEFAULT 'draft',
  	"workflow_content_hash" varchar,
  	"workflow_approved_hash" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_editors" jsonb,
  	"workflow_scheduled_at" timestamp(3) with time zone,
  	"workflow_scheduled_by_id" integer,
  	"translation_workflow_fr_status" "enum_policy_statements_tw_fr_status" DEFAULT 'not_started',
  	"translation_workflow_fr_source_hashes" jsonb,
  	"translation_workflow_fr_approved_hashes" jsonb,
  	"translation_workflow_fr_submitted_by_id" integer,
  	"translation_workflow_fr_approved_by_id" integer,
  	"translation_workflow_fr_editors" jsonb,
  	"alternates_en" varchar,
  	"alternates_fr" varchar,
  	"translation_fr" "enum_policy_statements_translation_fr" DEFAULT 'coming_soon',
  	"translation_progress_fr_approved" numeric DEFAULT 0,
  	"translation_progress_fr_missing" numeric DEFAULT 0,
  	"translation_progress_fr_outdated" numeric DEFAULT 0,
  	"translation_progress_fr_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_statements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_statements_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"statement_pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policy_statements_v_version_recommendations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_statements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_topic" "enum__policy_statements_v_version_topic",
  	"version_workflow_state" "enum__policy_statements_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_content_hash" varchar,
  	"version_workflow_approved_hash" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_editors" jsonb,
  	"version_workflow_scheduled_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_by_id" integer,
  	"version_translation_workflow_fr_status" "enum__policy_statements_v_version_tw_fr_status" DEFAULT 'not_started',
  	"version_translation_workflow_fr_source_hashes" jsonb,
  	"version_translation_workflow_fr_approved_hashes" jsonb,
  	"version_translation_workflow_fr_submitted_by_id" integer,
  	"version_translation_workflow_fr_approved_by_id" integer,
  	"version_translation_workflow_fr_editors" jsonb,
  	"version_alternates_en" varchar,
  	"version_alternates_fr" varchar,
  	"version_translation_fr" "enum__policy_statements_v_version_translation_fr" DEFAULT 'coming_soon',
  	"version_translation_progress_fr_approved" numeric DEFAULT 0,
  	"version_translation_progress_fr_missing" numeric DEFAULT 0,
  	"version_translation_progress_fr_outdated" numeric DEFAULT 0,
  	"version_translation_progress_fr_total" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_statements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policy_statements_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policy_statements_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_statement_pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "briefing_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer,
  	"workflow_state" "enum_briefing_notes_workflow_state" DEFAULT 'draft',
  	"workflow_content_hash" varchar,
  	"workflow_approved_hash" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_editors" jsonb,
  	"workflow_scheduled_at" timestamp(3) with time zone,
  	"workflow_scheduled_by_id" integer,
  	"translation_workflow_fr_status" "enum_briefing_notes_tw_fr_status" DEFAULT 'not_started',
  	"translation_workflow_fr_source_hashes" jsonb,
  	"translation_workflow_fr_approved_hashes" jsonb,
  	"translation_workflow_fr_submitted_by_id" integer,
  	"translation_workflow_fr_approved_by_id" integer,
  	"translation_workflow_fr_editors" jsonb,
  	"alternates_en" varchar,
  	"alternates_fr" varchar,
  	"translation_fr" "enum_briefing_notes_translation_fr" DEFAULT 'coming_soon',
  	"translation_progress_fr_approved" numeric DEFAULT 0,
  	"translation_progress_fr_missing" numeric DEFAULT 0,
  	"translation_progress_fr_outdated" numeric DEFAULT 0,
  	"translation_progress_fr_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_briefing_notes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "briefing_notes_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefing_notes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_statement_id" integer,
  	"version_workflow_state" "enum__briefing_notes_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_content_hash" varchar,
  	"version_workflow_approved_hash" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_editors" jsonb,
  	"version_workflow_scheduled_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_by_id" integer,
  	"version_translation_workflow_fr_status" "enum__briefing_notes_v_version_tw_fr_status" DEFAULT 'not_started',
  	"version_translation_workflow_fr_source_hashes" jsonb,
  	"version_translation_workflow_fr_approved_hashes" jsonb,
  	"version_translation_workflow_fr_submitted_by_id" integer,
  	"version_translation_workflow_fr_approved_by_id" integer,
  	"version_translation_workflow_fr_editors" jsonb,
  	"version_alternates_en" varchar,
  	"version_alternates_fr" varchar,
  	"version_translation_fr" "enum__briefing_notes_v_version_translation_fr" DEFAULT 'coming_soon',
  	"version_translation_progress_fr_approved" numeric DEFAULT 0,
  	"version_translation_progress_fr_missing" numeric DEFAULT 0,
  	"version_translation_progress_fr_outdated" numeric DEFAULT 0,
  	"version_translation_progress_fr_total" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__briefing_notes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__briefing_notes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_briefing_notes_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "infographics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"statement_id" integer,
  	"workflow_state" "enum_infographics_workflow_state" DEFAULT 'draft',
  	"workflow_content_hash" varchar,
  	"workflow_approved_hash" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_editors" jsonb,
  	"workflow_scheduled_at" timestamp(3) with time zone,
  	"workflow_scheduled_by_id" integer,
  	"translation_workflow_fr_status" "enum_infographics_tw_fr_status" DEFAULT 'not_started',
  	"translation_workflow_fr_source_hashes" jsonb,
  	"translation_workflow_fr_approved_hashes" jsonb,
  	"translation_workflow_fr_submitted_by_id" integer,
  	"translation_workflow_fr_approved_by_id" integer,
  	"translation_workflow_fr_editors" jsonb,
  	"alternates_en" varchar,
  	"alternates_fr" varchar,
  	"translation_fr" "enum_infographics_translation_fr" DEFAULT 'coming_soon',
  	"translation_progress_fr_approved" numeric DEFAULT 0,
  	"translation_progress_fr_missing" numeric DEFAULT 0,
  	"translation_progress_fr_outdated" numeric DEFAULT 0,
  	"translation_progress_fr_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_infographics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "infographics_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"alt_text" varchar,
  	"image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_infographics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_statement_id" integer,
  	"version_workflow_state" "enum__infographics_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_content_hash" varchar,
  	"version_workflow_approved_hash" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_editors" jsonb,
  	"version_workflow_scheduled_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_by_id" integer,
  	"version_translation_workflow_fr_status" "enum__infographics_v_version_tw_fr_status" DEFAULT 'not_started',
  	"version_translation_workflow_fr_source_hashes" jsonb,
  	"version_translation_workflow_fr_approved_hashes" jsonb,
  	"version_translation_workflow_fr_submitted_by_id" integer,
  	"version_translation_workflow_fr_approved_by_id" integer,
  	"version_translation_workflow_fr_editors" jsonb,
  	"version_alternates_en" varchar,
  	"version_alternates_fr" varchar,
  	"version_translation_fr" "enum__infographics_v_version_translation_fr" DEFAULT 'coming_soon',
  	"version_translation_progress_fr_approved" numeric DEFAULT 0,
  	"version_translation_progress_fr_missing" numeric DEFAULT 0,
  	"version_translation_progress_fr_outdated" numeric DEFAULT 0,
  	"version_translation_progress_fr_total" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__infographics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__infographics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_infographics_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_alt_text" varchar,
  	"version_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conference_recordings_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"affiliation" varchar
  );
  
  CREATE TABLE "conference_recordings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"conference_id" integer,
  	"recorded_on" timestamp(3) with time zone,
  	"video_url" varchar,
  	"duration_minutes" numeric,
  	"workflow_state" "enum_conference_recordings_workflow_state" DEFAULT 'draft',
  	"workflow_content_hash" varchar,
  	"workflow_approved_hash" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_editors" jsonb,
  	"workflow_scheduled_at" timestamp(3) with time zone,
  	"workflow_scheduled_by_id" integer,
  	"translation_workflow_fr_status" "enum_conference_recordings_tw_fr_status" DEFAULT 'not_started',
  	"translation_workflow_fr_source_hashes" jsonb,
  	"translation_workflow_fr_approved_hashes" jsonb,
  	"translation_workflow_fr_submitted_by_id" integer,
  	"translation_workflow_fr_approved_by_id" integer,
  	"translation_workflow_fr_editors" jsonb,
  	"alternates_en" varchar,
  	"alternates_fr" varchar,
  	"translation_fr" "enum_conference_recordings_translation_fr" DEFAULT 'coming_soon',
  	"translation_progress_fr_approved" numeric DEFAULT 0,
  	"translation_progress_fr_missing" numeric DEFAULT 0,
  	"translation_progress_fr_outdated" numeric DEFAULT 0,
  	"translation_progress_fr_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conference_recordings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conference_recordings_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"transcript" jsonb,
  	"captions_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conference_recordings_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"affiliation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conference_recordings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_conference_id" integer,
  	"version_recorded_on" timestamp(3) with time zone,
  	"version_video_url" varchar,
  	"version_duration_minutes" numeric,
  	"version_workflow_state" "enum__conference_recordings_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_content_hash" varchar,
  	"version_workflow_approved_hash" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_editors" jsonb,
  	"version_workflow_scheduled_at" timestamp(3) with time zone,
  	"version_workflow_scheduled_by_id" integer,
  	"version_translation_workflow_fr_status" "enum__conference_recordings_v_version_tw_fr_status" DEFAULT 'not_started',
  	"version_translation_workflow_fr_source_hashes" jsonb,
  	"version_translation_workflow_fr_approved_hashes" jsonb,
  	"version_translation_workflow_fr_submitted_by_id" integer,
  	"version_translation_workflow_fr_approved_by_id" integer,
  	"version_translation_workflow_fr_editors" jsonb,
  	"version_alternates_en" varchar,
  	"version_alternates_fr" varchar,
  	"version_translation_fr" "enum__conference_recordings_v_version_translation_fr" DEFAULT 'coming_soon',
  	"version_translation_progress_fr_approved" numeric DEFAULT 0,
  	"version_translation_progress_fr_missing" numeric DEFAULT 0,
  	"version_translation_progress_fr_outdated" numeric DEFAULT 0,
  	"version_translation_progress_fr_total" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conference_recordings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conference_recordings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_conference_recordings_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_transcript" jsonb,
  	"version_captions_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"place" varchar,
  	"organiser" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conferences_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conferences_locales" (
  	"name" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conferences_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_organiser" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conferences_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conferences_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_conferences_v_locales" (
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar,
  	"region" "enum_partners_region",
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "partners_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_organisation" varchar,
  	"version_region" "enum__partners_v_version_region",
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__partners_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_partners_v_locales" (
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"transition" "enum_workflow_events_transition" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"comment" varchar,
  	"content_hash" varchar,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_statements_id" integer,
  	"briefing_notes_id" integer,
  	"infographics_id" integer,
  	"conference_recordings_id" integer,
  	"conferences_id" integer,
  	"partners_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "policy_statements_recommendations" ADD CONSTRAINT "policy_statements_recommendations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements_locales" ADD CONSTRAINT "policy_statements_locales_statement_pdf_id_media_id_fk" FOREIGN KEY ("statement_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_statements_locales" ADD CONSTRAINT "policy_statements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_statements_v_version_recommendations" ADD CONSTRAINT "_policy_statements_v_version_recommendations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_statements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_parent_id_policy_statements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_version_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_version_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v" ADD CONSTRAINT "_policy_statements_v_version_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v_locales" ADD CONSTRAINT "_policy_statements_v_locales_version_statement_pdf_id_media_id_fk" FOREIGN KEY ("version_statement_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_statements_v_locales" ADD CONSTRAINT "_policy_statements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_statements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_statement_id_policy_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."policy_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes" ADD CONSTRAINT "briefing_notes_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes_locales" ADD CONSTRAINT "briefing_notes_locales_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefing_notes_locales" ADD CONSTRAINT "briefing_notes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefing_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_parent_id_briefing_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefing_notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_statement_id_policy_statements_id_fk" FOREIGN KEY ("version_statement_id") REFERENCES "public"."policy_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v" ADD CONSTRAINT "_briefing_notes_v_version_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v_locales" ADD CONSTRAINT "_briefing_notes_v_locales_version_pdf_id_media_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefing_notes_v_locales" ADD CONSTRAINT "_briefing_notes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefing_notes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_statement_id_policy_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."policy_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics" ADD CONSTRAINT "infographics_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics_locales" ADD CONSTRAINT "infographics_locales_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "infographics_locales" ADD CONSTRAINT "infographics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_parent_id_infographics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."infographics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_statement_id_policy_statements_id_fk" FOREIGN KEY ("version_statement_id") REFERENCES "public"."policy_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v" ADD CONSTRAINT "_infographics_v_version_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v_locales" ADD CONSTRAINT "_infographics_v_locales_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_infographics_v_locales" ADD CONSTRAINT "_infographics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_infographics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_recordings_speakers" ADD CONSTRAINT "conference_recordings_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conference_recordings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings" ADD CONSTRAINT "conference_recordings_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings_locales" ADD CONSTRAINT "conference_recordings_locales_captions_id_media_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conference_recordings_locales" ADD CONSTRAINT "conference_recordings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conference_recordings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v_version_speakers" ADD CONSTRAINT "_conference_recordings_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conference_recordings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_parent_id_conference_recordings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conference_recordings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_conference_id_conferences_id_fk" FOREIGN KEY ("version_conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_workflow_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_workflow_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_translation_workflow_fr_submitted_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v" ADD CONSTRAINT "_conference_recordings_v_version_translation_workflow_fr_approved_by_id_users_id_fk" FOREIGN KEY ("version_translation_workflow_fr_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v_locales" ADD CONSTRAINT "_conference_recordings_v_locales_version_captions_id_media_id_fk" FOREIGN KEY ("version_captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conference_recordings_v_locales" ADD CONSTRAINT "_conference_recordings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conference_recordings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conferences_locales" ADD CONSTRAINT "conferences_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conferences_v" ADD CONSTRAINT "_conferences_v_parent_id_conferences_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v_locales" ADD CONSTRAINT "_conferences_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conferences_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v_locales" ADD CONSTRAINT "_partners_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_statements_fk" FOREIGN KEY ("policy_statements_id") REFERENCES "public"."policy_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefing_notes_fk" FOREIGN KEY ("briefing_notes_id") REFERENCES "public"."briefing_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_infographics_fk" FOREIGN KEY ("infographics_id") REFERENCES "public"."infographics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conference_recordings_fk" FOREIGN KEY ("conference_recordings_id") REFERENCES "public"."conference_recordings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conferences_fk" FOREIGN KEY ("conferences_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_statements_recommendations_order_idx" ON "policy_statements_recommendations" USING btree ("_order");
  CREATE INDEX "policy_statements_recommendations_parent_id_idx" ON "policy_statements_recommendations" USING btree ("_parent_id");
  CREATE INDEX "policy_statements_recommendations_locale_idx" ON "policy_statements_recommendations" USING btree ("_locale");
  CREATE INDEX "policy_statements_workflow_workflow_state_idx" ON "policy_statements" USING btree ("workflow_state");
  CREATE INDEX "policy_statements_workflow_workflow_submitted_by_idx" ON "policy_statements" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "policy_statements_workflow_workflow_approved_by_idx" ON "policy_statements" USING btree ("workflow_approved_by_id");
  CREATE INDEX "policy_statements_workflow_workflow_scheduled_by_idx" ON "policy_statements" USING btree ("workflow_scheduled_by_id");
  CREATE INDEX "policy_statements_translation_workflow_fr_translation_wo_idx" ON "policy_statements" USING btree ("translation_workflow_fr_status");
  CREATE INDEX "policy_statements_translation_workflow_fr_translation__1_idx" ON "policy_statements" USING btree ("translation_workflow_fr_submitted_by_id");
  CREATE INDEX "policy_statements_translation_workflow_fr_translation__2_idx" ON "policy_statements" USING btree ("translation_workflow_fr_approved_by_id");
  CREATE INDEX "policy_statements_translation_translation_fr_idx" ON "policy_statements" USING btree ("translation_fr");
  CREATE INDEX "policy_statements_updated_at_idx" ON "policy_statements" USING btree ("updated_at");
  CREATE INDEX "policy_statements_created_at_idx" ON "policy_statements" USING btree ("created_at");
  CREATE INDEX "policy_statements__status_idx" ON "policy_statements" USING btree ("_status");
  CREATE INDEX "policy_statements_slug_idx" ON "policy_statements_locales" USING btree ("slug","_locale");
  CREATE INDEX "policy_statements_statement_pdf_idx" ON "policy_statements_locales" USING btree ("statement_pdf_id","_locale");
  CREATE UNIQUE INDEX "policy_statements_locales_locale_parent_id_unique" ON "policy_statements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_statements_v_version_recommendations_order_idx" ON "_policy_statements_v_version_recommendations" USING btree ("_order");
  CREATE INDEX "_policy_statements_v_version_recommendations_parent_id_idx" ON "_policy_statements_v_version_recommendations" USING btree ("_parent_id");
  CREATE INDEX "_policy_statements_v_version_recommendations_locale_idx" ON "_policy_statements_v_version_recommendations" USING btree ("_locale");
  CREATE INDEX "_policy_statements_v_parent_idx" ON "_policy_statements_v" USING btree ("parent_id");
  CREATE INDEX "_policy_statements_v_version_workflow_version_workflow_s_idx" ON "_policy_statements_v" USING btree ("version_workflow_state");
  CREATE INDEX "_policy_statements_v_version_workflow_version_workflow_1_idx" ON "_policy_statements_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_policy_statements_v_version_workflow_version_workflow_a_idx" ON "_policy_statements_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_policy_statements_v_version_workflow_version_workflow_2_idx" ON "_policy_statements_v" USING btree ("version_workflow_scheduled_by_id");
  CREATE INDEX "_policy_statements_v_version_translation_workflow_fr_ver_idx" ON "_policy_statements_v" USING btree ("version_translation_workflow_fr_status");
  CREATE INDEX "_policy_statements_v_version_translation_workflow_fr_v_1_idx" ON "_policy_statements_v" USING btree ("version_translation_workflow_fr_submitted_by_id");
  CREATE INDEX "_policy_statements_v_version_translation_workflow_fr_v_2_idx" ON "_policy_statements_v" USING btree ("version_translation_workflow_fr_approved_by_id");
  CREATE INDEX "_policy_statements_v_version_translation_version_transla_idx" ON "_policy_statements_v" USING btree ("version_translation_fr");
  CREATE INDEX "_policy_statements_v_version_version_updated_at_idx" ON "_policy_statements_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_statements_v_version_version_created_at_idx" ON "_policy_statements_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_statements_v_version_version__status_idx" ON "_policy_statements_v" USING btree ("version__status");
  CREATE INDEX "_policy_statements_v_created_at_idx" ON "_policy_statements_v" USING btree ("created_at");
  CREATE INDEX "_policy_statements_v_updated_at_idx" ON "_policy_statements_v" USING btree ("updated_at");
  CREATE INDEX "_policy_statements_v_snapshot_idx" ON "_policy_statements_v" USING btree ("snapshot");
  CREATE INDEX "_policy_statements_v_published_locale_idx" ON "_policy_statements_v" USING btree ("published_locale");
  CREATE INDEX "_policy_statements_v_latest_idx" ON "_policy_statements_v" USING btree ("latest");
  CREATE INDEX "_policy_statements_v_version_version_slug_idx" ON "_policy_statements_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_policy_statements_v_version_version_statement_pdf_idx" ON "_policy_statements_v_locales" USING btree ("version_statement_pdf_id","_locale");
  CREATE UNIQUE INDEX "_policy_statements_v_locales_locale_parent_id_unique" ON "_policy_statements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefing_notes_statement_idx" ON "briefing_notes" USING btree ("statement_id");
  CREATE INDEX "briefing_notes_workflow_workflow_state_idx" ON "briefing_notes" USING btree ("workflow_state");
  CREATE INDEX "briefing_notes_workflow_workflow_submitted_by_idx" ON "briefing_notes" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "briefing_notes_workflow_workflow_approved_by_idx" ON "briefing_notes" USING btree ("workflow_approved_by_id");
  CREATE INDEX "briefing_notes_workflow_workflow_scheduled_by_idx" ON "briefing_notes" USING btree ("workflow_scheduled_by_id");
  CREATE INDEX "briefing_notes_translation_workflow_fr_translation_workf_idx" ON "briefing_notes" USING btree ("translation_workflow_fr_status");
  CREATE INDEX "briefing_notes_translation_workflow_fr_translation_wor_1_idx" ON "briefing_notes" USING btree ("translation_workflow_fr_submitted_by_id");
  CREATE INDEX "briefing_notes_translation_workflow_fr_translation_wor_2_idx" ON "briefing_notes" USING btree ("translation_workflow_fr_approved_by_id");
  CREATE INDEX "briefing_notes_translation_translation_fr_idx" ON "briefing_notes" USING btree ("translation_fr");
  CREATE INDEX "briefing_notes_updated_at_idx" ON "briefing_notes" USING btree ("updated_at");
  CREATE INDEX "briefing_notes_created_at_idx" ON "briefing_notes" USING btree ("created_at");
  CREATE INDEX "briefing_notes__status_idx" ON "briefing_notes" USING btree ("_status");
  CREATE INDEX "briefing_notes_slug_idx" ON "briefing_notes_locales" USING btree ("slug","_locale");
  CREATE INDEX "briefing_notes_pdf_idx" ON "briefing_notes_locales" USING btree ("pdf_id","_locale");
  CREATE UNIQUE INDEX "briefing_notes_locales_locale_parent_id_unique" ON "briefing_notes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefing_notes_v_parent_idx" ON "_briefing_notes_v" USING btree ("parent_id");
  CREATE INDEX "_briefing_notes_v_version_version_statement_idx" ON "_briefing_notes_v" USING btree ("version_statement_id");
  CREATE INDEX "_briefing_notes_v_version_workflow_version_workflow_stat_idx" ON "_briefing_notes_v" USING btree ("version_workflow_state");
  CREATE INDEX "_briefing_notes_v_version_workflow_version_workflow_subm_idx" ON "_briefing_notes_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_briefing_notes_v_version_workflow_version_workflow_appr_idx" ON "_briefing_notes_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_briefing_notes_v_version_workflow_version_workflow_sche_idx" ON "_briefing_notes_v" USING btree ("version_workflow_scheduled_by_id");
  CREATE INDEX "_briefing_notes_v_version_translation_workflow_fr_versio_idx" ON "_briefing_notes_v" USING btree ("version_translation_workflow_fr_status");
  CREATE INDEX "_briefing_notes_v_version_translation_workflow_fr_vers_1_idx" ON "_briefing_notes_v" USING btree ("version_translation_workflow_fr_submitted_by_id");
  CREATE INDEX "_briefing_notes_v_version_translation_workflow_fr_vers_2_idx" ON "_briefing_notes_v" USING btree ("version_translation_workflow_fr_approved_by_id");
  CREATE INDEX "_briefing_notes_v_version_translation_version_translatio_idx" ON "_briefing_notes_v" USING btree ("version_translation_fr");
  CREATE INDEX "_briefing_notes_v_version_version_updated_at_idx" ON "_briefing_notes_v" USING btree ("version_updated_at");
  CREATE INDEX "_briefing_notes_v_version_version_created_at_idx" ON "_briefing_notes_v" USING btree ("version_created_at");
  CREATE INDEX "_briefing_notes_v_version_version__status_idx" ON "_briefing_notes_v" USING btree ("version__status");
  CREATE INDEX "_briefing_notes_v_created_at_idx" ON "_briefing_notes_v" USING btree ("created_at");
  CREATE INDEX "_briefing_notes_v_updated_at_idx" ON "_briefing_notes_v" USING btree ("updated_at");
  CREATE INDEX "_briefing_notes_v_snapshot_idx" ON "_briefing_notes_v" USING btree ("snapshot");
  CREATE INDEX "_briefing_notes_v_published_locale_idx" ON "_briefing_notes_v" USING btree ("published_locale");
  CREATE INDEX "_briefing_notes_v_latest_idx" ON "_briefing_notes_v" USING btree ("latest");
  CREATE INDEX "_briefing_notes_v_version_version_slug_idx" ON "_briefing_notes_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_briefing_notes_v_version_version_pdf_idx" ON "_briefing_notes_v_locales" USING btree ("version_pdf_id","_locale");
  CREATE UNIQUE INDEX "_briefing_notes_v_locales_locale_parent_id_unique" ON "_briefing_notes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "infographics_statement_idx" ON "infographics" USING btree ("statement_id");
  CREATE INDEX "infographics_workflow_workflow_state_idx" ON "infographics" USING btree ("workflow_state");
  CREATE INDEX "infographics_workflow_workflow_submitted_by_idx" ON "infographics" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "infographics_workflow_workflow_approved_by_idx" ON "infographics" USING btree ("workflow_approved_by_id");
  CREATE INDEX "infographics_workflow_workflow_scheduled_by_idx" ON "infographics" USING btree ("workflow_scheduled_by_id");
  CREATE INDEX "infographics_translation_workflow_fr_translation_workflo_idx" ON "infographics" USING btree ("translation_workflow_fr_status");
  CREATE INDEX "infographics_translation_workflow_fr_translation_workf_1_idx" ON "infographics" USING btree ("translation_workflow_fr_submitted_by_id");
  CREATE INDEX "infographics_translation_workflow_fr_translation_workf_2_idx" ON "infographics" USING btree ("translation_workflow_fr_approved_by_id");
  CREATE INDEX "infographics_translation_translation_fr_idx" ON "infographics" USING btree ("translation_fr");
  CREATE INDEX "infographics_updated_at_idx" ON "infographics" USING btree ("updated_at");
  CREATE INDEX "infographics_created_at_idx" ON "infographics" USING btree ("created_at");
  CREATE INDEX "infographics__status_idx" ON "infographics" USING btree ("_status");
  CREATE INDEX "infographics_slug_idx" ON "infographics_locales" USING btree ("slug","_locale");
  CREATE INDEX "infographics_image_idx" ON "infographics_locales" USING btree ("image_id","_locale");
  CREATE UNIQUE INDEX "infographics_locales_locale_parent_id_unique" ON "infographics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_infographics_v_parent_idx" ON "_infographics_v" USING btree ("parent_id");
  CREATE INDEX "_infographics_v_version_version_statement_idx" ON "_infographics_v" USING btree ("version_statement_id");
  CREATE INDEX "_infographics_v_version_workflow_version_workflow_state_idx" ON "_infographics_v" USING btree ("version_workflow_state");
  CREATE INDEX "_infographics_v_version_workflow_version_workflow_submit_idx" ON "_infographics_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_infographics_v_version_workflow_version_workflow_approv_idx" ON "_infographics_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_infographics_v_version_workflow_version_workflow_schedu_idx" ON "_infographics_v" USING btree ("version_workflow_scheduled_by_id");
  CREATE INDEX "_infographics_v_version_translation_workflow_fr_version__idx" ON "_infographics_v" USING btree ("version_translation_workflow_fr_status");
  CREATE INDEX "_infographics_v_version_translation_workflow_fr_versio_1_idx" ON "_infographics_v" USING btree ("version_translation_workflow_fr_submitted_by_id");
  CREATE INDEX "_infographics_v_version_translation_workflow_fr_versio_2_idx" ON "_infographics_v" USING btree ("version_translation_workflow_fr_approved_by_id");
  CREATE INDEX "_infographics_v_version_translation_version_translation__idx" ON "_infographics_v" USING btree ("version_translation_fr");
  CREATE INDEX "_infographics_v_version_version_updated_at_idx" ON "_infographics_v" USING btree ("version_updated_at");
  CREATE INDEX "_infographics_v_version_version_created_at_idx" ON "_infographics_v" USING btree ("version_created_at");
  CREATE INDEX "_infographics_v_version_version__status_idx" ON "_infographics_v" USING btree ("version__status");
  CREATE INDEX "_infographics_v_created_at_idx" ON "_infographics_v" USING btree ("created_at");
  CREATE INDEX "_infographics_v_updated_at_idx" ON "_infographics_v" USING btree ("updated_at");
  CREATE INDEX "_infographics_v_snapshot_idx" ON "_infographics_v" USING btree ("snapshot");
  CREATE INDEX "_infographics_v_published_locale_idx" ON "_infographics_v" USING btree ("published_locale");
  CREATE INDEX "_infographics_v_latest_idx" ON "_infographics_v" USING btree ("latest");
  CREATE INDEX "_infographics_v_version_version_slug_idx" ON "_infographics_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_infographics_v_version_version_image_idx" ON "_infographics_v_locales" USING btree ("version_image_id","_locale");
  CREATE UNIQUE INDEX "_infographics_v_locales_locale_parent_id_unique" ON "_infographics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conference_recordings_speakers_order_idx" ON "conference_recordings_speakers" USING btree ("_order");
  CREATE INDEX "conference_recordings_speakers_parent_id_idx" ON "conference_recordings_speakers" USING btree ("_parent_id");
  CREATE INDEX "conference_recordings_conference_idx" ON "conference_recordings" USING btree ("conference_id");
  CREATE INDEX "conference_recordings_workflow_workflow_state_idx" ON "conference_recordings" USING btree ("workflow_state");
  CREATE INDEX "conference_recordings_workflow_workflow_submitted_by_idx" ON "conference_recordings" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "conference_recordings_workflow_workflow_approved_by_idx" ON "conference_recordings" USING btree ("workflow_approved_by_id");
  CREATE INDEX "conference_recordings_workflow_workflow_scheduled_by_idx" ON "conference_recordings" USING btree ("workflow_scheduled_by_id");
  CREATE INDEX "conference_recordings_translation_workflow_fr_translatio_idx" ON "conference_recordings" USING btree ("translation_workflow_fr_status");
  CREATE INDEX "conference_recordings_translation_workflow_fr_translat_1_idx" ON "conference_recordings" USING btree ("translation_workflow_fr_submitted_by_id");
  CREATE INDEX "conference_recordings_translation_workflow_fr_translat_2_idx" ON "conference_recordings" USING btree ("translation_workflow_fr_approved_by_id");
  CREATE INDEX "conference_recordings_translation_translation_fr_idx" ON "conference_recordings" USING btree ("translation_fr");
  CREATE INDEX "conference_recordings_updated_at_idx" ON "conference_recordings" USING btree ("updated_at");
  CREATE INDEX "conference_recordings_created_at_idx" ON "conference_recordings" USING btree ("created_at");
  CREATE INDEX "conference_recordings__status_idx" ON "conference_recordings" USING btree ("_status");
  CREATE INDEX "conference_recordings_slug_idx" ON "conference_recordings_locales" USING btree ("slug","_locale");
  CREATE INDEX "conference_recordings_captions_idx" ON "conference_recordings_locales" USING btree ("captions_id","_locale");
  CREATE UNIQUE INDEX "conference_recordings_locales_locale_parent_id_unique" ON "conference_recordings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conference_recordings_v_version_speakers_order_idx" ON "_conference_recordings_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_conference_recordings_v_version_speakers_parent_id_idx" ON "_conference_recordings_v_version_speakers" USING btree ("_parent_id");
  CREATE INDEX "_conference_recordings_v_parent_idx" ON "_conference_recordings_v" USING btree ("parent_id");
  CREATE INDEX "_conference_recordings_v_version_version_conference_idx" ON "_conference_recordings_v" USING btree ("version_conference_id");
  CREATE INDEX "_conference_recordings_v_version_workflow_version_workfl_idx" ON "_conference_recordings_v" USING btree ("version_workflow_state");
  CREATE INDEX "_conference_recordings_v_version_workflow_version_work_1_idx" ON "_conference_recordings_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_conference_recordings_v_version_workflow_version_work_2_idx" ON "_conference_recordings_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_conference_recordings_v_version_workflow_version_work_3_idx" ON "_conference_recordings_v" USING btree ("version_workflow_scheduled_by_id");
  CREATE INDEX "_conference_recordings_v_version_translation_workflow_fr_idx" ON "_conference_recordings_v" USING btree ("version_translation_workflow_fr_status");
  CREATE INDEX "_conference_recordings_v_version_translation_workflow__1_idx" ON "_conference_recordings_v" USING btree ("version_translation_workflow_fr_submitted_by_id");
  CREATE INDEX "_conference_recordings_v_version_translation_workflow__2_idx" ON "_conference_recordings_v" USING btree ("version_translation_workflow_fr_approved_by_id");
  CREATE INDEX "_conference_recordings_v_version_translation_version_tra_idx" ON "_conference_recordings_v" USING btree ("version_translation_fr");
  CREATE INDEX "_conference_recordings_v_version_version_updated_at_idx" ON "_conference_recordings_v" USING btree ("version_updated_at");
  CREATE INDEX "_conference_recordings_v_version_version_created_at_idx" ON "_conference_recordings_v" USING btree ("version_created_at");
  CREATE INDEX "_conference_recordings_v_version_version__status_idx" ON "_conference_recordings_v" USING btree ("version__status");
  CREATE INDEX "_conference_recordings_v_created_at_idx" ON "_conference_recordings_v" USING btree ("created_at");
  CREATE INDEX "_conference_recordings_v_updated_at_idx" ON "_conference_recordings_v" USING btree ("updated_at");
  CREATE INDEX "_conference_recordings_v_snapshot_idx" ON "_conference_recordings_v" USING btree ("snapshot");
  CREATE INDEX "_conference_recordings_v_published_locale_idx" ON "_conference_recordings_v" USING btree ("published_locale");
  CREATE INDEX "_conference_recordings_v_latest_idx" ON "_conference_recordings_v" USING btree ("latest");
  CREATE INDEX "_conference_recordings_v_version_version_slug_idx" ON "_conference_recordings_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_conference_recordings_v_version_version_captions_idx" ON "_conference_recordings_v_locales" USING btree ("version_captions_id","_locale");
  CREATE UNIQUE INDEX "_conference_recordings_v_locales_locale_parent_id_unique" ON "_conference_recordings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conferences_updated_at_idx" ON "conferences" USING btree ("updated_at");
  CREATE INDEX "conferences_created_at_idx" ON "conferences" USING btree ("created_at");
  CREATE INDEX "conferences__status_idx" ON "conferences" USING btree ("_status");
  CREATE INDEX "conferences_slug_idx" ON "conferences_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "conferences_locales_locale_parent_id_unique" ON "conferences_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conferences_v_parent_idx" ON "_conferences_v" USING btree ("parent_id");
  CREATE INDEX "_conferences_v_version_version_updated_at_idx" ON "_conferences_v" USING btree ("version_updated_at");
  CREATE INDEX "_conferences_v_version_version_created_at_idx" ON "_conferences_v" USING btree ("version_created_at");
  CREATE INDEX "_conferences_v_version_version__status_idx" ON "_conferences_v" USING btree ("version__status");
  CREATE INDEX "_conferences_v_created_at_idx" ON "_conferences_v" USING btree ("created_at");
  CREATE INDEX "_conferences_v_updated_at_idx" ON "_conferences_v" USING btree ("updated_at");
  CREATE INDEX "_conferences_v_snapshot_idx" ON "_conferences_v" USING btree ("snapshot");
  CREATE INDEX "_conferences_v_published_locale_idx" ON "_conferences_v" USING btree ("published_locale");
  CREATE INDEX "_conferences_v_latest_idx" ON "_conferences_v" USING btree ("latest");
  CREATE INDEX "_conferences_v_version_version_slug_idx" ON "_conferences_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_conferences_v_locales_locale_parent_id_unique" ON "_conferences_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "partners_organisation_idx" ON "partners" USING btree ("organisation");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners__status_idx" ON "partners" USING btree ("_status");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version_organisation_idx" ON "_partners_v" USING btree ("version_organisation");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_version_version__status_idx" ON "_partners_v" USING btree ("version__status");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE INDEX "_partners_v_snapshot_idx" ON "_partners_v" USING btree ("snapshot");
  CREATE INDEX "_partners_v_published_locale_idx" ON "_partners_v" USING btree ("published_locale");
  CREATE INDEX "_partners_v_latest_idx" ON "_partners_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_partners_v_locales_locale_parent_id_unique" ON "_partners_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "workflow_events_collection_idx" ON "workflow_events" USING btree ("collection");
  CREATE INDEX "workflow_events_document_idx" ON "workflow_events" USING btree ("document");
  CREATE INDEX "workflow_events_transition_idx" ON "workflow_events" USING btree ("transition");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_policy_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_statements_id");
  CREATE INDEX "payload_locked_documents_rels_briefing_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("briefing_notes_id");
  CREATE INDEX "payload_locked_documents_rels_infographics_id_idx" ON "payload_locked_documents_rels" USING btree ("infographics_id");
  CREATE INDEX "payload_locked_documents_rels_conference_recordings_id_idx" ON "payload_locked_documents_rels" USING btree ("conference_recordings_id");
  CREATE INDEX "payload_locked_documents_rels_conferences_id_idx" ON "payload_locked_documents_rels" USING btree ("conferences_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "policy_statements_recommendations" CASCADE;
  DROP TABLE "policy_statements" CASCADE;
  DROP TABLE "policy_statements_locales" CASCADE;
  DROP TABLE "_policy_statements_v_version_recommendations" CASCADE;
  DROP TABLE "_policy_statements_v" CASCADE;
  DROP TABLE "_policy_statements_v_locales" CASCADE;
  DROP TABLE "briefing_notes" CASCADE;
  DROP TABLE "briefing_notes_locales" CASCADE;
  DROP TABLE "_briefing_notes_v" CASCADE;
  DROP TABLE "_briefing_notes_v_locales" CASCADE;
  DROP TABLE "infographics" CASCADE;
  DROP TABLE "infographics_locales" CASCADE;
  DROP TABLE "_infographics_v" CASCADE;
  DROP TABLE "_infographics_v_locales" CASCADE;
  DROP TABLE "conference_recordings_speakers" CASCADE;
  DROP TABLE "conference_recordings" CASCADE;
  DROP TABLE "conference_recordings_locales" CASCADE;
  DROP TABLE "_conference_recordings_v_version_speakers" CASCADE;
  DROP TABLE "_conference_recordings_v" CASCADE;
  DROP TABLE "_conference_recordings_v_locales" CASCADE;
  DROP TABLE "conferences" CASCADE;
  DROP TABLE "conferences_locales" CASCADE;
  DROP TABLE "_conferences_v" CASCADE;
  DROP TABLE "_conferences_v_locales" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  DROP TABLE "_partners_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_policy_statements_topic";
  DROP TYPE "public"."enum_policy_statements_workflow_state";
  DROP TYPE "public"."enum_policy_statements_tw_fr_status";
  DROP TYPE "public"."enum_policy_statements_translation_fr";
  DROP TYPE "public"."enum_policy_statements_status";
  DROP TYPE "public"."enum__policy_statements_v_version_topic";
  DROP TYPE "public"."enum__policy_statements_v_version_workflow_state";
  DROP TYPE "public"."enum__policy_statements_v_version_tw_fr_status";
  DROP TYPE "public"."enum__policy_statements_v_version_translation_fr";
  DROP TYPE "public"."enum__policy_statements_v_version_status";
  DROP TYPE "public"."enum__policy_statements_v_published_locale";
  DROP TYPE "public"."enum_briefing_notes_workflow_state";
  DROP TYPE "public"."enum_briefing_notes_tw_fr_status";
  DROP TYPE "public"."enum_briefing_notes_translation_fr";
  DROP TYPE "public"."enum_briefing_notes_status";
  DROP TYPE "public"."enum__briefing_notes_v_version_workflow_state";
  DROP TYPE "public"."enum__briefing_notes_v_version_tw_fr_status";
  DROP TYPE "public"."enum__briefing_notes_v_version_translation_fr";
  DROP TYPE "public"."enum__briefing_notes_v_version_status";
  DROP TYPE "public"."enum__briefing_notes_v_published_locale";
  DROP TYPE "public"."enum_infographics_workflow_state";
  DROP TYPE "public"."enum_infographics_tw_fr_status";
  DROP TYPE "public"."enum_infographics_translation_fr";
  DROP TYPE "public"."enum_infographics_status";
  DROP TYPE "public"."enum__infographics_v_version_workflow_state";
  DROP TYPE "public"."enum__infographics_v_version_tw_fr_status";
  DROP TYPE "public"."enum__infographics_v_version_translation_fr";
  DROP TYPE "public"."enum__infographics_v_version_status";
  DROP TYPE "public"."enum__infographics_v_published_locale";
  DROP TYPE "public"."enum_conference_recordings_workflow_state";
  DROP TYPE "public"."enum_conference_recordings_tw_fr_status";
  DROP TYPE "public"."enum_conference_recordings_translation_fr";
  DROP TYPE "public"."enum_conference_recordings_status";
  DROP TYPE "public"."enum__conference_recordings_v_version_workflow_state";
  DROP TYPE "public"."enum__conference_recordings_v_version_tw_fr_status";
  DROP TYPE "public"."enum__conference_recordings_v_version_translation_fr";
  DROP TYPE "public"."enum__conference_recordings_v_version_status";
  DROP TYPE "public"."enum__conference_recordings_v_published_locale";
  DROP TYPE "public"."enum_conferences_status";
  DROP TYPE "public"."enum__conferences_v_version_status";
  DROP TYPE "public"."enum__conferences_v_published_locale";
  DROP TYPE "public"."enum_partners_region";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum__partners_v_version_region";
  DROP TYPE "public"."enum__partners_v_version_status";
  DROP TYPE "public"."enum__partners_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_transition";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
