import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Generated: the locale tables, the flags' and keywords' locale column (existing rows are English), the handout's new language.
  await db.execute(sql`
  CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_topics_translation_status" AS ENUM('not-started', 'draft', 'in-review', 'approved');
  CREATE TYPE "public"."enum_topics_translation_translated_by" AS ENUM('human', 'machine');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__topics_v_version_translation_status" AS ENUM('not-started', 'draft', 'in-review', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_translation_translated_by" AS ENUM('human', 'machine');
  ALTER TYPE "public"."enum_handouts_language" ADD VALUE 'es';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'translation.export' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'translation.import' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'translation.submit-review' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'translation.approve' BEFORE 'clinic.update';
  CREATE TABLE "topics_blocks_text_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_tips_do_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_tips_dont_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_tips_locales" (
  	"heading" varchar DEFAULT 'Tips',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_exercise_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_exercise_locales" (
  	"name" varchar,
  	"repetitions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_warning_signs_signs_locales" (
  	"text" varchar,
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_warning_signs_locales" (
  	"heading" varchar DEFAULT 'When to get help now',
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_plan_moments_actions_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_plan_moments_locales" (
  	"when" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_plan_locales" (
  	"heading" varchar DEFAULT 'Your plan',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_blocks_media_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  CREATE TABLE "topics_locales" (
  	"title" varchar,
  	"main_message" varchar,
  	"summary" varchar,
  	"translation_status" "enum_topics_translation_status" DEFAULT 'not-started',
  	"translation_translated_by" "enum_topics_translation_translated_by",
  	"translation_translator_name" varchar,
  	"translation_provenance" varchar,
  	"translation_side_by_side_reviewed_by_id" integer,
  	"translation_side_by_side_reviewed_at" timestamp(3) with time zone,
  	"translation_approved_by_id" integer,
  	"translation_approved_at" timestamp(3) with time zone,
  	"translation_source_fingerprints" jsonb,
  	"readability" jsonb,
  	"reading_grade" numeric,
  	"smog_index" numeric,
  	"search_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_text_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_tips_do_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_tips_dont_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_tips_locales" (
  	"heading" varchar DEFAULT 'Tips',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_exercise_steps_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_exercise_locales" (
  	"name" varchar,
  	"repetitions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_warning_signs_signs_locales" (
  	"text" varchar,
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_warning_signs_locales" (
  	"heading" varchar DEFAULT 'When to get help now',
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_plan_moments_actions_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_plan_moments_locales" (
  	"when" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_plan_locales" (
  	"heading" varchar DEFAULT 'Your plan',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_blocks_media_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "_topics_v_locales" (
  	"version_title" varchar,
  	"version_main_message" varchar,
  	"version_summary" varchar,
  	"version_translation_status" "enum__topics_v_version_translation_status" DEFAULT 'not-started',
  	"version_translation_translated_by" "enum__topics_v_version_translation_translated_by",
  	"version_translation_translator_name" varchar,
  	"version_translation_provenance" varchar,
  	"version_translation_side_by_side_reviewed_by_id" integer,
  	"version_translation_side_by_side_reviewed_at" timestamp(3) with time zone,
  	"version_translation_approved_by_id" integer,
  	"version_translation_approved_at" timestamp(3) with time zone,
  	"version_translation_source_fingerprints" jsonb,
  	"version_readability" jsonb,
  	"version_reading_grade" numeric,
  	"version_smog_index" numeric,
  	"version_search_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  DROP INDEX "topics_reading_grade_idx";
  DROP INDEX "_topics_v_version_version_reading_grade_idx";
  ALTER TABLE "topics_acknowledged_flags" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "topics_acknowledged_flags" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "topics_quality_flags" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "topics_quality_flags" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "topics_texts" ADD COLUMN "locale" "_locales";
  UPDATE "topics_texts" SET "locale" = 'en';
  ALTER TABLE "_topics_v_version_acknowledged_flags" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_topics_v_version_acknowledged_flags" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "_topics_v_version_quality_flags" ADD COLUMN "locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_topics_v_version_quality_flags" ALTER COLUMN "locale" DROP DEFAULT;
  ALTER TABLE "_topics_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_topics_v" ADD COLUMN "published_locale" "enum__topics_v_published_locale";
  ALTER TABLE "_topics_v_texts" ADD COLUMN "locale" "_locales";
  UPDATE "_topics_v_texts" SET "locale" = 'en';
  ALTER TABLE "handouts_sections" ADD COLUMN "locale" varchar;
  ALTER TABLE "clinic" ADD COLUMN "spanish_readability_target" numeric DEFAULT 65 NOT NULL;
  ALTER TABLE "topics_blocks_text_locales" ADD CONSTRAINT "topics_blocks_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips_do_locales" ADD CONSTRAINT "topics_blocks_tips_do_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_tips_do"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips_dont_locales" ADD CONSTRAINT "topics_blocks_tips_dont_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_tips_dont"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_tips_locales" ADD CONSTRAINT "topics_blocks_tips_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_exercise_steps_locales" ADD CONSTRAINT "topics_blocks_exercise_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_exercise_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_exercise_locales" ADD CONSTRAINT "topics_blocks_exercise_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_exercise"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_warning_signs_signs_locales" ADD CONSTRAINT "topics_blocks_warning_signs_signs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_warning_signs_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_warning_signs_locales" ADD CONSTRAINT "topics_blocks_warning_signs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_warning_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_plan_moments_actions_locales" ADD CONSTRAINT "topics_blocks_plan_moments_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_plan_moments_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_plan_moments_locales" ADD CONSTRAINT "topics_blocks_plan_moments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_plan_moments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_plan_locales" ADD CONSTRAINT "topics_blocks_plan_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_plan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_media_locales" ADD CONSTRAINT "topics_blocks_media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_translation_side_by_side_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_side_by_side_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_translation_approved_by_id_users_id_fk" FOREIGN KEY ("translation_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_text_locales" ADD CONSTRAINT "_topics_v_blocks_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips_do_locales" ADD CONSTRAINT "_topics_v_blocks_tips_do_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_tips_do"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips_dont_locales" ADD CONSTRAINT "_topics_v_blocks_tips_dont_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_tips_dont"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_tips_locales" ADD CONSTRAINT "_topics_v_blocks_tips_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_exercise_steps_locales" ADD CONSTRAINT "_topics_v_blocks_exercise_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_exercise_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_exercise_locales" ADD CONSTRAINT "_topics_v_blocks_exercise_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_exercise"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs_locales" ADD CONSTRAINT "_topics_v_blocks_warning_signs_signs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_warning_signs_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_warning_signs_locales" ADD CONSTRAINT "_topics_v_blocks_warning_signs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_warning_signs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan_moments_actions_locales" ADD CONSTRAINT "_topics_v_blocks_plan_moments_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_plan_moments_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan_moments_locales" ADD CONSTRAINT "_topics_v_blocks_plan_moments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_plan_moments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan_locales" ADD CONSTRAINT "_topics_v_blocks_plan_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_plan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_media_locales" ADD CONSTRAINT "_topics_v_blocks_media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_translation_side_by_side_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_translation_side_by_side_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_translation_approved_by_id_users_id_fk" FOREIGN KEY ("version_translation_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "topics_blocks_text_locales_locale_parent_id_unique" ON "topics_blocks_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_tips_do_locales_locale_parent_id_unique" ON "topics_blocks_tips_do_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_tips_dont_locales_locale_parent_id_unique" ON "topics_blocks_tips_dont_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_tips_locales_locale_parent_id_unique" ON "topics_blocks_tips_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_exercise_steps_locales_locale_parent_id_unique" ON "topics_blocks_exercise_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_exercise_locales_locale_parent_id_unique" ON "topics_blocks_exercise_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_warning_signs_signs_locales_locale_parent_id_u" ON "topics_blocks_warning_signs_signs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_warning_signs_locales_locale_parent_id_unique" ON "topics_blocks_warning_signs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_plan_moments_actions_locales_locale_parent_id_" ON "topics_blocks_plan_moments_actions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_plan_moments_locales_locale_parent_id_unique" ON "topics_blocks_plan_moments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_plan_locales_locale_parent_id_unique" ON "topics_blocks_plan_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_media_locales_locale_parent_id_unique" ON "topics_blocks_media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_translation_translation_side_by_side_reviewed_by_idx" ON "topics_locales" USING btree ("translation_side_by_side_reviewed_by_id");
  CREATE INDEX "topics_translation_translation_approved_by_idx" ON "topics_locales" USING btree ("translation_approved_by_id");
  CREATE INDEX "topics_reading_grade_idx" ON "topics_locales" USING btree ("reading_grade","_locale");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_text_locales_locale_parent_id_unique" ON "_topics_v_blocks_text_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_tips_do_locales_locale_parent_id_unique" ON "_topics_v_blocks_tips_do_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_tips_dont_locales_locale_parent_id_unique" ON "_topics_v_blocks_tips_dont_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_tips_locales_locale_parent_id_unique" ON "_topics_v_blocks_tips_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_exercise_steps_locales_locale_parent_id_uni" ON "_topics_v_blocks_exercise_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_exercise_locales_locale_parent_id_unique" ON "_topics_v_blocks_exercise_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_warning_signs_signs_locales_locale_parent_i" ON "_topics_v_blocks_warning_signs_signs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_warning_signs_locales_locale_parent_id_uniq" ON "_topics_v_blocks_warning_signs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_plan_moments_actions_locales_locale_parent_" ON "_topics_v_blocks_plan_moments_actions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_plan_moments_locales_locale_parent_id_uniqu" ON "_topics_v_blocks_plan_moments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_plan_locales_locale_parent_id_unique" ON "_topics_v_blocks_plan_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_media_locales_locale_parent_id_unique" ON "_topics_v_blocks_media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_version_translation_version_translation_side_b_idx" ON "_topics_v_locales" USING btree ("version_translation_side_by_side_reviewed_by_id");
  CREATE INDEX "_topics_v_version_translation_version_translation_approv_idx" ON "_topics_v_locales" USING btree ("version_translation_approved_by_id");
  CREATE INDEX "_topics_v_version_version_reading_grade_idx" ON "_topics_v_locales" USING btree ("version_reading_grade","_locale");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_acknowledged_flags_locale_idx" ON "topics_acknowledged_flags" USING btree ("locale");
  CREATE INDEX "topics_quality_flags_locale_idx" ON "topics_quality_flags" USING btree ("locale");
  CREATE INDEX "topics_texts_locale_parent" ON "topics_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_topics_v_version_acknowledged_flags_locale_idx" ON "_topics_v_version_acknowledged_flags" USING btree ("locale");
  CREATE INDEX "_topics_v_version_quality_flags_locale_idx" ON "_topics_v_version_quality_flags" USING btree ("locale");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_texts_locale_parent" ON "_topics_v_texts" USING btree ("locale","parent_id");`)
  // Hand-written: Payload would drop every existing topic's text when its field becomes localized. Each
  // column's value moves to its table's locale rows as English before the column goes.
  await db.execute(sql`
  INSERT INTO "topics_blocks_text_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "topics_blocks_text";
  INSERT INTO "topics_blocks_tips_do_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "topics_blocks_tips_do";
  INSERT INTO "topics_blocks_tips_dont_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "topics_blocks_tips_dont";
  INSERT INTO "topics_blocks_tips_locales" ("heading", "_locale", "_parent_id") SELECT "heading", 'en', "id" FROM "topics_blocks_tips";
  INSERT INTO "topics_blocks_exercise_steps_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "topics_blocks_exercise_steps";
  INSERT INTO "topics_blocks_exercise_locales" ("name", "repetitions", "_locale", "_parent_id") SELECT "name", "repetitions", 'en', "id" FROM "topics_blocks_exercise";
  INSERT INTO "topics_blocks_warning_signs_signs_locales" ("text", "reason", "_locale", "_parent_id") SELECT "text", "reason", 'en', "id" FROM "topics_blocks_warning_signs_signs";
  INSERT INTO "topics_blocks_warning_signs_locales" ("heading", "intro", "_locale", "_parent_id") SELECT "heading", "intro", 'en', "id" FROM "topics_blocks_warning_signs";
  INSERT INTO "topics_blocks_plan_moments_actions_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "topics_blocks_plan_moments_actions";
  INSERT INTO "topics_blocks_plan_moments_locales" ("when", "_locale", "_parent_id") SELECT "when", 'en', "id" FROM "topics_blocks_plan_moments";
  INSERT INTO "topics_blocks_plan_locales" ("heading", "_locale", "_parent_id") SELECT "heading", 'en', "id" FROM "topics_blocks_plan";
  INSERT INTO "topics_blocks_media_locales" ("caption", "_locale", "_parent_id") SELECT "caption", 'en', "id" FROM "topics_blocks_media";
  INSERT INTO "topics_locales" ("title", "main_message", "summary", "readability", "reading_grade", "smog_index", "search_text", "_locale", "_parent_id") SELECT "title", "main_message", "summary", "readability", "reading_grade", "smog_index", "search_text", 'en', "id" FROM "topics";
  INSERT INTO "_topics_v_blocks_text_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "_topics_v_blocks_text";
  INSERT INTO "_topics_v_blocks_tips_do_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "_topics_v_blocks_tips_do";
  INSERT INTO "_topics_v_blocks_tips_dont_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "_topics_v_blocks_tips_dont";
  INSERT INTO "_topics_v_blocks_tips_locales" ("heading", "_locale", "_parent_id") SELECT "heading", 'en', "id" FROM "_topics_v_blocks_tips";
  INSERT INTO "_topics_v_blocks_exercise_steps_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "_topics_v_blocks_exercise_steps";
  INSERT INTO "_topics_v_blocks_exercise_locales" ("name", "repetitions", "_locale", "_parent_id") SELECT "name", "repetitions", 'en', "id" FROM "_topics_v_blocks_exercise";
  INSERT INTO "_topics_v_blocks_warning_signs_signs_locales" ("text", "reason", "_locale", "_parent_id") SELECT "text", "reason", 'en', "id" FROM "_topics_v_blocks_warning_signs_signs";
  INSERT INTO "_topics_v_blocks_warning_signs_locales" ("heading", "intro", "_locale", "_parent_id") SELECT "heading", "intro", 'en', "id" FROM "_topics_v_blocks_warning_signs";
  INSERT INTO "_topics_v_blocks_plan_moments_actions_locales" ("text", "_locale", "_parent_id") SELECT "text", 'en', "id" FROM "_topics_v_blocks_plan_moments_actions";
  INSERT INTO "_topics_v_blocks_plan_moments_locales" ("when", "_locale", "_parent_id") SELECT "when", 'en', "id" FROM "_topics_v_blocks_plan_moments";
  INSERT INTO "_topics_v_blocks_plan_locales" ("heading", "_locale", "_parent_id") SELECT "heading", 'en', "id" FROM "_topics_v_blocks_plan";
  INSERT INTO "_topics_v_blocks_media_locales" ("caption", "_locale", "_parent_id") SELECT "caption", 'en', "id" FROM "_topics_v_blocks_media";
  INSERT INTO "_topics_v_locales" ("version_title", "version_main_message", "version_summary", "version_readability", "version_reading_grade", "version_smog_index", "version_search_text", "_locale", "_parent_id") SELECT "version_title", "version_main_message", "version_summary", "version_readability", "version_reading_grade", "version_smog_index", "version_search_text", 'en', "id" FROM "_topics_v";
  INSERT INTO "categories_locales" ("name", "_locale", "_parent_id") SELECT "name", 'en', "id" FROM "categories";
  INSERT INTO "media_locales" ("alt", "_locale", "_parent_id") SELECT "alt", 'en', "id" FROM "media";`)
  // The library's search vector read the columns that move: it goes, and comes back per locale below.
  await db.execute(sql`
  DROP INDEX IF EXISTS "topics_search_vector_idx";
  ALTER TABLE "topics" DROP COLUMN IF EXISTS "search_vector";`)
  // Generated.
  await db.execute(sql`
  ALTER TABLE "topics_blocks_text" DROP COLUMN "heading";
  ALTER TABLE "topics_blocks_text" DROP COLUMN "body";
  ALTER TABLE "topics_blocks_tips_do" DROP COLUMN "text";
  ALTER TABLE "topics_blocks_tips_dont" DROP COLUMN "text";
  ALTER TABLE "topics_blocks_tips" DROP COLUMN "heading";
  ALTER TABLE "topics_blocks_exercise_steps" DROP COLUMN "text";
  ALTER TABLE "topics_blocks_exercise" DROP COLUMN "name";
  ALTER TABLE "topics_blocks_exercise" DROP COLUMN "repetitions";
  ALTER TABLE "topics_blocks_warning_signs_signs" DROP COLUMN "text";
  ALTER TABLE "topics_blocks_warning_signs_signs" DROP COLUMN "reason";
  ALTER TABLE "topics_blocks_warning_signs" DROP COLUMN "heading";
  ALTER TABLE "topics_blocks_warning_signs" DROP COLUMN "intro";
  ALTER TABLE "topics_blocks_plan_moments_actions" DROP COLUMN "text";
  ALTER TABLE "topics_blocks_plan_moments" DROP COLUMN "when";
  ALTER TABLE "topics_blocks_plan" DROP COLUMN "heading";
  ALTER TABLE "topics_blocks_media" DROP COLUMN "caption";
  ALTER TABLE "topics" DROP COLUMN "title";
  ALTER TABLE "topics" DROP COLUMN "main_message";
  ALTER TABLE "topics" DROP COLUMN "summary";
  ALTER TABLE "topics" DROP COLUMN "readability";
  ALTER TABLE "topics" DROP COLUMN "reading_grade";
  ALTER TABLE "topics" DROP COLUMN "smog_index";
  ALTER TABLE "topics" DROP COLUMN "search_text";
  ALTER TABLE "_topics_v_blocks_text" DROP COLUMN "heading";
  ALTER TABLE "_topics_v_blocks_text" DROP COLUMN "body";
  ALTER TABLE "_topics_v_blocks_tips_do" DROP COLUMN "text";
  ALTER TABLE "_topics_v_blocks_tips_dont" DROP COLUMN "text";
  ALTER TABLE "_topics_v_blocks_tips" DROP COLUMN "heading";
  ALTER TABLE "_topics_v_blocks_exercise_steps" DROP COLUMN "text";
  ALTER TABLE "_topics_v_blocks_exercise" DROP COLUMN "name";
  ALTER TABLE "_topics_v_blocks_exercise" DROP COLUMN "repetitions";
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" DROP COLUMN "text";
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" DROP COLUMN "reason";
  ALTER TABLE "_topics_v_blocks_warning_signs" DROP COLUMN "heading";
  ALTER TABLE "_topics_v_blocks_warning_signs" DROP COLUMN "intro";
  ALTER TABLE "_topics_v_blocks_plan_moments_actions" DROP COLUMN "text";
  ALTER TABLE "_topics_v_blocks_plan_moments" DROP COLUMN "when";
  ALTER TABLE "_topics_v_blocks_plan" DROP COLUMN "heading";
  ALTER TABLE "_topics_v_blocks_media" DROP COLUMN "caption";
  ALTER TABLE "_topics_v" DROP COLUMN "version_title";
  ALTER TABLE "_topics_v" DROP COLUMN "version_main_message";
  ALTER TABLE "_topics_v" DROP COLUMN "version_summary";
  ALTER TABLE "_topics_v" DROP COLUMN "version_readability";
  ALTER TABLE "_topics_v" DROP COLUMN "version_reading_grade";
  ALTER TABLE "_topics_v" DROP COLUMN "version_smog_index";
  ALTER TABLE "_topics_v" DROP COLUMN "version_search_text";
  ALTER TABLE "categories" DROP COLUMN "name";
  ALTER TABLE "media" DROP COLUMN "alt";`)
  await createLocalizedSearchVector(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The English text goes back to its columns before the locale tables go (other languages are lost: they had no column).
  await db.execute(sql`
  DROP INDEX IF EXISTS "topics_locales_search_vector_idx";
  ALTER TABLE "topics_blocks_text" ADD COLUMN "heading" varchar;
  ALTER TABLE "topics_blocks_text" ADD COLUMN "body" jsonb;
  ALTER TABLE "topics_blocks_tips_do" ADD COLUMN "text" varchar;
  ALTER TABLE "topics_blocks_tips_dont" ADD COLUMN "text" varchar;
  ALTER TABLE "topics_blocks_tips" ADD COLUMN "heading" varchar DEFAULT 'Tips';
  ALTER TABLE "topics_blocks_exercise_steps" ADD COLUMN "text" varchar;
  ALTER TABLE "topics_blocks_exercise" ADD COLUMN "name" varchar;
  ALTER TABLE "topics_blocks_exercise" ADD COLUMN "repetitions" varchar;
  ALTER TABLE "topics_blocks_warning_signs_signs" ADD COLUMN "text" varchar;
  ALTER TABLE "topics_blocks_warning_signs_signs" ADD COLUMN "reason" varchar;
  ALTER TABLE "topics_blocks_warning_signs" ADD COLUMN "heading" varchar DEFAULT 'When to get help now';
  ALTER TABLE "topics_blocks_warning_signs" ADD COLUMN "intro" varchar;
  ALTER TABLE "topics_blocks_plan_moments_actions" ADD COLUMN "text" varchar;
  ALTER TABLE "topics_blocks_plan_moments" ADD COLUMN "when" varchar;
  ALTER TABLE "topics_blocks_plan" ADD COLUMN "heading" varchar DEFAULT 'Your plan';
  ALTER TABLE "topics_blocks_media" ADD COLUMN "caption" varchar;
  ALTER TABLE "topics" ADD COLUMN "title" varchar;
  ALTER TABLE "topics" ADD COLUMN "main_message" varchar;
  ALTER TABLE "topics" ADD COLUMN "summary" varchar;
  ALTER TABLE "topics" ADD COLUMN "readability" jsonb;
  ALTER TABLE "topics" ADD COLUMN "reading_grade" numeric;
  ALTER TABLE "topics" ADD COLUMN "smog_index" numeric;
  ALTER TABLE "topics" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_topics_v_blocks_text" ADD COLUMN "heading" varchar;
  ALTER TABLE "_topics_v_blocks_text" ADD COLUMN "body" jsonb;
  ALTER TABLE "_topics_v_blocks_tips_do" ADD COLUMN "text" varchar;
  ALTER TABLE "_topics_v_blocks_tips_dont" ADD COLUMN "text" varchar;
  ALTER TABLE "_topics_v_blocks_tips" ADD COLUMN "heading" varchar DEFAULT 'Tips';
  ALTER TABLE "_topics_v_blocks_exercise_steps" ADD COLUMN "text" varchar;
  ALTER TABLE "_topics_v_blocks_exercise" ADD COLUMN "name" varchar;
  ALTER TABLE "_topics_v_blocks_exercise" ADD COLUMN "repetitions" varchar;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" ADD COLUMN "text" varchar;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" ADD COLUMN "reason" varchar;
  ALTER TABLE "_topics_v_blocks_warning_signs" ADD COLUMN "heading" varchar DEFAULT 'When to get help now';
  ALTER TABLE "_topics_v_blocks_warning_signs" ADD COLUMN "intro" varchar;
  ALTER TABLE "_topics_v_blocks_plan_moments_actions" ADD COLUMN "text" varchar;
  ALTER TABLE "_topics_v_blocks_plan_moments" ADD COLUMN "when" varchar;
  ALTER TABLE "_topics_v_blocks_plan" ADD COLUMN "heading" varchar DEFAULT 'Your plan';
  ALTER TABLE "_topics_v_blocks_media" ADD COLUMN "caption" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_main_message" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_topics_v" ADD COLUMN "version_reading_grade" numeric;
  ALTER TABLE "_topics_v" ADD COLUMN "version_smog_index" numeric;
  ALTER TABLE "_topics_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "categories" ADD COLUMN "name" varchar;
  ALTER TABLE "media" ADD COLUMN "alt" varchar;
  UPDATE "topics_blocks_text" SET "heading" = l."heading", "body" = l."body" FROM "topics_blocks_text_locales" l WHERE l."_parent_id" = "topics_blocks_text"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_tips_do" SET "text" = l."text" FROM "topics_blocks_tips_do_locales" l WHERE l."_parent_id" = "topics_blocks_tips_do"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_tips_dont" SET "text" = l."text" FROM "topics_blocks_tips_dont_locales" l WHERE l."_parent_id" = "topics_blocks_tips_dont"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_tips" SET "heading" = l."heading" FROM "topics_blocks_tips_locales" l WHERE l."_parent_id" = "topics_blocks_tips"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_exercise_steps" SET "text" = l."text" FROM "topics_blocks_exercise_steps_locales" l WHERE l."_parent_id" = "topics_blocks_exercise_steps"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_exercise" SET "name" = l."name", "repetitions" = l."repetitions" FROM "topics_blocks_exercise_locales" l WHERE l."_parent_id" = "topics_blocks_exercise"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_warning_signs_signs" SET "text" = l."text", "reason" = l."reason" FROM "topics_blocks_warning_signs_signs_locales" l WHERE l."_parent_id" = "topics_blocks_warning_signs_signs"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_warning_signs" SET "heading" = l."heading", "intro" = l."intro" FROM "topics_blocks_warning_signs_locales" l WHERE l."_parent_id" = "topics_blocks_warning_signs"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_plan_moments_actions" SET "text" = l."text" FROM "topics_blocks_plan_moments_actions_locales" l WHERE l."_parent_id" = "topics_blocks_plan_moments_actions"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_plan_moments" SET "when" = l."when" FROM "topics_blocks_plan_moments_locales" l WHERE l."_parent_id" = "topics_blocks_plan_moments"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_plan" SET "heading" = l."heading" FROM "topics_blocks_plan_locales" l WHERE l."_parent_id" = "topics_blocks_plan"."id" AND l."_locale" = 'en';
  UPDATE "topics_blocks_media" SET "caption" = l."caption" FROM "topics_blocks_media_locales" l WHERE l."_parent_id" = "topics_blocks_media"."id" AND l."_locale" = 'en';
  UPDATE "topics" SET "title" = l."title", "main_message" = l."main_message", "summary" = l."summary", "readability" = l."readability", "reading_grade" = l."reading_grade", "smog_index" = l."smog_index", "search_text" = l."search_text" FROM "topics_locales" l WHERE l."_parent_id" = "topics"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_text" SET "heading" = l."heading", "body" = l."body" FROM "_topics_v_blocks_text_locales" l WHERE l."_parent_id" = "_topics_v_blocks_text"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_tips_do" SET "text" = l."text" FROM "_topics_v_blocks_tips_do_locales" l WHERE l."_parent_id" = "_topics_v_blocks_tips_do"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_tips_dont" SET "text" = l."text" FROM "_topics_v_blocks_tips_dont_locales" l WHERE l."_parent_id" = "_topics_v_blocks_tips_dont"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_tips" SET "heading" = l."heading" FROM "_topics_v_blocks_tips_locales" l WHERE l."_parent_id" = "_topics_v_blocks_tips"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_exercise_steps" SET "text" = l."text" FROM "_topics_v_blocks_exercise_steps_locales" l WHERE l."_parent_id" = "_topics_v_blocks_exercise_steps"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_exercise" SET "name" = l."name", "repetitions" = l."repetitions" FROM "_topics_v_blocks_exercise_locales" l WHERE l."_parent_id" = "_topics_v_blocks_exercise"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_warning_signs_signs" SET "text" = l."text", "reason" = l."reason" FROM "_topics_v_blocks_warning_signs_signs_locales" l WHERE l."_parent_id" = "_topics_v_blocks_warning_signs_signs"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_warning_signs" SET "heading" = l."heading", "intro" = l."intro" FROM "_topics_v_blocks_warning_signs_locales" l WHERE l."_parent_id" = "_topics_v_blocks_warning_signs"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_plan_moments_actions" SET "text" = l."text" FROM "_topics_v_blocks_plan_moments_actions_locales" l WHERE l."_parent_id" = "_topics_v_blocks_plan_moments_actions"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_plan_moments" SET "when" = l."when" FROM "_topics_v_blocks_plan_moments_locales" l WHERE l."_parent_id" = "_topics_v_blocks_plan_moments"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_plan" SET "heading" = l."heading" FROM "_topics_v_blocks_plan_locales" l WHERE l."_parent_id" = "_topics_v_blocks_plan"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v_blocks_media" SET "caption" = l."caption" FROM "_topics_v_blocks_media_locales" l WHERE l."_parent_id" = "_topics_v_blocks_media"."id" AND l."_locale" = 'en';
  UPDATE "_topics_v" SET "version_title" = l."version_title", "version_main_message" = l."version_main_message", "version_summary" = l."version_summary", "version_readability" = l."version_readability", "version_reading_grade" = l."version_reading_grade", "version_smog_index" = l."version_smog_index", "version_search_text" = l."version_search_text" FROM "_topics_v_locales" l WHERE l."_parent_id" = "_topics_v"."id" AND l."_locale" = 'en';
  UPDATE "categories" SET "name" = l."name" FROM "categories_locales" l WHERE l."_parent_id" = "categories"."id" AND l."_locale" = 'en';
  UPDATE "media" SET "alt" = l."alt" FROM "media_locales" l WHERE l."_parent_id" = "media"."id" AND l."_locale" = 'en';
  ALTER TABLE "categories" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "media" ALTER COLUMN "alt" SET NOT NULL;`)
  await db.execute(sql`
  ALTER TABLE "topics_blocks_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips_do_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips_dont_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_tips_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_exercise_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_exercise_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_warning_signs_signs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_warning_signs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_plan_moments_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_plan_moments_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_plan_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips_do_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips_dont_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_tips_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_exercise_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_exercise_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_warning_signs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan_moments_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan_moments_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics_blocks_text_locales" CASCADE;
  DROP TABLE "topics_blocks_tips_do_locales" CASCADE;
  DROP TABLE "topics_blocks_tips_dont_locales" CASCADE;
  DROP TABLE "topics_blocks_tips_locales" CASCADE;
  DROP TABLE "topics_blocks_exercise_steps_locales" CASCADE;
  DROP TABLE "topics_blocks_exercise_locales" CASCADE;
  DROP TABLE "topics_blocks_warning_signs_signs_locales" CASCADE;
  DROP TABLE "topics_blocks_warning_signs_locales" CASCADE;
  DROP TABLE "topics_blocks_plan_moments_actions_locales" CASCADE;
  DROP TABLE "topics_blocks_plan_moments_locales" CASCADE;
  DROP TABLE "topics_blocks_plan_locales" CASCADE;
  DROP TABLE "topics_blocks_media_locales" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_text_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_tips_do_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_tips_dont_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_tips_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_exercise_steps_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_exercise_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_warning_signs_signs_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_warning_signs_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_plan_moments_actions_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_plan_moments_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_plan_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_media_locales" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  ALTER TABLE "handouts" ALTER COLUMN "language" SET DATA TYPE text;
  ALTER TABLE "handouts" ALTER COLUMN "language" SET DEFAULT 'en'::text;
  DROP TYPE "public"."enum_handouts_language";
  CREATE TYPE "public"."enum_handouts_language" AS ENUM('en');
  ALTER TABLE "handouts" ALTER COLUMN "language" SET DEFAULT 'en'::"public"."enum_handouts_language";
  ALTER TABLE "handouts" ALTER COLUMN "language" SET DATA TYPE "public"."enum_handouts_language" USING "language"::"public"."enum_handouts_language";
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'handout.update', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'share.block', 'topic.publish', 'topic.submit-review', 'topic.request-changes', 'clinic.update', 'settings.update', 'user.provision', 'user.unlock', 'user.password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "topics_acknowledged_flags_locale_idx";
  DROP INDEX "topics_quality_flags_locale_idx";
  DROP INDEX "topics_texts_locale_parent";
  DROP INDEX "_topics_v_version_acknowledged_flags_locale_idx";
  DROP INDEX "_topics_v_version_quality_flags_locale_idx";
  DROP INDEX "_topics_v_snapshot_idx";
  DROP INDEX "_topics_v_published_locale_idx";
  DROP INDEX "_topics_v_texts_locale_parent";
  CREATE INDEX "topics_reading_grade_idx" ON "topics" USING btree ("reading_grade");
  CREATE INDEX "_topics_v_version_version_reading_grade_idx" ON "_topics_v" USING btree ("version_reading_grade");
  ALTER TABLE "topics_acknowledged_flags" DROP COLUMN "locale";
  ALTER TABLE "topics_quality_flags" DROP COLUMN "locale";
  ALTER TABLE "topics_texts" DROP COLUMN "locale";
  ALTER TABLE "_topics_v_version_acknowledged_flags" DROP COLUMN "locale";
  ALTER TABLE "_topics_v_version_quality_flags" DROP COLUMN "locale";
  ALTER TABLE "_topics_v" DROP COLUMN "snapshot";
  ALTER TABLE "_topics_v" DROP COLUMN "published_locale";
  ALTER TABLE "_topics_v_texts" DROP COLUMN "locale";
  ALTER TABLE "handouts_sections" DROP COLUMN "locale";
  ALTER TABLE "clinic" DROP COLUMN "spanish_readability_target";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_topics_translation_status";
  DROP TYPE "public"."enum_topics_translation_translated_by";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum__topics_v_version_translation_status";
  DROP TYPE "public"."enum__topics_v_version_translation_translated_by";`)
  await db.execute(sql`
  ALTER TABLE "topics" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("search_text", '')), 'C')
  ) STORED;
  CREATE INDEX "topics_search_vector_idx" ON "topics" USING gin ("search_vector");
  DROP TEXT SEARCH CONFIGURATION IF EXISTS "careleaf_spanish";`)
}

