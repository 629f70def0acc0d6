import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'

import { missingTranslationText } from './approveTranslation'
import { readTopicInLocale } from './readTopicInLocale'
import { TRANSLATION_CONTEXT } from './translationStatus'
import { TranslationWorkflowError } from './translationWorkflowError'

/**
 * An editor hands a finished translation draft to the reviewers ("In
 * review"). Refused while any text still lacks its translation, so a
 * reviewer's queue holds only what can be approved.
 */
export async function submitTranslationForReview({
  payload,
  user,
  topicId,
  locale,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
}): Promise<void> {
  if (locale === SOURCE_LOCALE) throw new TranslationWorkflowError('English is the source text: submit the topic itself for review.', 400, 'not-a-translation')
  if (!hasRole(user, 'admin', 'editor', 'reviewer'))
    throw new TranslationWorkflowError('Only content staff can submit a translation.', 403, 'content-staff-only')
  const read = (language: Locale) => readTopicInLocale({ payload, user, topicId, locale: language, draft: true })
  const [draft, source] = await Promise.all([read(locale), read(SOURCE_LOCALE)])
  const missing = await missingTranslationText(payload, draft, source, locale)
  if (missing.length > 0) {
    throw new TranslationWorkflowError(`Translate everything before submitting: ${missing.join('; ')}.`, 400, 'translation-incomplete', missing)
  }
  await payload.update({
    collection: 'topics',
    id: topicId,
    locale,
    draft: true,
    user,
    overrideAccess: false,
    context: { [TRANSLATION_CONTEXT]: true },
    data: { _status: 'draft', translation: { ...draft.translation, status: 'in-review' } },
  })
  await recordAuditEvent({ payload, action: 'translation.submit-review', actorId: user.id, target: { collection: 'topics', id: topicId }, detail: locale })
}
