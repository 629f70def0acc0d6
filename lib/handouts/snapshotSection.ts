import type { Media } from '@/payload-types'
import { sectionHeading, type TopicSection } from '@/lib/topics/topicSections'

import type { HandoutSectionSnapshot, RichTextState, SnapshotImage } from './types'

type SnapshotContext = { topicId: number; topicTitle: string }

function texts(items: ReadonlyArray<{ text: string }> | null | undefined): string[] {
  return (items ?? []).map((item) => item.text.trim()).filter(Boolean)
}

/** Needs the media document populated (depth ≥ 1); an unresolved or deleted image is left out rather than drawn broken. */
export function snapshotImage(image: number | Media | null | undefined): SnapshotImage | null {
  if (!image || typeof image === 'number' || !image.url || !image.filename) return null
  // The print-sized copy keeps PDFs small; the original is the fallback.
  return { url: image.sizes?.card?.url ?? image.url, filename: image.sizes?.print?.filename ?? image.filename, alt: image.alt, width: image.width ?? null, height: image.height ?? null }
}

/** Copies one topic section into the shape a handout stores; null when there is nothing to show (an image block whose image is gone). */
export function snapshotSection(section: TopicSection & { id: string }, { topicId, topicTitle }: SnapshotContext): HandoutSectionSnapshot | null {
  const base = { topicId, topicTitle, sectionId: section.id, heading: sectionHeading(section) }
  switch (section.blockType) {
    case 'text':
      return { ...base, blockType: 'text', body: section.body as RichTextState }
    case 'tips':
      return { ...base, blockType: 'tips', body: { do: texts(section.do), dont: texts(section.dont) } }
    case 'exercise':
      return { ...base, blockType: 'exercise', body: { steps: texts(section.steps), repetitions: section.repetitions?.trim() || null, image: snapshotImage(section.image) } }
    case 'warningSigns':
      return { ...base, blockType: 'warningSigns', body: { intro: section.intro?.trim() || null, signs: texts(section.signs) } }
    case 'media': {
      const image = snapshotImage(section.image)
      return image ? { ...base, blockType: 'media', body: { image, caption: section.caption?.trim() || null } } : null
    }
  }
}
