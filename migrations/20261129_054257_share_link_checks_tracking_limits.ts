import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_share_links_access_check" AS ENUM('none', 'birth-year', 'access-code');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'share.lock' BEFORE 'topic.publish';
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
  
  ALTER TABLE "share_links" ADD COLUMN "access_check" "enum_share_links_access_check" DEFAULT 'none' NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "access_answer_hash" varchar;
  ALTER TABLE "share_links" ADD COLUMN "open_count" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "pdf_download_count" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "share_links" ADD COLUMN "first_opened_at" timestamp(3) with time zone;
  ALTER TABLE "share_links" ADD COLUMN "last_opened_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_access_guards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_rate_limits_id" integer;
  ALTER TABLE "share_access_guards" ADD CONSTRAINT "share_access_guards_link_id_share_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."share_links"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "share_access_guards_link_idx" ON "share_access_guards" USING btree ("link_id");
  CREATE INDEX "share_access_guards_updated_at_idx" ON "share_access_guards" USING btree ("updated_at");
  CREATE INDEX "share_access_guards_created_at_idx" ON "share_access_guards" USING btree ("created_at");
  CREATE UNIQUE INDEX "share_rate_limits_bucket_idx" ON "share_rate_limits" USING btree ("bucket");
  CREATE INDEX "share_rate_limits_expires_at_idx" ON "share_rate_limits" USING btree ("expires_at");
  CREATE INDEX "share_rate_limits_updated_at_idx" ON "share_rate_limits" USING btree ("updated_at");
  CREATE INDEX "share_rate_limits_created_at_idx" ON "share_rate_limits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_access_guards_fk" FOREIGN KEY ("share_access_guards_id") REFERENCES "public"."share_access_guards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk" FOREIGN KEY ("share_rate_limits_id") REFERENCES "public"."share_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_share_access_guards_id_idx" ON "payload_locked_documents_rels" USING btree ("share_access_guards_id");
  CREATE INDEX "payload_locked_documents_rels_share_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("share_rate_limits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "share_access_guards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "share_rate_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "share_access_guards" CASCADE;
  DROP TABLE "share_rate_limits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_access_guards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_rate_limits_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'handout.create', 'handout.pdf', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'topic.publish');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "payload_locked_documents_rels_share_access_guards_id_idx";
  DROP INDEX "payload_locked_documents_rels_share_rate_limits_id_idx";
  ALTER TABLE "share_links" DROP COLUMN "access_check";
  ALTER TABLE "share_links" DROP COLUMN "access_answer_hash";
  ALTER TABLE "share_links" DROP COLUMN "open_count";
  ALTER TABLE "share_links" DROP COLUMN "pdf_download_count";
  ALTER TABLE "share_links" DROP COLUMN "first_opened_at";
  ALTER TABLE "share_links" DROP COLUMN "last_opened_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_access_guards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_rate_limits_id";
  DROP TYPE "public"."enum_share_links_access_check";`)
}
