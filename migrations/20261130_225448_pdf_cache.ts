import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: rendered handout PDFs, shared by every app instance. Not a
 * Payload collection on purpose, so no API (REST, GraphQL, admin) can reach
 * it; only lib/pdfCache reads and writes it. A PDF that prints a patient's
 * link or access code is stored encrypted with a key derived from them, so
 * the table never holds a readable token (see lib/pdfCache/sealPdf.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "pdf_cache" (
    "key" varchar PRIMARY KEY NOT NULL,
    "handout_id" integer NOT NULL REFERENCES "public"."handouts"("id") ON DELETE cascade,
    "variant" varchar NOT NULL,
    "sealed" boolean NOT NULL,
    "bytes" bytea NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "pdf_cache_handout_variant_idx" ON "pdf_cache" USING btree ("handout_id", "variant");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "pdf_cache";`)
}
