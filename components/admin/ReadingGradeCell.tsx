import type { DefaultServerCellComponentProps } from 'payload'

import { findReadingGradeFigures } from '@/lib/topics/readingGradeFigures'
import type { Topic } from '@/payload-types'

/** "Published 10.4 · Draft 3.6" in the topics list, a figure above target in red. */
export async function ReadingGradeCell({ payload, rowData }: DefaultServerCellComponentProps) {
  const row = rowData as Pick<Topic, 'id' | '_status' | 'readingGrade' | 'qualityFlags'>
  const figures = await findReadingGradeFigures({ payload, latest: row })
  return (
    <span>
      {figures.map((entry, index) => (
        <span key={entry.version}>
          {index > 0 ? ' · ' : ''}
          {entry.version} {entry.grade ?? '—'}
          {entry.aboveTarget ? <strong style={{ color: '#8a1414' }}> (above target)</strong> : null}
        </span>
      ))}
    </span>
  )
}
