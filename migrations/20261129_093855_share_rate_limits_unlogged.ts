import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk";
  
  DROP INDEX "payload_locked_documents_rels_share_rate_limits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_rate_limits_id";`)

  // Hand-written (Payload's schema diff does not model table persistence): rate-limit counters live two minutes
  // and need no crash safety, so their table skips the write-ahead log, saving a WAL flush on every request to
  // /p/*. After a crash PostgreSQL empties an unlogged table, which only forgives a minute of counts.
  await db.execute(sql`ALTER TABLE "share_rate_limits" SET UNLOGGED;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "share_rate_limits" SET LOGGED;`)
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_rate_limits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk" FOREIGN KEY ("share_rate_limits_id") REFERENCES "public"."share_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_share_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("share_rate_limits_id");`)
}
