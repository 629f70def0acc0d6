import type { SectionRef } from './createHandoutInput'

/** A topic as far as this rule cares: which of its sections are warning signs. */
export interface TopicWarningSigns {
  id: number
  sections: ReadonlyArray<{ id: string; urgent: boolean }>
}

/**
 * True when a handout made of `chosen` leaves out every warning-sign section
 * ("When to get help now": an urgent kind, isUrgentSection in blocks/index.ts)
 * that its topics offer. Only the topics the handout draws from count, so a
 * topic without warning signs asks nothing of the clinician. Dropping them
 * silently is the clinical risk: the patient loses the one part that says
 * when to call for help.
 */
export function leavesOutWarningSigns(topics: readonly TopicWarningSigns[], chosen: readonly SectionRef[]): boolean {
  if (chosen.length === 0) return false
  const usedTopicIds = new Set(chosen.map((ref) => ref.topicId))
  const warningSigns = new Set(
    topics
      .filter((topic) => usedTopicIds.has(topic.id))
      .flatMap((topic) => topic.sections.filter((section) => section.urgent).map((section) => `${topic.id}:${section.id}`)),
  )
  if (warningSigns.size === 0) return false
  return !chosen.some((ref) => warningSigns.has(`${ref.topicId}:${ref.sectionId}`))
}
