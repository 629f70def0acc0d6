import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_handouts_language" AS ENUM('en');
  CREATE TYPE "public"."enum_handouts_page_size" AS ENUM('LETTER', 'A4');
  CREATE TYPE "public"."enum_clinic_default_page_size" AS ENUM('LETTER', 'A4');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'handout.delete' BEFORE 'share.create';
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
  
  ALTER TABLE "handouts" ADD COLUMN "preferred_name" varchar;
  ALTER TABLE "handouts" ADD COLUMN "language" "enum_handouts_language" DEFAULT 'en';
  ALTER TABLE "handouts" ADD COLUMN "follow_up_date" timestamp(3) with time zone;
  ALTER TABLE "handouts" ADD COLUMN "contact_line" varchar;
  ALTER TABLE "handouts" ADD COLUMN "large_print" boolean DEFAULT false;
  ALTER TABLE "handouts" ADD COLUMN "page_size" "enum_handouts_page_size";
  ALTER TABLE "handouts" ADD COLUMN "revision_of_id" integer;
  ALTER TABLE "handouts" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kits_id" integer;
  ALTER TABLE "clinic" ADD COLUMN "accent_color" varchar DEFAULT '#0b5450';
  ALTER TABLE "clinic" ADD COLUMN "default_page_size" "enum_clinic_default_page_size" DEFAULT 'LETTER' NOT NULL;
  ALTER TABLE "handouts_topic_versions" ADD CONSTRAINT "handouts_topic_versions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handouts_topic_versions" ADD CONSTRAINT "handouts_topic_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."handouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kits_items" ADD CONSTRAINT "kits_items_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kits_items" ADD CONSTRAINT "kits_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kits" ADD CONSTRAINT "kits_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "handouts" ADD CONSTRAINT "handouts_revision_of_id_handouts_id_fk" FOREIGN KEY ("revision_of_id") REFERENCES "public"."handouts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kits_fk" FOREIGN KEY ("kits_id") REFERENCES "public"."kits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "handouts_revision_of_idx" ON "handouts" USING btree ("revision_of_id");
  CREATE INDEX "handouts_deleted_at_idx" ON "handouts" USING btree ("deleted_at");
  CREATE INDEX "payload_locked_documents_rels_kits_id_idx" ON "payload_locked_documents_rels" USING btree ("kits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "handouts_topic_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kits_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "handouts_topic_versions" CASCADE;
  DROP TABLE "kits_items" CASCADE;
  DROP TABLE "kits" CASCADE;
  ALTER TABLE "handouts" DROP CONSTRAINT "handouts_revision_of_id_handouts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kits_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'handout.create', 'handout.pdf', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'topic.publish');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "handouts_revision_of_idx";
  DROP INDEX "handouts_deleted_at_idx";
  DROP INDEX "payload_locked_documents_rels_kits_id_idx";
  ALTER TABLE "handouts" DROP COLUMN "preferred_name";
  ALTER TABLE "handouts" DROP COLUMN "language";
  ALTER TABLE "handouts" DROP COLUMN "follow_up_date";
  ALTER TABLE "handouts" DROP COLUMN "contact_line";
  ALTER TABLE "handouts" DROP COLUMN "large_print";
  ALTER TABLE "handouts" DROP COLUMN "page_size";
  ALTER TABLE "handouts" DROP COLUMN "revision_of_id";
  ALTER TABLE "handouts" DROP COLUMN "deleted_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kits_id";
  ALTER TABLE "clinic" DROP COLUMN "accent_color";
  ALTER TABLE "clinic" DROP COLUMN "default_page_size";
  DROP TYPE "public"."enum_handouts_language";
  DROP TYPE "public"."enum_handouts_page_size";
  DROP TYPE "public"."enum_clinic_default_page_size";`)
}
