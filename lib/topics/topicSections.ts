import { richTextToPlainText } from '@/lib/content/lexical'
import type { RichTextState } from '@/lib/handouts/types'
import type { Media, Topic } from '@/payload-types'

import { WARNING_SIGNS_DEFAULT_HEADING } from '@/blocks/WarningSigns/config'

export type TopicSection = Topic['sections'][number]
export type TopicSectionType = TopicSection['blockType']

/** The heading a section shows in the builder, the patient page and the PDF. */
export function sectionHeading(section: TopicSection): string {
  switch (section.blockType) {
    case 'text':
    case 'tips':
      return section.heading
    case 'warningSigns':
      return section.heading || WARNING_SIGNS_DEFAULT_HEADING
    case 'exercise':
      return section.name
    case 'media':
      return section.caption?.trim() || (typeof section.image === 'object' && section.image ? section.image.alt : 'Image')
  }
}

function itemTexts(items: ReadonlyArray<{ text: string }> | null | undefined): string[] {
  return (items ?? []).map((item) => item.text.trim()).filter(Boolean)
}

/**
 * The reader-facing prose of a section, one string per paragraph or list
 * item, without its heading: what readability is computed on and what
 * search indexes.
 */
export function sectionPassages(section: TopicSection): string[] {
  switch (section.blockType) {
    case 'text':
      return richTextToPlainText(section.body as RichTextState).split(/\n+/u).map((line) => line.trim()).filter(Boolean)
    case 'tips':
      return [...itemTexts(section.do), ...itemTexts(section.dont)]
    case 'exercise':
      return [...itemTexts(section.steps), ...(section.repetitions?.trim() ? [section.repetitions.trim()] : [])]
    case 'warningSigns':
      return [...(section.intro?.trim() ? [section.intro.trim()] : []), ...itemTexts(section.signs)]
    case 'media':
      return section.caption?.trim() ? [section.caption.trim()] : []
  }
}

/** Ids of the media items a section shows (exercise picture, image block). */
export function sectionMediaIds(section: TopicSection): number[] {
  const image = section.blockType === 'media' || section.blockType === 'exercise' ? section.image : null
  if (image === null || image === undefined) return []
  return [typeof image === 'number' ? image : (image as Media).id]
}
