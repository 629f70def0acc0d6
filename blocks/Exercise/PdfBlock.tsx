import { Text } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import type { ExerciseSectionSnapshot } from './kind'
import { pdfBulletList } from '../pdfBulletList'
import { pdfImage } from '../pdfImage'

export function exercisePdfBlock(section: ExerciseSectionSnapshot, key: string): ReactNode[] {
  const { image, steps, repetitions } = section.body
  return [
    image ? pdfImage(image, null, `${key}-image`) : null,
    pdfBulletList(steps, `${key}-steps`, true),
    repetitions ? (
      <Text key={`${key}-reps`} style={{ marginTop: 4, marginBottom: 8 }}>
        <Text style={{ fontWeight: 700 }}>How often: </Text>
        {repetitions}
      </Text>
    ) : null,
  ].filter((element) => element !== null)
}
