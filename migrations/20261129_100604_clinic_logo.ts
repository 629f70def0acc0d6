import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinic" ADD COLUMN "logo_id" integer;
  ALTER TABLE "clinic" ADD CONSTRAINT "clinic_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clinic_logo_idx" ON "clinic" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinic" DROP CONSTRAINT "clinic_logo_id_media_id_fk";
  
  DROP INDEX "clinic_logo_idx";
  ALTER TABLE "clinic" DROP COLUMN "logo_id";`)
}
