import { sectionHeading, sectionLabel, sectionPassages, type TopicSection } from '@/blocks'

/** What the builder shows for a section: its heading, kind and the start of its text. */
export function sectionExcerpt(section: TopicSection, length = 180): { heading: string; kind: string; excerpt: string } {
  const text = sectionPassages(section).join(' ').replace(/\s+/g, ' ').trim()
  const excerpt = text.length > length ? `${text.slice(0, text.lastIndexOf(' ', length))}…` : text
  return { heading: sectionHeading(section), kind: sectionLabel(section), excerpt }
}
