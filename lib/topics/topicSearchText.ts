import { sectionHeading, sectionPassages, type TopicSection } from '@/blocks'
import type { Topic } from '@/payload-types'

/**
 * Everything searchable besides the title and summary (which searchTopics
 * weights higher): keywords, codes with their descriptions, and section text.
 * ICD-10 codes also go in without the dot ("M546") so either spelling matches.
 */
export function topicSearchText({
  keywords,
  codes,
  sections,
}: {
  keywords?: Topic['keywords']
  codes?: Topic['codes']
  sections: readonly TopicSection[]
}): string {
  const codeTerms = (codes ?? []).flatMap((entry) => [entry.code, entry.code.replace(/\./g, ''), entry.display])
  const sectionTexts = sections.flatMap((section) => [sectionHeading(section), ...sectionPassages(section)])
  return [...(keywords ?? []), ...codeTerms, ...sectionTexts].filter(Boolean).join('\n')
}
