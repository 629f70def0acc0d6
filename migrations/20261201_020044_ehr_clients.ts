import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'ehr.key' BEFORE 'clinic.update';
  CREATE TABLE "ehr_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key_id" varchar,
  	"key_hash" varchar,
  	"key_created_at" timestamp(3) with time zone,
  	"issuer" varchar,
  	"jwks_url" varchar,
  	"public_keys" jsonb,
  	"rate_limit_per_minute" numeric DEFAULT 120 NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ehr_clients_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "ehr_client_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"infobutton_calls" numeric DEFAULT 0 NOT NULL,
  	"cds_hooks_calls" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ehr_clients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ehr_client_usage_id" integer;
  ALTER TABLE "ehr_clients_texts" ADD CONSTRAINT "ehr_clients_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ehr_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ehr_client_usage" ADD CONSTRAINT "ehr_client_usage_client_id_ehr_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."ehr_clients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "ehr_clients_key_id_idx" ON "ehr_clients" USING btree ("key_id");
  CREATE INDEX "ehr_clients_issuer_idx" ON "ehr_clients" USING btree ("issuer");
  CREATE INDEX "ehr_clients_updated_at_idx" ON "ehr_clients" USING btree ("updated_at");
  CREATE INDEX "ehr_clients_created_at_idx" ON "ehr_clients" USING btree ("created_at");
  CREATE INDEX "ehr_clients_texts_order_parent" ON "ehr_clients_texts" USING btree ("order","parent_id");
  CREATE INDEX "ehr_client_usage_client_idx" ON "ehr_client_usage" USING btree ("client_id");
  CREATE INDEX "ehr_client_usage_day_idx" ON "ehr_client_usage" USING btree ("day");
  CREATE INDEX "ehr_client_usage_updated_at_idx" ON "ehr_client_usage" USING btree ("updated_at");
  CREATE INDEX "ehr_client_usage_created_at_idx" ON "ehr_client_usage" USING btree ("created_at");
  CREATE UNIQUE INDEX "client_day_idx" ON "ehr_client_usage" USING btree ("client_id","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ehr_clients_fk" FOREIGN KEY ("ehr_clients_id") REFERENCES "public"."ehr_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ehr_client_usage_fk" FOREIGN KEY ("ehr_client_usage_id") REFERENCES "public"."ehr_client_usage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_ehr_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("ehr_clients_id");
  CREATE INDEX "payload_locked_documents_rels_ehr_client_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("ehr_client_usage_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ehr_clients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ehr_clients_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ehr_client_usage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ehr_clients" CASCADE;
  DROP TABLE "ehr_clients_texts" CASCADE;
  DROP TABLE "ehr_client_usage" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ehr_clients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ehr_client_usage_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'handout.update', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'share.block', 'topic.publish', 'topic.submit-review', 'topic.request-changes', 'translation.export', 'translation.import', 'translation.submit-review', 'translation.approve', 'teachback.answer', 'teachback.record', 'fhir.export', 'fhir.push', 'clinic.update', 'settings.update', 'user.provision', 'user.unlock', 'user.password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "payload_locked_documents_rels_ehr_clients_id_idx";
  DROP INDEX "payload_locked_documents_rels_ehr_client_usage_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ehr_clients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ehr_client_usage_id";`)
}
