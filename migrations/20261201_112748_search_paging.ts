import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * What library word search reads instead of every match (lib/topics/searchTopics.ts, findWordPage):
 * - a GIN index on `rank_vector` (title and summary, search_rank migration), so the few topics whose title or summary
 *   holds a word are found and ranked without ranking the thousands a common word ("pain") matches in section text;
 * - a partial index of published topics' ids, which the count and the ranking join to, read without visiting the table.
 * Hand-written: Payload's schema has neither (nor the generated columns they index).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "topics_locales_rank_vector_idx" ON "topics_locales" USING gin ("rank_vector");
  CREATE INDEX IF NOT EXISTS "topics_published_id_idx" ON "topics" USING btree ("id") WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "topics_published_id_idx";
  DROP INDEX IF EXISTS "topics_locales_rank_vector_idx";`)
}
