import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { tierFromSingleList } from '../lib/warningSigns/tierFromSingleList'

type WarningSignsTables = { blocks: string; signs: string; tierType: string }

/**
 * Warning signs were one list; they now have urgency tiers. A list whose
 * intro and signs agree gets that tier; any other keeps its signs untiered,
 * which the publish workflow refuses until a reviewer tiers them. Published
 * rows and every stored version are moved alike, so a restore cannot bring
 * an untiered list back unnoticed.
 */
async function tierExistingWarningSigns(db: MigrateUpArgs['db'], tables: WarningSignsTables): Promise<void> {
  const blocks = sql.identifier(tables.blocks)
  const signs = sql.identifier(tables.signs)
  const { rows } = await db.execute(
    sql`SELECT b.id::text AS id, b.intro, array_agg(s.text ORDER BY s._order) AS signs FROM ${blocks} b JOIN ${signs} s ON s._parent_id = b.id GROUP BY b.id, b.intro`,
  )
  for (const row of rows as Array<{ id: string; intro: string | null; signs: Array<string | null> }>) {
    const tier = tierFromSingleList(
      row.intro,
      row.signs.map((text) => text ?? ''),
    )
    if (!tier) continue
    await db.execute(sql`UPDATE ${signs} SET tier = ${tier}::${sql.identifier(tables.tierType)} WHERE _parent_id::text = ${row.id}`)
  }
}


