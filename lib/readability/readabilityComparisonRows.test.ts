import { describe, expect, it } from 'vitest'

import { readabilityComparisonRows } from './readabilityComparisonRows'

describe('readabilityComparisonRows', () => {
  it('lines up the topic and section figures of two versions, sections matched by heading', () => {
    const published = { fleschKincaidGrade: 10.4, smogIndex: 13, sections: [{ heading: 'Overview', fleschKincaidGrade: 12.1 }] }
    const draft = {
      fleschKincaidGrade: 3.6,
      smogIndex: 6.9,
      sections: [
        { heading: 'Overview', fleschKincaidGrade: 4 },
        { heading: 'Tips', fleschKincaidGrade: 2.5 },
      ],
    }
    expect(readabilityComparisonRows(published, draft)).toEqual([
      { label: 'Reading grade (Flesch-Kincaid)', from: 10.4, to: 3.6 },
      { label: 'SMOG index', from: 13, to: 6.9 },
      { label: 'Section “Overview”: grade', from: 12.1, to: 4 },
      { label: 'Section “Tips”: grade', from: null, to: 2.5 },
    ])
  })

  it('copes with a version saved before readability was computed', () => {
    expect(readabilityComparisonRows(null, { fleschKincaidGrade: 5 })[0]).toEqual({ label: 'Reading grade (Flesch-Kincaid)', from: null, to: 5 })
  })
})
