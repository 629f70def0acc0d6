import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sign_in_settings_sso_default_role" AS ENUM('clinician', 'editor', 'reviewer');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.provision';
  CREATE TABLE "sign_in_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sso_just_in_time_provisioning" boolean DEFAULT false,
  	"sso_default_role" "enum_sign_in_settings_sso_default_role" DEFAULT 'clinician' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "sign_in_settings" CASCADE;
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'topic.publish');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP TYPE "public"."enum_sign_in_settings_sso_default_role";`)
}