/**
 * Full-text search per language (lib/topics/searchTopics.ts): English
 * stemming for English rows; Spanish stemming for Spanish rows, with accents
 * folded (unaccent), so "espalda" and "músculo"/"musculo" match however the
 * clinician types them. Title outranks summary, which outranks keywords,
 * codes and section text. Hand-written: Payload's schema has no generated
 * columns or text search configurations.
 */
async function createLocalizedSearchVector(db: MigrateUpArgs['db']): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS "careleaf_spanish";
  CREATE TEXT SEARCH CONFIGURATION "careleaf_spanish" (COPY = pg_catalog.spanish);
  ALTER TEXT SEARCH CONFIGURATION "careleaf_spanish" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
  ALTER TABLE "topics_locales" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    CASE WHEN "_locale" = 'es' THEN
      setweight(to_tsvector('careleaf_spanish', coalesce("title", '')), 'A') ||
      setweight(to_tsvector('careleaf_spanish', coalesce("summary", '')), 'B') ||
      setweight(to_tsvector('careleaf_spanish', coalesce("search_text", '')), 'C')
    ELSE
      setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
      setweight(to_tsvector('english', coalesce("search_text", '')), 'C')
    END
  ) STORED;
  CREATE INDEX "topics_locales_search_vector_idx" ON "topics_locales" USING gin ("search_vector");`)
}
