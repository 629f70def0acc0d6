import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_acknowledged_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  CREATE TYPE "public"."enum_topics_audience" AS ENUM('adult', 'child', 'caregiver');
  CREATE TYPE "public"."enum_topics_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TYPE "public"."enum_topics_quality_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  CREATE TYPE "public"."enum__topics_v_version_acknowledged_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  CREATE TYPE "public"."enum__topics_v_version_audience" AS ENUM('adult', 'child', 'caregiver');
  CREATE TYPE "public"."enum__topics_v_version_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TYPE "public"."enum__topics_v_version_quality_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  CREATE TYPE "public"."enum_categories_kind" AS ENUM('bodyRegion', 'specialty');
  CREATE TYPE "public"."enum_handouts_language" AS ENUM('en');
  CREATE TYPE "public"."enum_handouts_page_size" AS ENUM('LETTER', 'A4');
  CREATE TYPE "public"."enum_share_links_access_check" AS ENUM('none', 'birth-year', 'access-code');
  CREATE TYPE "public"."enum_clinic_default_page_size" AS ENUM('LETTER', 'A4');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'auth.signout' BEFORE 'handout.create';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'audit.export' BEFORE 'handout.create';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'handout.delete' BEFORE 'share.create';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'share.lock' BEFORE 'topic.publish';
  CREATE TABLE "topics_acknowledged_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_topics_acknowledged_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "topics_blocks_tips_do" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_blocks_tips_dont" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_blocks_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Tips',
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_exercise_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_blocks_exercise" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"image_id" integer,
  	"repetitions" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_warning_signs_signs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_blocks_warning_signs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'When to get help now',
  	"intro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_media" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_topics_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "topics_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"system" "enum_topics_codes_system" DEFAULT 'icd10cm',
  	"code" varchar,
  	"display" varchar
  );
  
  CREATE TABLE "topics_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"accessed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "topics_quality_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_topics_quality_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "topics_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer
  );
  
  CREATE TABLE "_topics_v_version_acknowledged_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__topics_v_version_acknowledged_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_topics_v_blocks_tips_do" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_tips_dont" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Tips',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_exercise_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_exercise" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"image_id" integer,
  	"repetitions" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_warning_signs_signs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_warning_signs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'When to get help now',
  	"intro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_media" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__topics_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_topics_v_version_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"system" "enum__topics_v_version_codes_system" DEFAULT 'icd10cm',
  	"code" varchar,
  	"display" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"accessed_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_version_quality_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__topics_v_version_quality_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_topics_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_categories_kind" DEFAULT 'bodyRegion' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
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
  	"sizes_print_url" varchar,
  	"sizes_print_width" numeric,
  	"sizes_print_height" numeric,
  	"sizes_print_mime_type" varchar,
  	"sizes_print_filesize" numeric,
  	"sizes_print_filename" varchar
  );
  
  CREATE TABLE "handouts_topic_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic_id" integer NOT NULL,
  	"topic_updated_at" timestamp(3) with time zone NOT NULL,
  	"version_id" varchar,
  	"reviewed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "kits_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic_id" integer NOT NULL,
  	"section_id" varchar NOT NULL
  );
  
  CREATE TABLE "kits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"shared_with_clinic" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "share_access_guards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_id" integer NOT NULL,
  	"recent_failures" jsonb DEFAULT '[]'::jsonb NOT NULL,
  	"locked_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "share_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bucket" varchar NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "topics" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "topics" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "readability" jsonb;
  ALTER TABLE "topics" ADD COLUMN "reading_grade" numeric;
  ALTER TABLE "topics" ADD COLUMN "smog_index" numeric;
  ALTER TABLE "topics" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_topics_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_topics_v" ADD COLUMN "version_reading_grade" numeric;
  ALTER TABLE "_topics_v" ADD COLUMN "version_smog_index" numeric;
  ALTER TABLE "_topics_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "handouts_sections" ADD COLUMN "block_type" varchar;
  ALTER TABLE "handouts" ADD COLUMN "preferred_name" varchar;
  ALTER TABLE "handouts" ADD COLUMN "language" "enum_handouts_language" DEFAULT 'en';
  ALTER TABLE "handouts" ADD COLUMN "follow_up_date" timestamp(3) with time zone;
  ALTER TABLE "handouts" ADD COLUMN "contact_line" varchar;
  ALTER TABLE "handouts" ADD COLUMN "large_print" boolean DEFAULT false;
  ALTER TABLE "handouts" ADD COLUMN "page_size" "enum_handouts_page_size";
  ALTER TABLE "handouts" ADD COLUMN "revision_of_id" integer;
  ALTER TABLE "handouts" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "share_links" ADD COLUMN "access_check" "enum_share_links_access_check" DEFAULT 'none' NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "access_answer_hash" varchar;
  ALTER TABLE "share_links" ADD COLUMN "open_count" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "pdf_download_count" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "first_opened_at" timestamp(3) with time zone;
  ALTER TABLE "share_links" ADD COLUMN "last_opened_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "disabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "session_version" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_access_guards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_rate_limits_id" integer;
  ALTER TABLE "clinic" ADD COLUMN "accent_color" varchar DEFAULT '#0b5450';
  ALTER TABLE "clinic" ADD COLUMN "default_page_size" "enum_clinic_default_page_size" DEFAULT 'LETTER' NOT NULL;
  ALTER TABLE "topics_acknowledged_flags" ADD CONSTRAINT "topics_acknowledged_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips_do" ADD CONSTRAINT "topics_blocks_tips_do_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips_dont" ADD CONSTRAINT "topics_blocks_tips_dont_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips" ADD CONSTRAINT "topics_blocks_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_exercise_steps" ADD CONSTRAINT "topics_blocks_exercise_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_exercise"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_exercise" ADD CONSTRAINT "topics_blocks_exercise_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_exercise" ADD CONSTRAINT "topics_blocks_exercise_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_warning_signs_signs" ADD CONSTRAINT "topics_blocks_warning_signs_signs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_warning_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_warning_signs" ADD CONSTRAINT "topics_blocks_warning_signs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_media" ADD CONSTRAINT "topics_blocks_media_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_blocks_media" ADD CONSTRAINT "topics_blocks_media_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_audience" ADD CONSTRAINT "topics_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_codes" ADD CONSTRAINT "topics_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_sources" ADD CONSTRAINT "topics_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_quality_flags" ADD CONSTRAINT "topics_quality_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_texts" ADD CONSTRAINT "topics_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_acknowledged_flags" ADD CONSTRAINT "_topics_v_version_acknowledged_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips_do" ADD CONSTRAINT "_topics_v_blocks_tips_do_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips_dont" ADD CONSTRAINT "_topics_v_blocks_tips_dont_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips" ADD CONSTRAINT "_topics_v_blocks_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_exercise_steps" ADD CONSTRAINT "_topics_v_blocks_exercise_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_exercise"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_exercise" ADD CONSTRAINT "_topics_v_blocks_exercise_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_exercise" ADD CONSTRAINT "_topics_v_blocks_exercise_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" ADD CONSTRAINT "_topics_v_blocks_warning_signs_signs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_warning_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_warning_signs" ADD CONSTRAINT "_topics_v_blocks_warning_signs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_media" ADD CONSTRAINT "_topics_v_blocks_media_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_media" ADD CONSTRAINT "_topics_v_blocks_media_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_audience" ADD CONSTRAINT "_topics_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_codes" ADD CONSTRAINT "_topics_v_version_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_sources" ADD CONSTRAINT "_topics_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_quality_flags" ADD CONSTRAINT "_topics_v_version_quality_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_texts" ADD CONSTRAINT "_topics_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "handouts_topic_versions" ADD CONSTRAINT "handouts_topic_versions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handouts_topic_versions" ADD CONSTRAINT "handouts_topic_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kits_items" ADD CONSTRAINT "kits_items_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kits_items" ADD CONSTRAINT "kits_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kits" ADD CONSTRAINT "kits_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "share_access_guards" ADD CONSTRAINT "share_access_guards_link_id_share_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."share_links"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "topics_acknowledged_flags_order_idx" ON "topics_acknowledged_flags" USING btree ("order");
  CREATE INDEX "topics_acknowledged_flags_parent_idx" ON "topics_acknowledged_flags" USING btree ("parent_id");
  CREATE INDEX "topics_blocks_tips_do_order_idx" ON "topics_blocks_tips_do" USING btree ("_order");
  CREATE INDEX "topics_blocks_tips_do_parent_id_idx" ON "topics_blocks_tips_do" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_tips_dont_order_idx" ON "topics_blocks_tips_dont" USING btree ("_order");
  CREATE INDEX "topics_blocks_tips_dont_parent_id_idx" ON "topics_blocks_tips_dont" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_tips_order_idx" ON "topics_blocks_tips" USING btree ("_order");
  CREATE INDEX "topics_blocks_tips_parent_id_idx" ON "topics_blocks_tips" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_tips_path_idx" ON "topics_blocks_tips" USING btree ("_path");
  CREATE INDEX "topics_blocks_exercise_steps_order_idx" ON "topics_blocks_exercise_steps" USING btree ("_order");
  CREATE INDEX "topics_blocks_exercise_steps_parent_id_idx" ON "topics_blocks_exercise_steps" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_exercise_order_idx" ON "topics_blocks_exercise" USING btree ("_order");
  CREATE INDEX "topics_blocks_exercise_parent_id_idx" ON "topics_blocks_exercise" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_exercise_path_idx" ON "topics_blocks_exercise" USING btree ("_path");
  CREATE INDEX "topics_blocks_exercise_image_idx" ON "topics_blocks_exercise" USING btree ("image_id");
  CREATE INDEX "topics_blocks_warning_signs_signs_order_idx" ON "topics_blocks_warning_signs_signs" USING btree ("_order");
  CREATE INDEX "topics_blocks_warning_signs_signs_parent_id_idx" ON "topics_blocks_warning_signs_signs" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_warning_signs_order_idx" ON "topics_blocks_warning_signs" USING btree ("_order");
  CREATE INDEX "topics_blocks_warning_signs_parent_id_idx" ON "topics_blocks_warning_signs" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_warning_signs_path_idx" ON "topics_blocks_warning_signs" USING btree ("_path");
  CREATE INDEX "topics_blocks_media_order_idx" ON "topics_blocks_media" USING btree ("_order");
  CREATE INDEX "topics_blocks_media_parent_id_idx" ON "topics_blocks_media" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_media_path_idx" ON "topics_blocks_media" USING btree ("_path");
  CREATE INDEX "topics_blocks_media_image_idx" ON "topics_blocks_media" USING btree ("image_id");
  CREATE INDEX "topics_audience_order_idx" ON "topics_audience" USING btree ("order");
  CREATE INDEX "topics_audience_parent_idx" ON "topics_audience" USING btree ("parent_id");
  CREATE INDEX "topics_codes_order_idx" ON "topics_codes" USING btree ("_order");
  CREATE INDEX "topics_codes_parent_id_idx" ON "topics_codes" USING btree ("_parent_id");
  CREATE INDEX "topics_sources_order_idx" ON "topics_sources" USING btree ("_order");
  CREATE INDEX "topics_sources_parent_id_idx" ON "topics_sources" USING btree ("_parent_id");
  CREATE INDEX "topics_quality_flags_order_idx" ON "topics_quality_flags" USING btree ("order");
  CREATE INDEX "topics_quality_flags_parent_idx" ON "topics_quality_flags" USING btree ("parent_id");
  CREATE INDEX "topics_texts_order_parent" ON "topics_texts" USING btree ("order","parent_id");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_categories_id_idx" ON "topics_rels" USING btree ("categories_id");
  CREATE INDEX "_topics_v_version_acknowledged_flags_order_idx" ON "_topics_v_version_acknowledged_flags" USING btree ("order");
  CREATE INDEX "_topics_v_version_acknowledged_flags_parent_idx" ON "_topics_v_version_acknowledged_flags" USING btree ("parent_id");
  CREATE INDEX "_topics_v_blocks_tips_do_order_idx" ON "_topics_v_blocks_tips_do" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_tips_do_parent_id_idx" ON "_topics_v_blocks_tips_do" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_tips_dont_order_idx" ON "_topics_v_blocks_tips_dont" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_tips_dont_parent_id_idx" ON "_topics_v_blocks_tips_dont" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_tips_order_idx" ON "_topics_v_blocks_tips" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_tips_parent_id_idx" ON "_topics_v_blocks_tips" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_tips_path_idx" ON "_topics_v_blocks_tips" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_exercise_steps_order_idx" ON "_topics_v_blocks_exercise_steps" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_exercise_steps_parent_id_idx" ON "_topics_v_blocks_exercise_steps" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_exercise_order_idx" ON "_topics_v_blocks_exercise" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_exercise_parent_id_idx" ON "_topics_v_blocks_exercise" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_exercise_path_idx" ON "_topics_v_blocks_exercise" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_exercise_image_idx" ON "_topics_v_blocks_exercise" USING btree ("image_id");
  CREATE INDEX "_topics_v_blocks_warning_signs_signs_order_idx" ON "_topics_v_blocks_warning_signs_signs" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_warning_signs_signs_parent_id_idx" ON "_topics_v_blocks_warning_signs_signs" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_warning_signs_order_idx" ON "_topics_v_blocks_warning_signs" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_warning_signs_parent_id_idx" ON "_topics_v_blocks_warning_signs" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_warning_signs_path_idx" ON "_topics_v_blocks_warning_signs" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_media_order_idx" ON "_topics_v_blocks_media" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_media_parent_id_idx" ON "_topics_v_blocks_media" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_media_path_idx" ON "_topics_v_blocks_media" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_media_image_idx" ON "_topics_v_blocks_media" USING btree ("image_id");
  CREATE INDEX "_topics_v_version_audience_order_idx" ON "_topics_v_version_audience" USING btree ("order");
  CREATE INDEX "_topics_v_version_audience_parent_idx" ON "_topics_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_codes_order_idx" ON "_topics_v_version_codes" USING btree ("_order");
  CREATE INDEX "_topics_v_version_codes_parent_id_idx" ON "_topics_v_version_codes" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_sources_order_idx" ON "_topics_v_version_sources" USING btree ("_order");
  CREATE INDEX "_topics_v_version_sources_parent_id_idx" ON "_topics_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_quality_flags_order_idx" ON "_topics_v_version_quality_flags" USING btree ("order");
  CREATE INDEX "_topics_v_version_quality_flags_parent_idx" ON "_topics_v_version_quality_flags" USING btree ("parent_id");
  CREATE INDEX "_topics_v_texts_order_parent" ON "_topics_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_categories_id_idx" ON "_topics_v_rels" USING btree ("categories_id");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_print_sizes_print_filename_idx" ON "media" USING btree ("sizes_print_filename");
  CREATE INDEX "handouts_topic_versions_order_idx" ON "handouts_topic_versions" USING btree ("_order");
  CREATE INDEX "handouts_topic_versions_parent_id_idx" ON "handouts_topic_versions" USING btree ("_parent_id");
  CREATE INDEX "handouts_topic_versions_topic_idx" ON "handouts_topic_versions" USING btree ("topic_id");
  CREATE INDEX "kits_items_order_idx" ON "kits_items" USING btree ("_order");
  CREATE INDEX "kits_items_parent_id_idx" ON "kits_items" USING btree ("_parent_id");
  CREATE INDEX "kits_items_topic_idx" ON "kits_items" USING btree ("topic_id");
  CREATE INDEX "kits_owner_idx" ON "kits" USING btree ("owner_id");
  CREATE INDEX "kits_shared_with_clinic_idx" ON "kits" USING btree ("shared_with_clinic");
  CREATE INDEX "kits_updated_at_idx" ON "kits" USING btree ("updated_at");
  CREATE INDEX "kits_created_at_idx" ON "kits" USING btree ("created_at");
  CREATE UNIQUE INDEX "share_access_guards_link_idx" ON "share_access_guards" USING btree ("link_id");
  CREATE INDEX "share_access_guards_updated_at_idx" ON "share_access_guards" USING btree ("updated_at");
  CREATE INDEX "share_access_guards_created_at_idx" ON "share_access_guards" USING btree ("created_at");
  CREATE UNIQUE INDEX "share_rate_limits_bucket_idx" ON "share_rate_limits" USING btree ("bucket");
  CREATE INDEX "share_rate_limits_expires_at_idx" ON "share_rate_limits" USING btree ("expires_at");
  CREATE INDEX "share_rate_limits_updated_at_idx" ON "share_rate_limits" USING btree ("updated_at");
  CREATE INDEX "share_rate_limits_created_at_idx" ON "share_rate_limits" USING btree ("created_at");
  ALTER TABLE "topics" ADD CONSTRAINT "topics_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handouts" ADD CONSTRAINT "handouts_revision_of_id_handouts_id_fk" FOREIGN KEY ("revision_of_id") REFERENCES "public"."handouts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kits_fk" FOREIGN KEY ("kits_id") REFERENCES "public"."kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_access_guards_fk" FOREIGN KEY ("share_access_guards_id") REFERENCES "public"."share_access_guards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk" FOREIGN KEY ("share_rate_limits_id") REFERENCES "public"."share_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topics_reviewed_by_idx" ON "topics" USING btree ("reviewed_by_id");
  CREATE INDEX "topics_review_due_at_idx" ON "topics" USING btree ("review_due_at");
  CREATE INDEX "topics_reading_grade_idx" ON "topics" USING btree ("reading_grade");
  CREATE INDEX "_topics_v_version_version_reviewed_by_idx" ON "_topics_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_topics_v_version_version_review_due_at_idx" ON "_topics_v" USING btree ("version_review_due_at");
  CREATE INDEX "_topics_v_version_version_reading_grade_idx" ON "_topics_v" USING btree ("version_reading_grade");
  CREATE INDEX "handouts_revision_of_idx" ON "handouts" USING btree ("revision_of_id");
  CREATE INDEX "handouts_deleted_at_idx" ON "handouts" USING btree ("deleted_at");
  CREATE INDEX "users_disabled_idx" ON "users" USING btree ("disabled");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_kits_id_idx" ON "payload_locked_documents_rels" USING btree ("kits_id");
  CREATE INDEX "payload_locked_documents_rels_share_access_guards_id_idx" ON "payload_locked_documents_rels" USING btree ("share_access_guards_id");
  CREATE INDEX "payload_locked_documents_rels_share_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("share_rate_limits_id");`)
  // Full-text search for the clinician library (lib/topics/searchTopics.ts):
  // title outranks summary, which outranks keywords, codes and section text.
  // Hand-written: Payload's schema has no generated columns.
  await db.execute(sql`
   ALTER TABLE "topics" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
     setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
     setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
     setweight(to_tsvector('english', coalesce("search_text", '')), 'C')
   ) STORED;
   CREATE INDEX "topics_search_vector_idx" ON "topics" USING gin ("search_vector");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "topics_search_vector_idx";
   ALTER TABLE "topics" DROP COLUMN IF EXISTS "search_vector";
   ALTER TABLE "topics_acknowledged_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips_do" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips_dont" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_exercise_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_exercise" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_warning_signs_signs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_warning_signs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_quality_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_acknowledged_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips_do" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips_dont" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_exercise_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_exercise" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_warning_signs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_quality_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "handouts_topic_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kits_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "share_access_guards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "share_rate_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics_acknowledged_flags" CASCADE;
  DROP TABLE "topics_blocks_tips_do" CASCADE;
  DROP TABLE "topics_blocks_tips_dont" CASCADE;
  DROP TABLE "topics_blocks_tips" CASCADE;
  DROP TABLE "topics_blocks_exercise_steps" CASCADE;
  DROP TABLE "topics_blocks_exercise" CASCADE;
  DROP TABLE "topics_blocks_warning_signs_signs" CASCADE;
  DROP TABLE "topics_blocks_warning_signs" CASCADE;
  DROP TABLE "topics_blocks_media" CASCADE;
  DROP TABLE "topics_audience" CASCADE;
  DROP TABLE "topics_codes" CASCADE;
  DROP TABLE "topics_sources" CASCADE;
  DROP TABLE "topics_quality_flags" CASCADE;
  DROP TABLE "topics_texts" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_version_acknowledged_flags" CASCADE;
  DROP TABLE "_topics_v_blocks_tips_do" CASCADE;
  DROP TABLE "_topics_v_blocks_tips_dont" CASCADE;
  DROP TABLE "_topics_v_blocks_tips" CASCADE;
  DROP TABLE "_topics_v_blocks_exercise_steps" CASCADE;
  DROP TABLE "_topics_v_blocks_exercise" CASCADE;
  DROP TABLE "_topics_v_blocks_warning_signs_signs" CASCADE;
  DROP TABLE "_topics_v_blocks_warning_signs" CASCADE;
  DROP TABLE "_topics_v_blocks_media" CASCADE;
  DROP TABLE "_topics_v_version_audience" CASCADE;
  DROP TABLE "_topics_v_version_codes" CASCADE;
  DROP TABLE "_topics_v_version_sources" CASCADE;
  DROP TABLE "_topics_v_version_quality_flags" CASCADE;
  DROP TABLE "_topics_v_texts" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "handouts_topic_versions" CASCADE;
  DROP TABLE "kits_items" CASCADE;
  DROP TABLE "kits" CASCADE;
  DROP TABLE "share_access_guards" CASCADE;
  DROP TABLE "share_rate_limits" CASCADE;
  ALTER TABLE "topics" DROP CONSTRAINT "topics_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_topics_v" DROP CONSTRAINT "_topics_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "handouts" DROP CONSTRAINT "handouts_revision_of_id_handouts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_access_guards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'handout.create', 'handout.pdf', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'topic.publish');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "topics_reviewed_by_idx";
  DROP INDEX "topics_review_due_at_idx";
  DROP INDEX "topics_reading_grade_idx";
  DROP INDEX "_topics_v_version_version_reviewed_by_idx";
  DROP INDEX "_topics_v_version_version_review_due_at_idx";
  DROP INDEX "_topics_v_version_version_reading_grade_idx";
  DROP INDEX "handouts_revision_of_idx";
  DROP INDEX "handouts_deleted_at_idx";
  DROP INDEX "users_disabled_idx";
  DROP INDEX "payload_locked_documents_rels_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_kits_id_idx";
  DROP INDEX "payload_locked_documents_rels_share_access_guards_id_idx";
  DROP INDEX "payload_locked_documents_rels_share_rate_limits_id_idx";
  ALTER TABLE "topics" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "topics" DROP COLUMN "reviewed_at";
  ALTER TABLE "topics" DROP COLUMN "review_due_at";
  ALTER TABLE "topics" DROP COLUMN "readability";
  ALTER TABLE "topics" DROP COLUMN "reading_grade";
  ALTER TABLE "topics" DROP COLUMN "smog_index";
  ALTER TABLE "topics" DROP COLUMN "search_text";
  ALTER TABLE "_topics_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_topics_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_readability";
  ALTER TABLE "_topics_v" DROP COLUMN "version_reading_grade";
  ALTER TABLE "_topics_v" DROP COLUMN "version_smog_index";
  ALTER TABLE "_topics_v" DROP COLUMN "version_search_text";
  ALTER TABLE "handouts_sections" DROP COLUMN "block_type";
  ALTER TABLE "handouts" DROP COLUMN "preferred_name";
  ALTER TABLE "handouts" DROP COLUMN "language";
  ALTER TABLE "handouts" DROP COLUMN "follow_up_date";
  ALTER TABLE "handouts" DROP COLUMN "contact_line";
  ALTER TABLE "handouts" DROP COLUMN "large_print";
  ALTER TABLE "handouts" DROP COLUMN "page_size";
  ALTER TABLE "handouts" DROP COLUMN "revision_of_id";
  ALTER TABLE "handouts" DROP COLUMN "deleted_at";
  ALTER TABLE "share_links" DROP COLUMN "access_check";
  ALTER TABLE "share_links" DROP COLUMN "access_answer_hash";
  ALTER TABLE "share_links" DROP COLUMN "open_count";
  ALTER TABLE "share_links" DROP COLUMN "pdf_download_count";
  ALTER TABLE "share_links" DROP COLUMN "first_opened_at";
  ALTER TABLE "share_links" DROP COLUMN "last_opened_at";
  ALTER TABLE "users" DROP COLUMN "disabled";
  ALTER TABLE "users" DROP COLUMN "session_version";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_access_guards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_rate_limits_id";
  ALTER TABLE "clinic" DROP COLUMN "accent_color";
  ALTER TABLE "clinic" DROP COLUMN "default_page_size";
  DROP TYPE "public"."enum_topics_acknowledged_flags";
  DROP TYPE "public"."enum_topics_audience";
  DROP TYPE "public"."enum_topics_codes_system";
  DROP TYPE "public"."enum_topics_quality_flags";
  DROP TYPE "public"."enum__topics_v_version_acknowledged_flags";
  DROP TYPE "public"."enum__topics_v_version_audience";
  DROP TYPE "public"."enum__topics_v_version_codes_system";
  DROP TYPE "public"."enum__topics_v_version_quality_flags";
  DROP TYPE "public"."enum_categories_kind";
  DROP TYPE "public"."enum_handouts_language";
  DROP TYPE "public"."enum_handouts_page_size";
  DROP TYPE "public"."enum_share_links_access_check";
  DROP TYPE "public"."enum_clinic_default_page_size";`)
}