export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_blocks_warning_signs_signs_tier" AS ENUM('emergency', 'today', 'watch');
  CREATE TYPE "public"."enum_topics_review_request" AS ENUM('waiting', 'changes-requested');
  CREATE TYPE "public"."enum__topics_v_blocks_warning_signs_signs_tier" AS ENUM('emergency', 'today', 'watch');
  CREATE TYPE "public"."enum__topics_v_version_review_request" AS ENUM('waiting', 'changes-requested');
  CREATE TYPE "public"."enum_clinic_default_access_check" AS ENUM('none', 'birth-year', 'access-code');
  CREATE TYPE "public"."enum_clinic_patient_identifier" AS ENUM('none', 'date-of-birth', 'record-number');
  ALTER TYPE "public"."enum_topics_acknowledged_flags" ADD VALUE 'section-grade-above-target';
  ALTER TYPE "public"."enum_topics_acknowledged_flags" ADD VALUE 'untiered-warning-signs';
  ALTER TYPE "public"."enum_topics_acknowledged_flags" ADD VALUE 'pemat-incomplete';
  ALTER TYPE "public"."enum_topics_acknowledged_flags" ADD VALUE 'pemat-understandability-low';
  ALTER TYPE "public"."enum_topics_acknowledged_flags" ADD VALUE 'pemat-actionability-low';
  ALTER TYPE "public"."enum_topics_quality_flags" ADD VALUE 'section-grade-above-target';
  ALTER TYPE "public"."enum_topics_quality_flags" ADD VALUE 'untiered-warning-signs';
  ALTER TYPE "public"."enum_topics_quality_flags" ADD VALUE 'pemat-incomplete';
  ALTER TYPE "public"."enum_topics_quality_flags" ADD VALUE 'pemat-understandability-low';
  ALTER TYPE "public"."enum_topics_quality_flags" ADD VALUE 'pemat-actionability-low';
  ALTER TYPE "public"."enum__topics_v_version_acknowledged_flags" ADD VALUE 'section-grade-above-target';
  ALTER TYPE "public"."enum__topics_v_version_acknowledged_flags" ADD VALUE 'untiered-warning-signs';
  ALTER TYPE "public"."enum__topics_v_version_acknowledged_flags" ADD VALUE 'pemat-incomplete';
  ALTER TYPE "public"."enum__topics_v_version_acknowledged_flags" ADD VALUE 'pemat-understandability-low';
  ALTER TYPE "public"."enum__topics_v_version_acknowledged_flags" ADD VALUE 'pemat-actionability-low';
  ALTER TYPE "public"."enum__topics_v_version_quality_flags" ADD VALUE 'section-grade-above-target';
  ALTER TYPE "public"."enum__topics_v_version_quality_flags" ADD VALUE 'untiered-warning-signs';
  ALTER TYPE "public"."enum__topics_v_version_quality_flags" ADD VALUE 'pemat-incomplete';
  ALTER TYPE "public"."enum__topics_v_version_quality_flags" ADD VALUE 'pemat-understandability-low';
  ALTER TYPE "public"."enum__topics_v_version_quality_flags" ADD VALUE 'pemat-actionability-low';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'topic.submit-review' BEFORE 'user.provision';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'topic.request-changes' BEFORE 'user.provision';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'clinic.update' BEFORE 'user.provision';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'settings.update' BEFORE 'user.provision';
  CREATE TABLE "topics_blocks_plan_moments_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "topics_blocks_plan_moments" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"when" varchar
  );
  
  CREATE TABLE "topics_blocks_plan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Your plan',
  	"block_name" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_plan_moments_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_plan_moments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"when" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_blocks_plan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Your plan',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "topics_blocks_warning_signs_signs" ADD COLUMN "tier" "enum_topics_blocks_warning_signs_signs_tier";
  ALTER TABLE "topics_blocks_warning_signs_signs" ADD COLUMN "reason" varchar;
  ALTER TABLE "topics_blocks_warning_signs" ADD COLUMN "watch_days" numeric DEFAULT 3;
  ALTER TABLE "topics" ADD COLUMN "review_request" "enum_topics_review_request";
  ALTER TABLE "topics" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "topics" ADD COLUMN "main_message" varchar;
  ALTER TABLE "topics" ADD COLUMN "pemat" jsonb;
  ALTER TABLE "topics" ADD COLUMN "pemat_understandability" numeric;
  ALTER TABLE "topics" ADD COLUMN "pemat_actionability" numeric;
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" ADD COLUMN "tier" "enum__topics_v_blocks_warning_signs_signs_tier";
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" ADD COLUMN "reason" varchar;
  ALTER TABLE "_topics_v_blocks_warning_signs" ADD COLUMN "watch_days" numeric DEFAULT 3;
  ALTER TABLE "_topics_v" ADD COLUMN "version_review_request" "enum__topics_v_version_review_request";
  ALTER TABLE "_topics_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_main_message" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_pemat" jsonb;
  ALTER TABLE "_topics_v" ADD COLUMN "version_pemat_understandability" numeric;
  ALTER TABLE "_topics_v" ADD COLUMN "version_pemat_actionability" numeric;
  ALTER TABLE "handouts_topic_versions" ADD COLUMN "main_message" varchar;
  ALTER TABLE "handouts_topic_versions" ADD COLUMN "summary" varchar;
  ALTER TABLE "handouts" ADD COLUMN "patient_identifier" varchar;
  ALTER TABLE "handouts" ADD COLUMN "warning_signs_omitted_reason" varchar;
  ALTER TABLE "share_links" ADD COLUMN "label" varchar;
  ALTER TABLE "clinic" ADD COLUMN "reading_grade_target" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "clinic" ADD COLUMN "default_access_check" "enum_clinic_default_access_check" DEFAULT 'access-code' NOT NULL;
  ALTER TABLE "clinic" ADD COLUMN "patient_identifier" "enum_clinic_patient_identifier" DEFAULT 'none' NOT NULL;
  ALTER TABLE "topics_blocks_plan_moments_actions" ADD CONSTRAINT "topics_blocks_plan_moments_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_plan_moments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_plan_moments" ADD CONSTRAINT "topics_blocks_plan_moments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_blocks_plan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_blocks_plan" ADD CONSTRAINT "topics_blocks_plan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan_moments_actions" ADD CONSTRAINT "_topics_v_blocks_plan_moments_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_plan_moments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan_moments" ADD CONSTRAINT "_topics_v_blocks_plan_moments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_blocks_plan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_blocks_plan" ADD CONSTRAINT "_topics_v_blocks_plan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topics_blocks_plan_moments_actions_order_idx" ON "topics_blocks_plan_moments_actions" USING btree ("_order");
  CREATE INDEX "topics_blocks_plan_moments_actions_parent_id_idx" ON "topics_blocks_plan_moments_actions" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_plan_moments_order_idx" ON "topics_blocks_plan_moments" USING btree ("_order");
  CREATE INDEX "topics_blocks_plan_moments_parent_id_idx" ON "topics_blocks_plan_moments" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_plan_order_idx" ON "topics_blocks_plan" USING btree ("_order");
  CREATE INDEX "topics_blocks_plan_parent_id_idx" ON "topics_blocks_plan" USING btree ("_parent_id");
  CREATE INDEX "topics_blocks_plan_path_idx" ON "topics_blocks_plan" USING btree ("_path");
  CREATE INDEX "_topics_v_blocks_plan_moments_actions_order_idx" ON "_topics_v_blocks_plan_moments_actions" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_plan_moments_actions_parent_id_idx" ON "_topics_v_blocks_plan_moments_actions" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_plan_moments_order_idx" ON "_topics_v_blocks_plan_moments" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_plan_moments_parent_id_idx" ON "_topics_v_blocks_plan_moments" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_plan_order_idx" ON "_topics_v_blocks_plan" USING btree ("_order");
  CREATE INDEX "_topics_v_blocks_plan_parent_id_idx" ON "_topics_v_blocks_plan" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_blocks_plan_path_idx" ON "_topics_v_blocks_plan" USING btree ("_path");
  CREATE INDEX "topics_review_request_idx" ON "topics" USING btree ("review_request");
  CREATE INDEX "topics_pemat_understandability_idx" ON "topics" USING btree ("pemat_understandability");
  CREATE INDEX "topics_pemat_actionability_idx" ON "topics" USING btree ("pemat_actionability");
  CREATE INDEX "_topics_v_version_version_review_request_idx" ON "_topics_v" USING btree ("version_review_request");
  CREATE INDEX "_topics_v_version_version_pemat_understandability_idx" ON "_topics_v" USING btree ("version_pemat_understandability");
  CREATE INDEX "_topics_v_version_version_pemat_actionability_idx" ON "_topics_v" USING btree ("version_pemat_actionability");`)
  await tierExistingWarningSigns(db, { blocks: 'topics_blocks_warning_signs', signs: 'topics_blocks_warning_signs_signs', tierType: 'enum_topics_blocks_warning_signs_signs_tier' })
  await tierExistingWarningSigns(db, {
    blocks: '_topics_v_blocks_warning_signs',
    signs: '_topics_v_blocks_warning_signs_signs',
    tierType: 'enum__topics_v_blocks_warning_signs_signs_tier',
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics_blocks_plan_moments_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_plan_moments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_blocks_plan" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan_moments_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan_moments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_blocks_plan" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics_blocks_plan_moments_actions" CASCADE;
  DROP TABLE "topics_blocks_plan_moments" CASCADE;
  DROP TABLE "topics_blocks_plan" CASCADE;
  DROP TABLE "_topics_v_blocks_plan_moments_actions" CASCADE;
  DROP TABLE "_topics_v_blocks_plan_moments" CASCADE;
  DROP TABLE "_topics_v_blocks_plan" CASCADE;
  ALTER TABLE "topics_acknowledged_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_topics_acknowledged_flags";
  CREATE TYPE "public"."enum_topics_acknowledged_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  ALTER TABLE "topics_acknowledged_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum_topics_acknowledged_flags" USING "value"::"public"."enum_topics_acknowledged_flags";
  ALTER TABLE "topics_quality_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_topics_quality_flags";
  CREATE TYPE "public"."enum_topics_quality_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  ALTER TABLE "topics_quality_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum_topics_quality_flags" USING "value"::"public"."enum_topics_quality_flags";
  ALTER TABLE "_topics_v_version_acknowledged_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__topics_v_version_acknowledged_flags";
  CREATE TYPE "public"."enum__topics_v_version_acknowledged_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  ALTER TABLE "_topics_v_version_acknowledged_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum__topics_v_version_acknowledged_flags" USING "value"::"public"."enum__topics_v_version_acknowledged_flags";
  ALTER TABLE "_topics_v_version_quality_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__topics_v_version_quality_flags";
  CREATE TYPE "public"."enum__topics_v_version_quality_flags" AS ENUM('promotional', 'no-sources', 'no-warning-signs', 'missing-alt-text', 'grade-above-target');
  ALTER TABLE "_topics_v_version_quality_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum__topics_v_version_quality_flags" USING "value"::"public"."enum__topics_v_version_quality_flags";
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'handout.update', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'share.block', 'topic.publish', 'user.provision', 'user.unlock', 'user.password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "topics_review_request_idx";
  DROP INDEX "topics_pemat_understandability_idx";
  DROP INDEX "topics_pemat_actionability_idx";
  DROP INDEX "_topics_v_version_version_review_request_idx";
  DROP INDEX "_topics_v_version_version_pemat_understandability_idx";
  DROP INDEX "_topics_v_version_version_pemat_actionability_idx";
  ALTER TABLE "topics_blocks_warning_signs_signs" DROP COLUMN "tier";
  ALTER TABLE "topics_blocks_warning_signs_signs" DROP COLUMN "reason";
  ALTER TABLE "topics_blocks_warning_signs" DROP COLUMN "watch_days";
  ALTER TABLE "topics" DROP COLUMN "review_request";
  ALTER TABLE "topics" DROP COLUMN "review_comment";
  ALTER TABLE "topics" DROP COLUMN "main_message";
  ALTER TABLE "topics" DROP COLUMN "pemat";
  ALTER TABLE "topics" DROP COLUMN "pemat_understandability";
  ALTER TABLE "topics" DROP COLUMN "pemat_actionability";
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" DROP COLUMN "tier";
  ALTER TABLE "_topics_v_blocks_warning_signs_signs" DROP COLUMN "reason";
  ALTER TABLE "_topics_v_blocks_warning_signs" DROP COLUMN "watch_days";
  ALTER TABLE "_topics_v" DROP COLUMN "version_review_request";
  ALTER TABLE "_topics_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_topics_v" DROP COLUMN "version_main_message";
  ALTER TABLE "_topics_v" DROP COLUMN "version_pemat";
  ALTER TABLE "_topics_v" DROP COLUMN "version_pemat_understandability";
  ALTER TABLE "_topics_v" DROP COLUMN "version_pemat_actionability";
  ALTER TABLE "handouts_topic_versions" DROP COLUMN "main_message";
  ALTER TABLE "handouts_topic_versions" DROP COLUMN "summary";
  ALTER TABLE "handouts" DROP COLUMN "patient_identifier";
  ALTER TABLE "handouts" DROP COLUMN "warning_signs_omitted_reason";
  ALTER TABLE "share_links" DROP COLUMN "label";
  ALTER TABLE "clinic" DROP COLUMN "reading_grade_target";
  ALTER TABLE "clinic" DROP COLUMN "default_access_check";
  ALTER TABLE "clinic" DROP COLUMN "patient_identifier";
  DROP TYPE "public"."enum_topics_blocks_warning_signs_signs_tier";
  DROP TYPE "public"."enum_topics_review_request";
  DROP TYPE "public"."enum__topics_v_blocks_warning_signs_signs_tier";
  DROP TYPE "public"."enum__topics_v_version_review_request";
  DROP TYPE "public"."enum_clinic_default_access_check";
  DROP TYPE "public"."enum_clinic_patient_identifier";`)
}
