import type { CollectionBeforeChangeHook } from 'payload'

import { sectionMediaIds, type TopicSection } from '@/blocks'
import { checkTopicQuality } from '@/lib/contentQuality/checkTopicQuality'
import { analyzeTopicReadability } from '@/lib/readability/analyzeTopicReadability'
import { DEFAULT_READING_GRADE_TARGET } from '@/lib/readability/readingGradeTarget'
import { topicSearchText } from '@/lib/topics/topicSearchText'
import type { Topic } from '@/payload-types'

/**
 * Readability, quality flags and the search text, recomputed from the text
 * being saved (drafts included), so the admin and the library never show
 * stale figures.
 */
export const computeContentChecks: CollectionBeforeChangeHook<Topic> = async ({ data, originalDoc, req }) => {
  const sections: TopicSection[] = data.sections ?? originalDoc?.sections ?? []
  const summary = data.summary ?? originalDoc?.summary ?? ''
  const clinic = await req.payload.findGlobal({ slug: 'clinic', depth: 0, req, overrideAccess: true, select: { readingGradeTarget: true } })
  const readability = analyzeTopicReadability({ summary, sections, target: clinic.readingGradeTarget ?? DEFAULT_READING_GRADE_TARGET })

  const mediaIds = [...new Set(sections.flatMap(sectionMediaIds))]
  const mediaAltById = new Map<number, string | null>()
  if (mediaIds.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      depth: 0,
      limit: mediaIds.length,
      req,
      overrideAccess: true,
      select: { alt: true },
    })
    for (const media of docs) mediaAltById.set(media.id, media.alt)
  }

  const flags = checkTopicQuality({
    summary,
    sections,
    sources: data.sources ?? originalDoc?.sources ?? [],
    readingGrade: readability.fleschKincaidGrade,
    readingGradeTarget: readability.target,
    sectionReadability: readability.sections,
    mediaAltById,
  })

  data.readability = { ...readability, flags, computedAt: new Date().toISOString() }
  data.readingGrade = readability.fleschKincaidGrade
  data.smogIndex = readability.smogIndex
  data.qualityFlags = flags.map((flag) => flag.code)
  data.searchText = topicSearchText({ keywords: data.keywords ?? originalDoc?.keywords, codes: data.codes ?? originalDoc?.codes, sections })
  return data
}
