import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { Topic } from '@/payload-types'

import { anyWordQuery } from './anyWordQuery'
import { LIBRARY_PAGE_SIZE, pageCountFor } from './libraryPaging'
import { parseCodeQuery } from './parseCodeQuery'

/** What a library row shows, and nothing more: a page never reads sections, sources or readability. */
export type TopicSearchResult = Pick<Topic, 'id' | 'title' | 'slug' | 'summary' | 'codes' | 'reviewDueAt'>

export interface TopicSearchPage {
  topics: TopicSearchResult[]
  /** Every published topic that matches, on all pages. */
  total: number
  /** The page asked for; past the last page `topics` is empty and the caller says so. */
  page: number
  pageCount: number
  pageSize: number
}

const MAX_QUERY_LENGTH = 200

/** A piece of SQL with its parameters bound (drizzle's `SQL`, which db-postgres does not re-export). */
type SQL = ReturnType<typeof sql>

interface MatchRow extends Record<string, unknown> {
  total: number | string
  ids: number[] | null
}

/**
 * One page of the published topics matching `query` (all of them, by title,
 * when it is empty), best first:
 * - a condition code ("M54", "m546", "M54.", a SNOMED CT id) finds the topics
 *   coded with it, and for ICD-10-CM with its children ("M54" finds M54.6),
 *   the exact code first; when no topic has that code, it is searched as a word;
 * - words go to Postgres full-text search (websearch syntax, English
 *   stemming, Spanish stemming without accents for approved Spanish text):
 *   a topic matches when its `search_vector` (title, summary, keywords, codes
 *   and section text; localization migration) has every word, and ranks by
 *   its title (A) and summary (B) holding any of them (`rank_vector`,
 *   search_rank migration); the rest follow by title (findWordPage).
 * The database ranks, counts and cuts the page; only that page's topics are
 * then read, through the Local API as `user`, so access rules still decide
 * what is returned and the library never loads every topic.
 */
export async function searchTopics({
  payload,
  user,
  query,
  categoryId,
  page = 1,
  pageSize = LIBRARY_PAGE_SIZE,
}: {
  payload: Payload
  user: PortalUser
  query?: string | null
  categoryId?: number | null
  page?: number
  pageSize?: number
}): Promise<TopicSearchPage> {
  // PostgreSQL text cannot hold NUL: the proxy refuses it in addresses, and a direct caller gets it dropped rather than a database error.
  const term = (query ?? '')
    .replace(/\u0000/g, '')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
  if (!Number.isSafeInteger(page) || page < 1) page = 1
  const code = term === '' ? null : parseCodeQuery(term)

  /** The count and one page of ids from `matched` (rows of id, English title and rank), best first, then by title. */
  const pageOf = (matched: SQL): SQL => sql`
      WITH matched AS (${matched})
      SELECT (SELECT count(*) FROM matched) AS total,
             (SELECT array_agg(id ORDER BY rank DESC, title ASC, id ASC)
                FROM (SELECT id, rank, title FROM matched
                       ORDER BY rank DESC, title ASC, id ASC
                       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) AS this_page) AS ids`
  const categoryMatch: SQL = categoryId
    ? sql`EXISTS (SELECT 1 FROM topics_rels r WHERE r.parent_id = t.id AND r.path = 'categories' AND r.categories_id = ${categoryId})`
    : sql`true`
  const findPage = (match: { where: SQL; rank: SQL }) =>
    payload.db.drizzle.execute<MatchRow>(
      pageOf(sql`
        SELECT t.id, en.title, ${match.rank} AS rank
          FROM topics t
          JOIN topics_locales en ON en._parent_id = t.id AND en._locale = ${SOURCE_LOCALE}
         WHERE t._status = 'published' AND ${categoryMatch} AND ${match.where}`),
    )

  let result: { rows: MatchRow[] } | null = term === '' ? await findPage({ where: sql`true`, rank: sql`0` }) : null
  if (code) {
    // Codes are stored normalised by codesField (upper case, the ICD-10-CM dot) and hold only [A-Z0-9.], so the LIKE pattern has no wildcard of its own.
    const codeCondition = code.matchChildren ? sql`c.code LIKE ${`${code.code}%`}` : sql`c.code = ${code.code}`
    // Only the codes table is read: a code typed into the box needs no full-text scan, which on a large library costs more than everything else.
    result = await findPage({
      where: sql`t.id IN (SELECT c._parent_id FROM topics_codes c WHERE ${codeCondition})`,
      // The code itself first, then its children.
      rank: sql`(SELECT max(CASE WHEN c.code = ${code.code} THEN 2 ELSE 1 END) FROM topics_codes c WHERE c._parent_id = t.id AND ${codeCondition})`,
    })
    // Code-shaped words that no topic is coded with ("B12", "A1C") are still words.
    if (Number(result.rows[0]?.total ?? 0) === 0) result = null
  }
  if (term !== '' && result === null) result = await findWordPage({ payload, term, categoryMatch, page, pageSize })
  const row = result?.rows[0]
  const total = Number(row?.total ?? 0)
  const ranked = (row?.ids ?? []).map(Number)
  const paging = { total, page, pageCount: pageCountFor(total, pageSize), pageSize }
  if (ranked.length === 0) return { topics: [], ...paging }

  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ id: { in: ranked } }, { _status: { equals: 'published' } }] },
    limit: ranked.length,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, summary: true, codes: true, reviewDueAt: true },
  })
  const order = new Map(ranked.map((id, index) => [id, index]))
  return { topics: docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)), ...paging }
}

