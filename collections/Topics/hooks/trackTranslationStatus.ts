import type { CollectionBeforeChangeHook } from 'payload'

import { localeOf, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { sourceFingerprintsOf } from '@/lib/translation/sourceFingerprints'
import { TRANSLATION_CONTEXT } from '@/lib/translation/translationStatus'
import type { Topic } from '@/payload-types'

/**
 * Editing a translation's text makes it a draft again, whatever it was
 * (approved, in review): the changed words have not been reviewed. The
 * published, approved version keeps reaching patients until a reviewer
 * approves the new one. The workflow's own saves (lib/translation) set the
 * status themselves.
 */
export const trackTranslationStatus: CollectionBeforeChangeHook<Topic> = ({ data, originalDoc, req }) => {
  const locale = localeOf(req.locale)
  if (locale === SOURCE_LOCALE || req.context?.[TRANSLATION_CONTEXT] === true) return data
  const before = originalDoc ? JSON.stringify(sourceFingerprintsOf(originalDoc)) : null
  const after = JSON.stringify(sourceFingerprintsOf({ ...originalDoc, ...data } as Topic))
  if (before === after) return data
  data.translation = { ...originalDoc?.translation, ...data.translation, status: 'draft' }
  return data
}
