import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { sectionMediaIds, type TopicSection } from '@/blocks'
import { checkTopicQuality } from '@/lib/contentQuality/checkTopicQuality'
import { topicNotices } from '@/lib/contentQuality/topicNotices'
import { localeOf } from '@/lib/i18n/locales'
import { parsePematRating, type PematRating, samePematAnswers } from '@/lib/pemat/pematRating'
import { pematQualityFlags, ratePemat } from '@/lib/pemat/ratePemat'
import { suggestPematAnswers } from '@/lib/pemat/suggestPematAnswers'
import { analyzeSpanishTopicReadability } from '@/lib/readability/analyzeSpanishTopicReadability'
import { analyzeTopicReadability } from '@/lib/readability/analyzeTopicReadability'
import { DEFAULT_READING_GRADE_TARGET } from '@/lib/readability/readingGradeTarget'
import { DEFAULT_SPANISH_READABILITY_TARGET } from '@/lib/readability/spanishReadabilityTarget'
import { topicSearchText } from '@/lib/topics/topicSearchText'
import type { Topic } from '@/payload-types'

/**
 * The reviewer's PEMAT-P answers as they will be stored: stamped with who
 * changed them and when, or keeping the earlier stamp when a save left them
 * as they were. A malformed value is refused here, drafts included: Payload
 * skips field validation when it saves a draft.
 */
function stampPematRating({ submitted, stored, userId }: { submitted: Topic['pemat']; stored: unknown; userId: number | null }): Topic['pemat'] {
  const parsed = parsePematRating(submitted)
  if (!parsed.ok) throw new ValidationError({ collection: 'topics', errors: [{ path: 'pemat', message: parsed.error }] })
  if (!parsed.rating || userId === null) return submitted
  const before = parsePematRating(stored)
  const previous: PematRating | null = before.ok ? before.rating : null
  if (samePematAnswers(parsed.rating.answers, previous?.answers)) {
    return { answers: parsed.rating.answers, ratedBy: previous?.ratedBy ?? null, ratedAt: previous?.ratedAt ?? null }
  }
  return { answers: parsed.rating.answers, ratedBy: userId, ratedAt: new Date().toISOString() }
}

/**
 * Readability, quality flags, PEMAT-P scores and the search text, recomputed
 * from the text being saved (drafts included), so the admin and the library
 * never show stale figures.
 */
export const computeContentChecks: CollectionBeforeChangeHook<Topic> = async ({ data, originalDoc, req }) => {
  const sections: TopicSection[] = data.sections ?? originalDoc?.sections ?? []
  const summary = data.summary ?? originalDoc?.summary ?? ''
  // Each language is measured and flagged on its own text: `data` holds the locale being saved.
  const locale = localeOf(req.locale)
  const clinic = await req.payload.findGlobal({
    slug: 'clinic',
    depth: 0,
    req,
    overrideAccess: true,
    select: { readingGradeTarget: true, spanishReadabilityTarget: true },
  })
  const readability = analyzeTopicReadability({ summary, sections, target: clinic.readingGradeTarget ?? DEFAULT_READING_GRADE_TARGET })
  const spanish =
    locale === 'es'
      ? analyzeSpanishTopicReadability({ summary, sections, target: clinic.spanishReadabilityTarget ?? DEFAULT_SPANISH_READABILITY_TARGET })
      : null

  const mediaIds = [...new Set(sections.flatMap(sectionMediaIds))]
  const mediaAltById = new Map<number, string | null>()
  if (mediaIds.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      // Alt text is per language, like captions.
      locale,
      depth: 0,
      limit: mediaIds.length,
      req,
      overrideAccess: true,
      select: { alt: true },
    })
    for (const media of docs) mediaAltById.set(media.id, media.alt)
  }

  const flagsInput = {
    summary,
    sections,
    sources: data.sources ?? originalDoc?.sources ?? [],
    readingGrade: readability.fleschKincaidGrade,
    readingGradeTarget: readability.target,
    sectionReadability: readability.sections,
    mediaAltById,
  }
  data.searchText = topicSearchText({ keywords: data.keywords ?? originalDoc?.keywords, codes: data.codes ?? originalDoc?.codes, sections })

  if (spanish) {
    // PEMAT-P is rated on the source text and shared by every language: a translation's save leaves it alone.
    const flags = checkTopicQuality({
      ...flagsInput,
      spanishReadability: { szigrisztPazos: spanish.szigrisztPazos, target: spanish.target, sections: spanish.sections },
    })
    data.readability = { ...spanish, locale, flags, notices: topicNotices(sections), computedAt: new Date().toISOString() }
    data.readingGrade = null
    data.smogIndex = null
    data.qualityFlags = flags.map((flag) => flag.code)
    return data
  }

  // Editors cannot write `pemat` (Payload drops it from their data), so theirs is the stored rating.
  if (data.pemat !== undefined) {
    data.pemat = stampPematRating({ submitted: data.pemat, stored: originalDoc?.pemat, userId: typeof req.user?.id === 'number' ? req.user.id : null })
  }
  const pematRating = parsePematRating(data.pemat !== undefined ? data.pemat : originalDoc?.pemat)
  const pematSuggestions = suggestPematAnswers({ summary, mainMessage: data.mainMessage ?? originalDoc?.mainMessage, sections, readability })
  const pemat = ratePemat({ suggestions: pematSuggestions, rating: pematRating.ok ? pematRating.rating : null })

  const flags = checkTopicQuality(flagsInput).concat(pematQualityFlags(pemat))

  data.readability = { ...readability, flags, notices: topicNotices(sections), pematSuggestions, computedAt: new Date().toISOString() }
  data.pematUnderstandability = pemat.scores.understandability.percent
  data.pematActionability = pemat.scores.actionability.percent
  data.readingGrade = readability.fleschKincaidGrade
  data.smogIndex = readability.smogIndex
  data.qualityFlags = flags.map((flag) => flag.code)
  return data
}
