import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { sectionHeading } from '@/blocks'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { MUST_FIX_FLAGS, QUALITY_FLAGS, type QualityFlagCode } from '@/lib/contentQuality/qualityFlags'
import { type Locale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relationId'
import type { Topic } from '@/payload-types'

import { readTopicInLocale } from './readTopicInLocale'
import { hasSectionText } from './sectionTranslations'
import { sourceFingerprintsOf } from './sourceFingerprints'
import { TRANSLATION_CONTEXT } from './translationStatus'
import { TranslationWorkflowError } from './translationWorkflowError'

/** What is still missing from a translation of `source` (the English draft), one line each, in the order the patient reads it. */
export async function missingTranslationText(payload: Payload, translated: Topic, source: Topic, locale: Locale): Promise<string[]> {
  const missing: string[] = []
  if (!translated.title?.trim()) missing.push('Title')
  if (!translated.mainMessage?.trim()) missing.push('Main message')
  if (!translated.summary?.trim()) missing.push('Summary')
  const sourceById = new Map(source.sections.map((section) => [section.id, section]))
  translated.sections.forEach((section, index) => {
    const original = sourceById.get(section.id)
    if (original && !hasSectionText(section, original)) missing.push(`Section ${index + 1} (${sectionHeading(original)})`)
  })
  const mediaIds = translated.sections.flatMap((section) => ('image' in section && section.image ? [relationId(section.image)] : []))
  if (mediaIds.length > 0) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      locale,
      fallbackLocale: false,
      depth: 0,
      limit: mediaIds.length,
      overrideAccess: true,
      select: { alt: true, filename: true },
    })
    for (const media of docs) if (!media.alt?.trim()) missing.push(`Alt text of the image ${media.filename ?? media.id}`)
  }
  return missing
}

/**
 * A reviewer approves one language's translation of a topic and publishes it:
 * only then does it reach patients. Refused unless every text has its
 * translation, a machine draft has had the reviewer's side-by-side review
 * (recorded with who and when), the translation's flags are fixed or
 * accepted, and the English has no unpublished changes (publishing would
 * carry them out unreviewed). Records which English each section was
 * translated from, so a later English edit takes that section out of the
 * translation until it is approved again.
 */
export async function approveTranslation({
  payload,
  user,
  topicId,
  locale,
  sideBySideReviewed,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
  /** The reviewer compared every section with the English, side by side. */
  sideBySideReviewed: boolean
}): Promise<Topic> {
  if (locale === SOURCE_LOCALE)
    throw new TranslationWorkflowError('English is the source text: it is reviewed and published as the topic itself.', 400, 'not-a-translation')
  if (!hasRole(user, 'reviewer', 'admin')) throw new TranslationWorkflowError('Only a reviewer can approve a translation.', 403, 'reviewer-only')

  const [englishDraft, englishPublished, draft] = await Promise.all([
    readTopicInLocale({ payload, user, topicId, locale: SOURCE_LOCALE, draft: true }),
    readTopicInLocale({ payload, user, topicId, locale: SOURCE_LOCALE, draft: false }),
    readTopicInLocale({ payload, user, topicId, locale, draft: true }),
  ])
  const source = sourceFingerprintsOf(englishDraft)
  if (englishPublished._status !== 'published' || JSON.stringify(source) !== JSON.stringify(sourceFingerprintsOf(englishPublished))) {
    throw new TranslationWorkflowError(
      'The English text has changes that are not published yet. Publish or undo them first, so the translation is approved against the English patients get.',
      409,
      'english-unpublished',
    )
  }
  const language = localeInfo(locale).label
  const missing = await missingTranslationText(payload, draft, englishDraft, locale)
  if (missing.length > 0) {
    throw new TranslationWorkflowError(`The ${language} translation is not complete: ${missing.join('; ')}.`, 400, 'translation-incomplete', missing)
  }
  if (draft.translation?.translatedBy === 'machine' && !sideBySideReviewed) {
    throw new TranslationWorkflowError(
      `This ${language} text is a machine draft: compare every section with the English, side by side, and confirm you did before approving it.`,
      400,
      'side-by-side-required',
    )
  }
  const flags = (draft.qualityFlags ?? []) as QualityFlagCode[]
  const accepted = new Set(draft.acknowledgedFlags ?? [])
  const open = flags.filter((code) => MUST_FIX_FLAGS.has(code) || !accepted.has(code))
  if (open.length > 0) {
    const labels = open.map((code) => QUALITY_FLAGS[code])
    throw new TranslationWorkflowError(`Fix or accept the ${language} text's flags first: ${labels.join('; ')}.`, 400, 'flags-open', labels)
  }

  const now = new Date().toISOString()
  const { id: _id, updatedAt: _updatedAt, createdAt: _createdAt, ...text } = draft
  const published = await payload.update({
    collection: 'topics',
    id: topicId,
    locale,
    draft: false,
    user,
    overrideAccess: false,
    context: { [TRANSLATION_CONTEXT]: true },
    data: {
      ...text,
      _status: 'published',
      translation: {
        ...draft.translation,
        status: 'approved',
        approvedBy: user.id,
        approvedAt: now,
        sideBySideReviewedBy: sideBySideReviewed ? user.id : (draft.translation?.sideBySideReviewedBy ?? null),
        sideBySideReviewedAt: sideBySideReviewed ? now : (draft.translation?.sideBySideReviewedAt ?? null),
        sourceFingerprints: source as unknown as Record<string, unknown>,
      },
    },
  })
  const by = draft.translation?.translatedBy === 'machine' ? 'machine draft' : draft.translation?.translatedBy === 'human' ? 'human translation' : 'translation'
  await recordAuditEvent({
    payload,
    action: 'translation.approve',
    actorId: user.id,
    target: { collection: 'topics', id: topicId },
    detail: `${locale}; ${by}${sideBySideReviewed ? '; side-by-side review recorded' : ''}`,
  })
  return published
}
