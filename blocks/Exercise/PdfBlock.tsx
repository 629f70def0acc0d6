import { Text } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import type { ExerciseSectionSnapshot } from './kind'
import { pdfBulletList } from '../pdfBulletList'
import { pdfImage } from '../pdfImage'
import type { SectionChrome } from '../sectionChrome'

export function exercisePdfBlock(section: ExerciseSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  const { image, steps, repetitions } = section.body
  return [
    image ? pdfImage(image, null, `${key}-image`, chrome.messages) : null,
    pdfBulletList(steps, `${key}-steps`, true),
    repetitions ? (
      <Text key={`${key}-reps`} style={{ marginTop: 4, marginBottom: 8 }}>
        <Text style={{ fontWeight: 700 }}>{`${chrome.messages.exerciseHowOften} `}</Text>
        {repetitions}
      </Text>
    ) : null,
  ].filter((element) => element !== null)
}
