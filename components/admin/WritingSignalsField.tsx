import type { UIFieldServerComponent } from 'payload'

import { SOURCE_LOCALE } from '@/lib/i18n/locales'
import { DEFAULT_READING_GRADE_TARGET } from '@/lib/readability/readingGradeTarget'

import { WritingSignalsPanel } from './WritingSignalsPanel'

/**
 * Reads the clinic's reading-grade target on the server, as the signed-in
 * user, and hands it to the panel that runs in the browser: the same target
 * the save hook flags against, from the same setting.
 */
export const WritingSignalsField: UIFieldServerComponent = async ({ req }) => {
  // The word list, passive-voice and reader-address checks are English; a translation is measured on save (Quality tab).
  if (req.locale && req.locale !== SOURCE_LOCALE) {
    return (
      <p style={{ margin: '1rem 0' }}>
        Writing signals check English text. This translation is measured when it is saved: see its readability (INFLESZ) in the Quality tab.
      </p>
    )
  }
  const clinic = await req.payload.findGlobal({ slug: 'clinic', depth: 0, req, user: req.user, overrideAccess: false, select: { readingGradeTarget: true } })
  return <WritingSignalsPanel targetGrade={clinic.readingGradeTarget ?? DEFAULT_READING_GRADE_TARGET} />
}
