import type { Payload } from 'payload'

import type { ConditionCode } from './cdsHooksRequest'
import { codeAndAncestors } from './codeAndAncestors'

/** A published topic coded with one of the problem's codes, or with an ICD-10-CM ancestor of it. */
export interface TopicCodeMatch {
  topicId: number
  /** The code from the EHR. */
  requested: ConditionCode
  /** The topic's code that matched: the requested one, or its nearest ancestor that any topic carries. */
  matched: ConditionCode
}

const CODED_TOPICS_SQL = `
  SELECT DISTINCT c._parent_id AS topic_id, c.system::text AS system, c.code
    FROM topics_codes c
    JOIN topics t ON t.id = c._parent_id AND t._status = 'published'
   WHERE (c.system::text, c.code) IN (SELECT * FROM unnest($1::text[], $2::text[]))`

/**
 * Published topics for a patient's problem codes, best first, at most `limit`:
 * for each code the topics carrying it exactly, else those carrying its
 * nearest ICD-10-CM ancestor that any topic carries (the fallback MedlinePlus
 * Connect makes, so M54.61 finds a topic coded M54.6). Exact matches of any
 * code rank before fallbacks, then the EHR's order. Children are not
 * matched: a topic for one kind of back pain is not education for "M54,
 * dorsalgia" in general. One query over the codes table, whatever the
 * number of codes.
 */
export async function findTopicsForConditionCodes({
  payload,
  codes,
  limit,
}: {
  payload: Payload
  codes: ConditionCode[]
  limit: number
}): Promise<TopicCodeMatch[]> {
  if (codes.length === 0 || limit < 1) return []
  const ladders = codes.map((code) => ({ code, ancestors: codeAndAncestors(code) }))
  const candidates = ladders.flatMap(({ code, ancestors }) => ancestors.map((ancestor) => ({ system: code.system, code: ancestor })))
  const result = await payload.db.pool.query<{ topic_id: number; system: string; code: string }>(CODED_TOPICS_SQL, [
    candidates.map((candidate) => candidate.system),
    candidates.map((candidate) => candidate.code),
  ])
  const topicsByCode = new Map<string, number[]>()
  for (const row of result.rows) {
    const key = `${row.system}|${row.code}`
    topicsByCode.set(
      key,
      [...(topicsByCode.get(key) ?? []), Number(row.topic_id)].sort((a, b) => a - b),
    )
  }

  const ranked: Array<TopicCodeMatch & { level: number; order: number }> = []
  for (const [order, { code, ancestors }] of ladders.entries()) {
    const level = ancestors.findIndex((ancestor) => topicsByCode.has(`${code.system}|${ancestor}`))
    if (level < 0) continue
    const matched = { system: code.system, code: ancestors[level]! }
    for (const topicId of topicsByCode.get(`${code.system}|${matched.code}`) ?? []) ranked.push({ topicId, requested: code, matched, level, order })
  }
  ranked.sort((a, b) => Math.sign(a.level) - Math.sign(b.level) || a.order - b.order)
  const seen = new Set<number>()
  const matches: TopicCodeMatch[] = []
  for (const { topicId, requested, matched } of ranked) {
    if (seen.has(topicId)) continue
    seen.add(topicId)
    matches.push({ topicId, requested, matched })
    if (matches.length === limit) break
  }
  return matches
}
