/** What the handout recorded about one topic when its sections were copied. */
export interface UsedTopicVersion {
  topicId: number
  topicUpdatedAt: string
}

export interface PublishedTopicVersion {
  id: number
  title: string
  updatedAt: string
}

export interface OutdatedTopic {
  topicId: number
  title: string
  updatedAt: string
}

/**
 * Topics whose published version is newer than the one the handout copied.
 * A topic no longer published is not "updated": there is nothing to refresh to.
 */
export function outdatedTopics(used: readonly UsedTopicVersion[], published: readonly PublishedTopicVersion[]): OutdatedTopic[] {
  const current = new Map(published.map((topic) => [topic.id, topic]))
  const result: OutdatedTopic[] = []
  for (const entry of used) {
    const topic = current.get(entry.topicId)
    if (!topic) continue
    if (new Date(topic.updatedAt).getTime() > new Date(entry.topicUpdatedAt).getTime()) {
      result.push({ topicId: topic.id, title: topic.title, updatedAt: topic.updatedAt })
    }
  }
  return result
}
