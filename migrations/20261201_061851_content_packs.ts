import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_topics_imported_from_publisher" ADD VALUE 'careleaf-pack';
  ALTER TYPE "public"."enum_topics_translation_status" ADD VALUE 'imported' BEFORE 'in-review';
  ALTER TYPE "public"."enum__topics_v_version_imported_from_publisher" ADD VALUE 'careleaf-pack';
  ALTER TYPE "public"."enum__topics_v_version_translation_status" ADD VALUE 'imported' BEFORE 'in-review';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'content-pack.export' BEFORE 'translation.export';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'content-pack.import' BEFORE 'translation.export';
  ALTER TABLE "topics" ADD COLUMN "imported_from_origin_review" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_origin_review" varchar;
  ALTER TABLE "clinic" ADD COLUMN "content_pack_origin_id" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics" ALTER COLUMN "imported_from_publisher" SET DATA TYPE text;
  DROP TYPE "public"."enum_topics_imported_from_publisher";
  CREATE TYPE "public"."enum_topics_imported_from_publisher" AS ENUM('medlineplus');
  ALTER TABLE "topics" ALTER COLUMN "imported_from_publisher" SET DATA TYPE "public"."enum_topics_imported_from_publisher" USING "imported_from_publisher"::"public"."enum_topics_imported_from_publisher";
  ALTER TABLE "topics_locales" ALTER COLUMN "translation_status" SET DATA TYPE text;
  ALTER TABLE "topics_locales" ALTER COLUMN "translation_status" SET DEFAULT 'not-started'::text;
  DROP TYPE "public"."enum_topics_translation_status";
  CREATE TYPE "public"."enum_topics_translation_status" AS ENUM('not-started', 'draft', 'in-review', 'approved');
  ALTER TABLE "topics_locales" ALTER COLUMN "translation_status" SET DEFAULT 'not-started'::"public"."enum_topics_translation_status";
  ALTER TABLE "topics_locales" ALTER COLUMN "translation_status" SET DATA TYPE "public"."enum_topics_translation_status" USING "translation_status"::"public"."enum_topics_translation_status";
  ALTER TABLE "_topics_v" ALTER COLUMN "version_imported_from_publisher" SET DATA TYPE text;
  DROP TYPE "public"."enum__topics_v_version_imported_from_publisher";
  CREATE TYPE "public"."enum__topics_v_version_imported_from_publisher" AS ENUM('medlineplus');
  ALTER TABLE "_topics_v" ALTER COLUMN "version_imported_from_publisher" SET DATA TYPE "public"."enum__topics_v_version_imported_from_publisher" USING "version_imported_from_publisher"::"public"."enum__topics_v_version_imported_from_publisher";
  ALTER TABLE "_topics_v_locales" ALTER COLUMN "version_translation_status" SET DATA TYPE text;
  ALTER TABLE "_topics_v_locales" ALTER COLUMN "version_translation_status" SET DEFAULT 'not-started'::text;
  DROP TYPE "public"."enum__topics_v_version_translation_status";
  CREATE TYPE "public"."enum__topics_v_version_translation_status" AS ENUM('not-started', 'draft', 'in-review', 'approved');
  ALTER TABLE "_topics_v_locales" ALTER COLUMN "version_translation_status" SET DEFAULT 'not-started'::"public"."enum__topics_v_version_translation_status";
  ALTER TABLE "_topics_v_locales" ALTER COLUMN "version_translation_status" SET DATA TYPE "public"."enum__topics_v_version_translation_status" USING "version_translation_status"::"public"."enum__topics_v_version_translation_status";
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'handout.update', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'share.block', 'topic.publish', 'topic.submit-review', 'topic.request-changes', 'translation.export', 'translation.import', 'translation.submit-review', 'translation.approve', 'teachback.answer', 'teachback.record', 'fhir.export', 'fhir.push', 'ehr.key', 'clinic.update', 'settings.update', 'user.provision', 'user.unlock', 'user.password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "topics" DROP COLUMN "imported_from_origin_review";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_origin_review";
  ALTER TABLE "clinic" DROP COLUMN "content_pack_origin_id";`)
}
