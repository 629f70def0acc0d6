import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'auth.signout' BEFORE 'handout.create';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'audit.export' BEFORE 'handout.create';
  ALTER TABLE "users" ADD COLUMN "disabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "session_version" numeric DEFAULT 0;
  CREATE INDEX "users_disabled_idx" ON "users" USING btree ("disabled");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('auth.signin', 'auth.fail', 'handout.create', 'handout.pdf', 'share.create', 'share.open', 'share.pdf', 'share.revoke', 'topic.publish');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "users_disabled_idx";
  ALTER TABLE "users" DROP COLUMN "disabled";
  ALTER TABLE "users" DROP COLUMN "session_version";`)
}
