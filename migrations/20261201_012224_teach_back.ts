import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_blocks_check_questions_kind" AS ENUM('multiple-choice', 'true-false');
  CREATE TYPE "public"."enum_topics_blocks_check_questions_true_false_answer" AS ENUM('true', 'false');
  CREATE TYPE "public"."enum__topics_v_blocks_check_questions_kind" AS ENUM('multiple-choice', 'true-false');
  CREATE TYPE "public"."enum__topics_v_blocks_check_questions_true_false_answer" AS ENUM('true', 'false');
  CREATE TYPE "public"."enum_handouts_teach_back_outcome" AS ENUM('explained', 'showed', 'needs-review');
  CREATE TYPE "public"."enum_fhir_deliveries_status" AS ENUM('pending', 'sent', 'retrying', 'failed');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'teachback.answer' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'teachback.record' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'fhir.export' BEFORE 'clinic.update';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'fhir.push' BEFORE 'clinic.update';
  CREATE TABLE "topics_blocks_check_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "topics_blocks_check_questions_options_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "topics_blocks_check_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"checks_section" varchar,
  	"kind" "enum_topics_blocks_check_questions_kind" DEFAULT 'multiple-choice',
  	"true_false_answer" "enum_topics_blocks_check_questions_true_false_answer"
  );
  
  CREATE TABLE "topics_blocks_check_questions_locales" (
  	"prompt" varchar,
  	"explanation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "topics_blocks_check" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "topics_blocks_check_locales" (
  	"heading" varchar DEFAULT 'Check your understanding',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_topics_v_blocks_check_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_check_questions_options_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_blocks_check_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"checks_section" varchar,
  	"kind" "enum__topics_v_blocks_check_questions_kind" DEFAULT 'multiple-choice',
  	"true_false_answer" "enum__topics_v_blocks_check_questions_true_false_answer",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_check_questions_locales" (
  	"prompt" varchar,
  	"explanation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_blocks_check" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_check_locales" (
  	"heading" varchar DEFAULT 'Check your understanding',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "teach_back_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_id" integer NOT NULL,
  	"handout_id" integer NOT NULL,
  	"topic_id" integer,
  	"question_id" varchar NOT NULL,
  	"checks_section" varchar NOT NULL,
  	"answer" varchar NOT NULL,
  	"correct" boolean DEFAULT false NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fhir_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"handout_id" integer NOT NULL,
  	"requested_by_id" integer NOT NULL,
  	"status" "enum_fhir_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "handouts" ADD COLUMN "ehr_patient_id" varchar;
  ALTER TABLE "handouts" ADD COLUMN "teach_back_outcome" "enum_handouts_teach_back_outcome";
  ALTER TABLE "handouts" ADD COLUMN "teach_back_note" varchar;
  ALTER TABLE "handouts" ADD COLUMN "teach_back_recorded_at" timestamp(3) with time zone;
  ALTER TABLE "handouts" ADD COLUMN "teach_back_recorded_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "teach_back_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fhir_deliveries_id" integer;
  ALTER TABLE "topics_blocks_check_questions_options" ADD CONSTRAINT "topics_blocks_check_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_check_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_check_questions_options_locales" ADD CONSTRAINT "topics_blocks_check_questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_check_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_check_questions" ADD CONSTRAINT "topics_blocks_check_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_check"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_check_questions_locales" ADD CONSTRAINT "topics_blocks_check_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_check_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_check" ADD CONSTRAINT "topics_blocks_check_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_check_locales" ADD CONSTRAINT "topics_blocks_check_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_check"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check_questions_options" ADD CONSTRAINT "_topics_v_blocks_check_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_check_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check_questions_options_locales" ADD CONSTRAINT "_topics_v_blocks_check_questions_options_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_check_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check_questions" ADD CONSTRAINT "_topics_v_blocks_check_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_check"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check_questions_locales" ADD CONSTRAINT "_topics_v_blocks_check_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_check_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check" ADD CONSTRAINT "_topics_v_blocks_check_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_check_locales" ADD CONSTRAINT "_topics_v_blocks_check_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_check"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "teach_back_answers" ADD CONSTRAINT "teach_back_answers_link_id_share_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."share_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teach_back_answers" ADD CONSTRAINT "teach_back_answers_handout_id_handouts_id_fk" FOREIGN KEY ("handout_id") REFERENCES "public"."handouts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teach_back_answers" ADD CONSTRAINT "teach_back_answers_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fhir_deliveries" ADD CONSTRAINT "fhir_deliveries_handout_id_handouts_id_fk" FOREIGN KEY ("handout_id") REFERENCES "public"."handouts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fhir_deliveries" ADD CONSTRAINT "fhir_deliveries_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "topics_blocks_check_questions_options_order_idx" ON "topics_blocks_check_questions_options" USING btree ("_order");
  CREATE INDEX "topics_blocks_check_questions_options_parent_id_idx" ON "topics_blocks_check_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_check_questions_options_locales_locale_parent_" ON "topics_blocks_check_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_blocks_check_questions_order_idx" ON "topics_blocks_check_questions" USING btree ("_order");
  CREATE INDEX "topics_blocks_check_questions_parent_id_idx" ON "topics_blocks_check_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "topics_blocks_check_questions_locales_locale_parent_id_uniqu" ON "topics_blocks_check_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_blocks_check_order_idx" ON "topics_blocks_check" USING btree ("_order");
  CREATE INDEX "topics_blocks_check_parent_id_idx" ON "topics_blocks_check" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_check_path_idx" ON "topics_blocks_check" USING btree ("_path");
  CREATE UNIQUE INDEX "topics_blocks_check_locales_locale_parent_id_unique" ON "topics_blocks_check_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_blocks_check_questions_options_order_idx" ON "_topics_v_blocks_check_questions_options" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_check_questions_options_parent_id_idx" ON "_topics_v_blocks_check_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_check_questions_options_locales_locale_pare" ON "_topics_v_blocks_check_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_blocks_check_questions_order_idx" ON "_topics_v_blocks_check_questions" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_check_questions_parent_id_idx" ON "_topics_v_blocks_check_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_topics_v_blocks_check_questions_locales_locale_parent_id_un" ON "_topics_v_blocks_check_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_blocks_check_order_idx" ON "_topics_v_blocks_check" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_check_parent_id_idx" ON "_topics_v_blocks_check" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_check_path_idx" ON "_topics_v_blocks_check" USING btree ("_path");
  CREATE UNIQUE INDEX "_topics_v_blocks_check_locales_locale_parent_id_unique" ON "_topics_v_blocks_check_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "teach_back_answers_link_idx" ON "teach_back_answers" USING btree ("link_id");
  CREATE INDEX "teach_back_answers_handout_idx" ON "teach_back_answers" USING btree ("handout_id");
  CREATE INDEX "teach_back_answers_topic_idx" ON "teach_back_answers" USING btree ("topic_id");
  CREATE INDEX "teach_back_answers_question_id_idx" ON "teach_back_answers" USING btree ("question_id");
  CREATE INDEX "teach_back_answers_updated_at_idx" ON "teach_back_answers" USING btree ("updated_at");
  CREATE INDEX "teach_back_answers_created_at_idx" ON "teach_back_answers" USING btree ("created_at");
  CREATE INDEX "fhir_deliveries_handout_idx" ON "fhir_deliveries" USING btree ("handout_id");
  CREATE INDEX "fhir_deliveries_requested_by_idx" ON "fhir_deliveries" USING btree ("requested_by_id");
  CREATE INDEX "fhir_deliveries_status_idx" ON "fhir_deliveries" USING btree ("status");
  CREATE INDEX "fhir_deliveries_next_attempt_at_idx" ON "fhir_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "fhir_deliveries_updated_at_idx" ON "fhir_deliveries" USING btree ("updated_at");
  CREATE INDEX "fhir_deliveries_created_at_idx" ON "fhir_deliveries" USING btree ("created_at");
  ALTER TABLE "handouts" ADD CONSTRAINT "handouts_teach_back_recorded_by_id_users_id_fk" FOREIGN KEY ("teach_back_recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_teach_back_answers_fk" FOREIGN KEY ("teach_back_answers_id") REFERENCES "public"."teach_back_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fhir_deliveries_fk" FOREIGN KEY ("fhir_deliveries_id") REFERENCES "public"."fhir_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "handouts_teach_back_teach_back_recorded_by_idx" ON "handouts" USING btree ("teach_back_recorded_by_id");
  CREATE INDEX "payload_locked_documents_rels_teach_back_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("teach_back_answers_id");
  CREATE INDEX "payload_locked_documents_rels_fhir_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("fhir_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics_blocks_check_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_check_questions_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_check_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_check_questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_check" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_check_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check_questions_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check_questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_check_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teach_back_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fhir_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics_blocks_check_questions_options" CASCADE;
  DROP TABLE "topics_blocks_check_questions_options_locales" CASCADE;
  DROP TABLE "topics_blocks_check_questions" CASCADE;
  DROP TABLE "topics_blocks_check_questions_locales" CASCADE;
  DROP TABLE "topics_blocks_check" CASCADE;
  DROP TABLE "topics_blocks_check_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_check_questions_options" CASCADE;
  DROP TABLE "_topics_v_blocks_check_questions_options_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_check_questions" CASCADE;
  DROP TABLE "_topics_v_blocks_check_questions_locales" CASCADE;
  DROP TABLE "_topics_v_blocks_check" CASCADE;
  DROP TABLE "_topics_v_blocks_check_locales" CASCADE;
  DROP TABLE "teach_back_answers" CASCADE;
  DROP TABLE "fhir_deliveries" CASCADE;
  ALTER TABLE "handouts" DROP CONSTRAINT "handouts_teach_back_recorded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_teach_back_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fhir_deliveries_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'handout.update', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'share.block', 'topic.publish', 'topic.submit-review', 'topic.request-changes', 'translation.export', 'translation.import', 'translation.submit-review', 'translation.approve', 'clinic.update', 'settings.update', 'user.provision', 'user.unlock', 'user.password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "handouts_teach_back_teach_back_recorded_by_idx";
  DROP INDEX "payload_locked_documents_rels_teach_back_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_fhir_deliveries_id_idx";
  ALTER TABLE "handouts" DROP COLUMN "ehr_patient_id";
  ALTER TABLE "handouts" DROP COLUMN "teach_back_outcome";
  ALTER TABLE "handouts" DROP COLUMN "teach_back_note";
  ALTER TABLE "handouts" DROP COLUMN "teach_back_recorded_at";
  ALTER TABLE "handouts" DROP COLUMN "teach_back_recorded_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "teach_back_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fhir_deliveries_id";
  DROP TYPE "public"."enum_topics_blocks_check_questions_kind";
  DROP TYPE "public"."enum_topics_blocks_check_questions_true_false_answer";
  DROP TYPE "public"."enum__topics_v_blocks_check_questions_kind";
  DROP TYPE "public"."enum__topics_v_blocks_check_questions_true_false_answer";
  DROP TYPE "public"."enum_handouts_teach_back_outcome";
  DROP TYPE "public"."enum_fhir_deliveries_status";`)
}
