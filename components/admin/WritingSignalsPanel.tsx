'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { analyzeSectionWriting, type SectionWritingSignals } from '@/lib/plainLanguage/analyzeSectionWriting'
import { sectionsFromFormState } from '@/lib/plainLanguage/sectionsFromFormState'

import { WritingSignalsList } from './WritingSignalsList'

/** Long enough that a burst of typing is computed once, short enough to feel live. */
export const WRITING_SIGNALS_DEBOUNCE_MS = 400

/**
 * Per-section reading grade, passive sentences, "you" share and medical terms,
 * computed in the browser from the form as the editor types, so a hard
 * section is flagged before saving and cannot hide behind the topic's average.
 * The target is the clinic's, read on the server by WritingSignalsField.
 */
export function WritingSignalsPanel({ targetGrade }: { targetGrade: number }) {
  const [fields] = useAllFormFields()
  const [signals, setSignals] = useState<SectionWritingSignals[] | null>(null)

  useEffect(() => {
    const timer = setTimeout(() => setSignals(analyzeSectionWriting({ sections: sectionsFromFormState(fields), targetGrade })), WRITING_SIGNALS_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [fields, targetGrade])

  return <WritingSignalsList sections={signals} targetGrade={targetGrade} />
}