/**
 * Words go to PostgreSQL full-text search, each language against a query
 * parsed the same way (Spanish: stemmed, accents folded), and a translation
 * only once it is approved: a draft's words must not lead a clinician to a
 * topic that cannot be given in them. A topic matches when its whole
 * `search_vector` has every word. It ranks by its title (A) and summary (B)
 * holding any of the words (`rank_vector`, search_rank migration); every
 * other match ranks 0 and follows by title.
 *
 * A common word ("pain") matches most of the library, so nothing here reads
 * or ranks every match: the count reads ids only, the ranked topics are the
 * few whose title or summary has a word (found through the GIN index on
 * `rank_vector`, search_paging migration), and the rank-0 rest is read, by
 * title, only for a page that reaches past the ranked ones.
 */
async function findWordPage({
  payload,
  term,
  categoryMatch,
  page,
  pageSize,
}: {
  payload: Payload
  term: string
  categoryMatch: SQL
  page: number
  pageSize: number
}): Promise<{ rows: MatchRow[] }> {
  const rankTerm = anyWordQuery(term)
  const english = { match: sql`websearch_to_tsquery('english', ${term})`, rank: sql`websearch_to_tsquery('english', ${rankTerm})` }
  const spanish = { match: sql`websearch_to_tsquery('careleaf_spanish', ${term})`, rank: sql`websearch_to_tsquery('careleaf_spanish', ${rankTerm})` }
  const offset = (page - 1) * pageSize
  const matchingTopics = sql`
    ranked AS (
      SELECT hit.id, max(hit.rank) AS rank
        FROM (SELECT l._parent_id AS id, ts_rank_cd(l.rank_vector, ${english.rank}) AS rank
                FROM topics_locales l
               WHERE l._locale = ${SOURCE_LOCALE} AND l.rank_vector @@ ${english.rank} AND l.search_vector @@ ${english.match}
              UNION ALL
              SELECT es._parent_id, ts_rank_cd(es.rank_vector, ${spanish.rank})
                FROM topics_locales es
               WHERE es._locale = 'es' AND es.translation_status = 'approved'
                 AND es.rank_vector @@ ${spanish.rank} AND es.search_vector @@ ${spanish.match}) AS hit
        JOIN topics t ON t.id = hit.id
       WHERE hit.rank > 0 AND t._status = 'published' AND ${categoryMatch}
       GROUP BY hit.id),
    matched AS (
      SELECT t.id
        FROM topics t
       WHERE t._status = 'published' AND ${categoryMatch}
         AND (t.id IN (SELECT l._parent_id FROM topics_locales l WHERE l._locale = ${SOURCE_LOCALE} AND l.search_vector @@ ${english.match})
           OR t.id IN (SELECT es._parent_id FROM topics_locales es
                        WHERE es._locale = 'es' AND es.translation_status = 'approved' AND es.search_vector @@ ${spanish.match})))`
  return payload.db.drizzle.transaction(async (tx) => {
    // PostgreSQL would rather read every row and test the match on each whole search_vector (kilobytes of section text
    // read out of TOAST) when a word matches most of the library; the GIN indexes answer without reading one vector.
    await tx.execute(sql`SET LOCAL enable_seqscan = off`)
    const first = await tx.execute<MatchRow & { ranked_total: number | string }>(sql`
      WITH ${matchingTopics}
      SELECT (SELECT count(*) FROM matched) AS total,
             (SELECT count(*) FROM ranked) AS ranked_total,
             (SELECT array_agg(id ORDER BY rank DESC, title ASC, id ASC)
                FROM (SELECT ranked.id, ranked.rank, en.title
                        FROM ranked
                        JOIN topics_locales en ON en._parent_id = ranked.id AND en._locale = ${SOURCE_LOCALE}
                       ORDER BY ranked.rank DESC, en.title ASC, ranked.id ASC
                       LIMIT ${pageSize} OFFSET ${offset}) AS this_page) AS ids`)
    const row = first.rows[0]
    const total = Number(row?.total ?? 0)
    const rankedIds = (row?.ids ?? []).map(Number)
    const rankedTotal = Number(row?.ranked_total ?? 0)
    const wanted = Math.min(pageSize, total - offset) - rankedIds.length
    if (wanted <= 0) return { rows: [{ total, ids: rankedIds }] }
    // The page reaches past the ranked topics: the rest follow by title.
    const rest = await tx.execute<{ ids: number[] | null }>(sql`
      WITH ${matchingTopics}
      SELECT array_agg(id ORDER BY title ASC, id ASC) AS ids
        FROM (SELECT matched.id, en.title
                FROM matched
                JOIN topics_locales en ON en._parent_id = matched.id AND en._locale = ${SOURCE_LOCALE}
               WHERE matched.id NOT IN (SELECT id FROM ranked)
               ORDER BY en.title ASC, matched.id ASC
               LIMIT ${wanted} OFFSET ${Math.max(0, offset - rankedTotal)}) AS rest_of_page`)
    return { rows: [{ total, ids: [...rankedIds, ...(rest.rows[0]?.ids ?? []).map(Number)] }] }
  })
}
