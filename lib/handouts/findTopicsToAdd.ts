import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { searchTopics } from '@/lib/topics/searchTopics'

/** As many as fit beside the builder without scrolling it away; more means the search needs another word. */
export const TOPICS_TO_ADD_LIMIT = 8

export interface TopicsToAdd {
  topics: Array<{ id: number; title: string }>
  /** Every published topic that matches, of which `topics` are the best. */
  total: number
}

/**
 * The builder's "Add another topic": the published topics best matching what
 * the clinician typed (words or a condition code, as in the library), a few at
 * a time. Searched in the database, so it finds every topic however large the
 * library grows, where a list of every title stops somewhere (it stopped at
 * 500) and sends thousands of titles with every builder.
 */
export async function findTopicsToAdd({ payload, user, query }: { payload: Payload; user: PortalUser; query: string }): Promise<TopicsToAdd> {
  if (query.trim() === '') return { topics: [], total: 0 }
  const { topics, total } = await searchTopics({ payload, user, query, pageSize: TOPICS_TO_ADD_LIMIT })
  return { topics: topics.map(({ id, title }) => ({ id, title })), total }
}
