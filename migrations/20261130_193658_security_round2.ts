import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'handout.update' BEFORE 'share.create';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'share.block' BEFORE 'topic.publish';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.unlock';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.password-reset';
  ALTER TABLE "share_links" ADD COLUMN "blocked_at" timestamp(3) with time zone;
  ALTER TABLE "share_access_guards" ADD COLUMN "lockouts" numeric DEFAULT 0 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'auth.signout', 'audit.export', 'handout.create', 'handout.pdf', 'handout.delete', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'share.lock', 'topic.publish', 'user.provision');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "share_links" DROP COLUMN "blocked_at";
  ALTER TABLE "share_access_guards" DROP COLUMN "lockouts";`)
}
