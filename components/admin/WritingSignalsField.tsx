import type { UIFieldServerComponent } from 'payload'

import { DEFAULT_READING_GRADE_TARGET } from '@/lib/readability/readingGradeTarget'

import { WritingSignalsPanel } from './WritingSignalsPanel'

/**
 * Reads the clinic's reading-grade target on the server, as the signed-in
 * user, and hands it to the panel that runs in the browser: the same target
 * the save hook flags against, from the same setting.
 */
export const WritingSignalsField: UIFieldServerComponent = async ({ req }) => {
  const clinic = await req.payload.findGlobal({ slug: 'clinic', depth: 0, req, user: req.user, overrideAccess: false, select: { readingGradeTarget: true } })
  return <WritingSignalsPanel targetGrade={clinic.readingGradeTarget ?? DEFAULT_READING_GRADE_TARGET} />
}
