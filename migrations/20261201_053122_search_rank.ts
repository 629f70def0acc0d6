import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * What the library ranks word matches by (lib/topics/searchTopics.ts): each
 * language's title (A) and summary (B), parsed as its `search_vector` is
 * (localization migration). The match still reads the full `search_vector`
 * through its GIN index; ranking thousands of matches on this vector of a few
 * dozen lexemes reads about a hundred bytes a topic instead of kilobytes of
 * section text. Hand-written: Payload's schema has no generated columns.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "topics_locales" ADD COLUMN "rank_vector" tsvector GENERATED ALWAYS AS (
    CASE WHEN "_locale" = 'es' THEN
      setweight(to_tsvector('careleaf_spanish', coalesce("title", '')), 'A') ||
      setweight(to_tsvector('careleaf_spanish', coalesce("summary", '')), 'B')
    ELSE
      setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("summary", '')), 'B')
    END
  ) STORED;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "topics_locales" DROP COLUMN IF EXISTS "rank_vector";`)
}
