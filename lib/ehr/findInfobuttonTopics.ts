import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { codeAndAncestors } from './codeAndAncestors'
import type { InfobuttonQuery } from './parseInfobuttonQuery'

export interface InfobuttonTopic {
  slug: string
  title: string
  summary: string
  updatedAt: string
}

export interface InfobuttonMatch {
  /** How the topics were found: the code that matched (maybe an ancestor of the one asked for), the display name, or nothing. */
  matchedBy: { kind: 'code'; system: 'icd10cm' | 'snomedct'; code: string } | { kind: 'text' } | { kind: 'none' }
  topics: InfobuttonTopic[]
}

interface IdRow extends Record<string, unknown> {
  id: number
}

interface CodedIdRow extends IdRow {
  code: string
}

/**
 * The published topics an Infobutton query asks for, at most `maxEntries`,
 * best first. A code matches exactly, else its ICD-10-CM categories in turn
 * (M54.61 → M54.6 → M54), so a specific chart code still finds the topic
 * written for its family; only when no code matches is the display name
 * searched as words. In Spanish only topics with an approved Spanish
 * translation count: a draft is never offered to a patient.
 */
export async function findInfobuttonTopics({
  payload,
  query,
  maxEntries,
}: {
  payload: Payload
  query: InfobuttonQuery
  maxEntries: number
}): Promise<InfobuttonMatch> {
  const inLanguage =
    query.language === 'es'
      ? sql`EXISTS (SELECT 1 FROM topics_locales es WHERE es._parent_id = t.id AND es._locale = 'es' AND es.translation_status = 'approved')`
      : sql`true`

  let matchedBy: InfobuttonMatch['matchedBy'] = { kind: 'none' }
  let ids: number[] = []
  if (query.code) {
    // Every level of the ladder in one statement (M54.61, M54.6, M54): the nearest level with a topic wins.
    const candidates = codeAndAncestors(query.code)
    const { rows } = await payload.db.drizzle.execute<CodedIdRow>(sql`
      SELECT id, code FROM (
        SELECT t.id, c.code, en.title,
               row_number() OVER (PARTITION BY c.code ORDER BY en.title, t.id) AS place
          FROM topics t
          JOIN topics_locales en ON en._parent_id = t.id AND en._locale = 'en'
          JOIN topics_codes c ON c._parent_id = t.id AND c.system = ${query.code.system}
         WHERE t._status = 'published' AND ${inLanguage}
           AND c.code IN (${sql.join(
             candidates.map((candidate) => sql`${candidate}`),
             sql`, `,
           )})
      ) AS coded
       WHERE place <= ${maxEntries}
       ORDER BY title, id`)
    const nearest = candidates.find((candidate) => rows.some((row) => row.code === candidate))
    if (nearest !== undefined) {
      ids = [...new Set(rows.filter((row) => row.code === nearest).map((row) => Number(row.id)))].slice(0, maxEntries)
      matchedBy = { kind: 'code', system: query.code.system, code: nearest }
    }
  }
  // Another code system is not a miss to paper over with words: MedlinePlus Connect answers it with an empty feed too.
  if (ids.length === 0 && query.displayName && !query.unknownCodeSystem) {
    const term = query.displayName
    const searchable = sql`
      FROM topics_locales l
     WHERE l._parent_id = t.id
       AND (l._locale = 'en' OR l.translation_status = 'approved')
       AND l.search_vector @@ (CASE WHEN l._locale = 'es' THEN plainto_tsquery('careleaf_spanish', ${term}) ELSE plainto_tsquery('english', ${term}) END)`
    const { rows } = await payload.db.drizzle.execute<IdRow>(sql`
      SELECT t.id FROM topics t
       WHERE t._status = 'published' AND ${inLanguage} AND EXISTS (SELECT 1 ${searchable})
       ORDER BY (SELECT max(ts_rank_cd(l.search_vector, CASE WHEN l._locale = 'es' THEN plainto_tsquery('careleaf_spanish', ${term}) ELSE plainto_tsquery('english', ${term}) END)) ${searchable}) DESC, t.id
       LIMIT ${maxEntries}`)
    ids = rows.map((row) => Number(row.id))
    if (ids.length > 0) matchedBy = { kind: 'text' }
  }
  if (ids.length === 0) return { matchedBy: { kind: 'none' }, topics: [] }

  const { docs } = await payload.find({
    collection: 'topics',
    // No user: an EHR key reads only what the query above allowed, published topics, in the language asked for.
    overrideAccess: true,
    draft: false,
    locale: query.language,
    fallbackLocale: false,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, summary: true, updatedAt: true },
  })
  const order = new Map(ids.map((id, index) => [id, index]))
  const topics = docs
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .filter((doc) => doc.title)
    .map((doc) => ({ slug: doc.slug, title: doc.title, summary: doc.summary ?? '', updatedAt: doc.updatedAt }))
  return { matchedBy, topics }
}
