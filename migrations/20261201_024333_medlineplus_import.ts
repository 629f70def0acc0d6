import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_imported_from_publisher" AS ENUM('medlineplus');
  CREATE TYPE "public"."enum_topics_imported_from_attention" AS ENUM('source-changed-local-edits-kept', 'gone-from-source');
  CREATE TYPE "public"."enum__topics_v_version_imported_from_publisher" AS ENUM('medlineplus');
  CREATE TYPE "public"."enum__topics_v_version_imported_from_attention" AS ENUM('source-changed-local-edits-kept', 'gone-from-source');
  ALTER TABLE "topics" ADD COLUMN "imported_from_publisher" "enum_topics_imported_from_publisher";
  ALTER TABLE "topics" ADD COLUMN "imported_from_source_id" varchar;
  ALTER TABLE "topics" ADD COLUMN "imported_from_file_date" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "imported_from_imported_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "imported_from_source_url" varchar;
  ALTER TABLE "topics" ADD COLUMN "imported_from_attention" "enum_topics_imported_from_attention";
  ALTER TABLE "topics" ADD COLUMN "imported_from_record" jsonb;
  ALTER TABLE "topics_locales" ADD COLUMN "imported_from_change_note" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_publisher" "enum__topics_v_version_imported_from_publisher";
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_source_id" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_file_date" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_source_url" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_attention" "enum__topics_v_version_imported_from_attention";
  ALTER TABLE "_topics_v" ADD COLUMN "version_imported_from_record" jsonb;
  ALTER TABLE "_topics_v_locales" ADD COLUMN "version_imported_from_change_note" varchar;
  CREATE INDEX "topics_imported_from_imported_from_source_id_idx" ON "topics" USING btree ("imported_from_source_id");
  CREATE INDEX "topics_imported_from_imported_from_attention_idx" ON "topics" USING btree ("imported_from_attention");
  CREATE INDEX "_topics_v_version_imported_from_version_imported_from_so_idx" ON "_topics_v" USING btree ("version_imported_from_source_id");
  CREATE INDEX "_topics_v_version_imported_from_version_imported_from_at_idx" ON "_topics_v" USING btree ("version_imported_from_attention");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "topics_imported_from_imported_from_source_id_idx";
  DROP INDEX "topics_imported_from_imported_from_attention_idx";
  DROP INDEX "_topics_v_version_imported_from_version_imported_from_so_idx";
  DROP INDEX "_topics_v_version_imported_from_version_imported_from_at_idx";
  ALTER TABLE "topics" DROP COLUMN "imported_from_publisher";
  ALTER TABLE "topics" DROP COLUMN "imported_from_source_id";
  ALTER TABLE "topics" DROP COLUMN "imported_from_file_date";
  ALTER TABLE "topics" DROP COLUMN "imported_from_imported_at";
  ALTER TABLE "topics" DROP COLUMN "imported_from_source_url";
  ALTER TABLE "topics" DROP COLUMN "imported_from_attention";
  ALTER TABLE "topics" DROP COLUMN "imported_from_record";
  ALTER TABLE "topics_locales" DROP COLUMN "imported_from_change_note";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_publisher";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_source_id";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_file_date";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_imported_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_source_url";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_attention";
  ALTER TABLE "_topics_v" DROP COLUMN "version_imported_from_record";
  ALTER TABLE "_topics_v_locales" DROP COLUMN "version_imported_from_change_note";
  DROP TYPE "public"."enum_topics_imported_from_publisher";
  DROP TYPE "public"."enum_topics_imported_from_attention";
  DROP TYPE "public"."enum__topics_v_version_imported_from_publisher";
  DROP TYPE "public"."enum__topics_v_version_imported_from_attention";`)
}
