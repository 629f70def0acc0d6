import { sectionHeading, snapshotTopicSection, type TopicSection } from '@/blocks'

import type { HandoutSectionSnapshot } from './types'

type SnapshotContext = { topicId: number; topicTitle: string }

/** Copies one topic section into the shape a handout stores (its kind's `snapshot`); null when there is nothing to show (an image block whose image is gone). */
export function snapshotSection(section: TopicSection & { id: string }, { topicId, topicTitle }: SnapshotContext): HandoutSectionSnapshot | null {
  return snapshotTopicSection(section, { topicId, topicTitle, sectionId: section.id, heading: sectionHeading(section) })
}
