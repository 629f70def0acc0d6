import { describe, expect, it } from 'vitest'

import { formatReadingGradeFigures, readingGradeFigures } from './readingGradeFigures'

describe('readingGradeFigures', () => {
  it('shows the published grade and the newer draft’s grade apart, flagged', () => {
    const figures = readingGradeFigures(
      { _status: 'draft', readingGrade: 3.6, qualityFlags: [] },
      { _status: 'published', readingGrade: 10.4, qualityFlags: ['grade-above-target'] },
    )
    expect(formatReadingGradeFigures(figures)).toBe('Published 10.4 (above target) · Draft 3.6')
  })

  it('shows one figure when the latest version is the published one, or nothing was ever published', () => {
    expect(formatReadingGradeFigures(readingGradeFigures({ _status: 'published', readingGrade: 5.2, qualityFlags: [] }, null))).toBe('Published 5.2')
    expect(
      formatReadingGradeFigures(
        readingGradeFigures({ _status: 'draft', readingGrade: 9, qualityFlags: ['grade-above-target'] }, { _status: 'draft', readingGrade: 9 }),
      ),
    ).toBe('Draft 9 (above target)')
  })
})
