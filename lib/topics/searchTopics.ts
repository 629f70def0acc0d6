import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Topic } from '@/payload-types'

import { normalizeIcd10Code } from './normalizeIcd10Code'

export type TopicSearchResult = Pick<Topic, 'id' | 'title' | 'slug' | 'summary' | 'codes' | 'reviewDueAt'>

const MAX_RESULTS = 50
const MAX_QUERY_LENGTH = 200

/** A code typed into the box ("M54.6", "m546", "161891005") is matched exactly and ranked first. */
function codeCandidates(query: string): string[] {
  const trimmed = query.trim()
  if (!/^[A-Za-z]?\d[\dA-Za-z.]*$/.test(trimmed)) return []
  return [...new Set([normalizeIcd10Code(trimmed), trimmed])]
}

interface RankedRow extends Record<string, unknown> {
  id: number
  rank: number
}

/**
 * Published topics matching `query`, best first: Postgres full-text search
 * (websearch syntax, English stemming) over the weighted `search_vector`
 * column (title A, summary B, keywords, codes and section text C; see the
 * topic_content_model migration), with exact condition-code matches on top.
 * Results are then read through the Local API as `user`, so access rules
 * still decide what is returned.
 */
export async function searchTopics({
  payload,
  user,
  query,
  categoryId,
}: {
  payload: Payload
  user: PortalUser
  query?: string | null
  categoryId?: number | null
}): Promise<TopicSearchResult[]> {
  const term = (query ?? '').trim().slice(0, MAX_QUERY_LENGTH)
  const categoryWhere = categoryId ? [{ categories: { in: [categoryId] } }] : []
  const select = { title: true, slug: true, summary: true, codes: true, reviewDueAt: true } as const

  if (term === '') {
    const { docs } = await payload.find({
      collection: 'topics',
      user,
      overrideAccess: false,
      draft: false,
      where: { and: [{ _status: { equals: 'published' } }, ...categoryWhere] },
      sort: 'title',
      limit: 100,
      depth: 0,
      select,
    })
    return docs
  }

  const codes = codeCandidates(term)
  const codeMatch =
    codes.length > 0
      ? sql`EXISTS (SELECT 1 FROM topics_codes c WHERE c._parent_id = t.id AND upper(c.code) IN (${sql.join(
          codes.map((code) => sql`${code.toUpperCase()}`),
          sql`, `,
        )}))`
      : sql`false`
  const result = await payload.db.drizzle.execute<RankedRow>(sql`
    SELECT t.id AS id,
           (CASE WHEN ${codeMatch} THEN 10 ELSE 0 END) + ts_rank_cd(t.search_vector, q.query) AS rank
      FROM topics t, websearch_to_tsquery('english', ${term}) AS q(query)
     WHERE t._status = 'published'
       AND (t.search_vector @@ q.query OR ${codeMatch})
     ORDER BY rank DESC, t.title ASC
     LIMIT ${MAX_RESULTS}`)
  const ranked = result.rows.map((row) => Number(row.id))
  if (ranked.length === 0) return []

  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ id: { in: ranked } }, { _status: { equals: 'published' } }, ...categoryWhere] },
    limit: ranked.length,
    depth: 0,
    select,
  })
  const order = new Map(ranked.map((id, index) => [id, index]))
  return docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}
