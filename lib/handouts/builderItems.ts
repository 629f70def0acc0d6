import type { SectionRef } from './createHandoutInput'
import type { BuilderSection, BuilderTopic } from './loadBuilderTopics'
import type { TopicMainMessage } from './mainMessages'
import { dedupeSections, sectionKey } from './orderSections'
import { urgentFirst } from './readingOrder'

export interface BuilderItemInput {
  topicId: number
  sectionId: string
  included: boolean
}

/**
 * The builder's list when it starts from a kit or an earlier handout: the
 * chosen sections first, ticked, in their saved order; then every other
 * section of the same topics, unticked, in topic order, so the clinician can
 * still add them. Chosen sections that no longer exist are counted, not shown.
 */
export function builderItemsFor(
  topics: ReadonlyArray<{ id: number; sections: ReadonlyArray<{ id: string }> }>,
  chosen: readonly SectionRef[],
): { items: BuilderItemInput[]; missing: number } {
  const existing = new Set(topics.flatMap((topic) => topic.sections.map((section) => sectionKey({ topicId: topic.id, sectionId: section.id }))))
  const picked = dedupeSections(chosen).filter((ref) => existing.has(sectionKey(ref)))
  const pickedKeys = new Set(picked.map(sectionKey))
  const rest = topics.flatMap((topic) =>
    topic.sections
      .filter((section) => !pickedKeys.has(sectionKey({ topicId: topic.id, sectionId: section.id })))
      .map((section) => ({ topicId: topic.id, sectionId: section.id, included: false })),
  )
  return { items: [...picked.map((ref) => ({ ...ref, included: true })), ...rest], missing: dedupeSections(chosen).length - picked.length }
}

export interface PreviewSection {
  key: string
  topic: BuilderTopic
  section: BuilderSection
}

/**
 * The ticked sections in the order the patient will read them: the clinician's
 * order, except that "When to get help now" comes first, as on the PDF and the
 * patient page. Items whose topic or section is gone are skipped.
 */
export function previewSections(items: readonly BuilderItemInput[], topics: readonly BuilderTopic[]): PreviewSection[] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const ticked = items.flatMap((item) => {
    const topic = topicById.get(item.topicId)
    const section = topic?.sections.find((candidate) => candidate.id === item.sectionId)
    return item.included && topic && section ? [{ key: sectionKey(item), topic, section }] : []
  })
  return urgentFirst(ticked, ({ section }) => section.urgent)
}

/**
 * The main messages the handout will open with: one per topic that has a
 * ticked section and a main message, in the order the topics are first used
 * (as createHandout records them).
 */
export function previewMainMessages(items: readonly BuilderItemInput[], topics: readonly BuilderTopic[]): TopicMainMessage[] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const usedIds = [...new Set(items.filter((item) => item.included).map((item) => item.topicId))]
  return usedIds.flatMap((id) => {
    const topic = topicById.get(id)
    return topic?.mainMessage ? [{ topicTitle: topic.title, mainMessage: topic.mainMessage, summary: topic.summary }] : []
  })
}
