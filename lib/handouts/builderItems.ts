import type { SectionRef } from './createHandoutInput'
import type { BuilderSection, BuilderTopic } from './loadBuilderTopics'
import { dedupeSections, sectionKey } from './orderSections'
import { urgentFirst } from './readingOrder'

export interface BuilderItemInput {
  topicId: number
  sectionId: string
  included: boolean
}

type TopicSections = ReadonlyArray<{ id: number; sections: ReadonlyArray<{ id: string; urgent: boolean }> }>

/**
 * The builder's list. Started from topics alone, every warning-sign section
 * ("When to get help now", an urgent kind) comes first and ticked, the rest
 * unticked in topic order: leaving the warning signs out must be a choice,
 * never the default (a clinician missed it at the bottom of a long list).
 * Started from a kit or an earlier handout, that earlier choice is kept: the
 * chosen sections first, ticked, in their saved order; then every other section
 * of the same topics, unticked, warning signs first, so the clinician can still
 * add them (and is asked why on create if they stay out). Chosen sections that
 * no longer exist are counted, not shown.
 */
export function builderItemsFor(topics: TopicSections, chosen: readonly SectionRef[]): { items: BuilderItemInput[]; missing: number } {
  const existing = new Set(topics.flatMap((topic) => topic.sections.map((section) => sectionKey({ topicId: topic.id, sectionId: section.id }))))
  const picked = dedupeSections(chosen).filter((ref) => existing.has(sectionKey(ref)))
  const pickedKeys = new Set(picked.map(sectionKey))
  const startsFresh = chosen.length === 0
  const rest = topics.flatMap((topic) =>
    topic.sections
      .filter((section) => !pickedKeys.has(sectionKey({ topicId: topic.id, sectionId: section.id })))
      .map((section) => ({ topicId: topic.id, sectionId: section.id, urgent: section.urgent })),
  )
  const restItems = urgentFirst(rest, (item) => item.urgent).map(({ topicId, sectionId, urgent }) => ({ topicId, sectionId, included: startsFresh && urgent }))
  return { items: [...picked.map((ref) => ({ ...ref, included: true })), ...restItems], missing: dedupeSections(chosen).length - picked.length }
}

/**
 * The list after one more topic is added: its warning signs ticked, right
 * after the warning signs already at the top of the list; its other sections
 * unticked at the end, in topic order.
 */
export function withTopicAdded(items: readonly BuilderItemInput[], topics: TopicSections, added: TopicSections[number]): BuilderItemInput[] {
  const urgentKeys = new Set(
    [...topics, added].flatMap((topic) =>
      topic.sections.filter((section) => section.urgent).map((section) => sectionKey({ topicId: topic.id, sectionId: section.id })),
    ),
  )
  const fromAdded = added.sections.map((section) => ({ topicId: added.id, sectionId: section.id }))
  const warningSigns = fromAdded.filter((ref) => urgentKeys.has(sectionKey(ref))).map((ref) => ({ ...ref, included: true }))
  const others = fromAdded.filter((ref) => !urgentKeys.has(sectionKey(ref))).map((ref) => ({ ...ref, included: false }))
  let leading = 0
  while (leading < items.length && urgentKeys.has(sectionKey(items[leading]!))) leading++
  return [...items.slice(0, leading), ...warningSigns, ...items.slice(leading), ...others]
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
