import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Locale } from '@/lib/i18n/locales'
import type { Topic } from '@/payload-types'

/**
 * One language of a topic as stored, with no fallback to English: an
 * untranslated field reads as missing, never as the source text. Read as the
 * user, so access rules apply; `draft` reads the latest draft, otherwise the
 * published version.
 */
export function readTopicInLocale({
  payload,
  user,
  topicId,
  locale,
  draft,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
  draft: boolean
}): Promise<Topic> {
  return payload.findByID({ collection: 'topics', id: topicId, locale, fallbackLocale: false, draft, depth: 0, user, overrideAccess: false })
}
