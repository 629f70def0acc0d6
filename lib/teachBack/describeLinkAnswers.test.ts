import { describe, expect, it } from 'vitest'

import { describeLinkAnswers } from './describeLinkAnswers'

const day = (iso: string) => iso.slice(0, 10)

describe('describeLinkAnswers', () => {
  it('says "not yet answered" before the patient answers, and when the handout asks nothing, says so', () => {
    expect(describeLinkAnswers({ answeredAt: null, right: 0, answered: 0, asked: 3, sectionsToReteach: [] }, day)).toEqual({
      status: 'Not yet answered',
      score: null,
      reteach: [],
    })
    expect(describeLinkAnswers({ answeredAt: null, right: 0, answered: 0, asked: 0, sectionsToReteach: [] }, day).status).toBe('No questions in this handout')
  })

  it('gives the date, the score over the questions asked, the unanswered ones and the sections to re-teach', () => {
    const described = describeLinkAnswers(
      { answeredAt: '2026-11-30T10:00:00.000Z', right: 1, answered: 2, asked: 3, sectionsToReteach: [{ sectionId: 'w', heading: 'When to get help now' }] },
      day,
    )
    expect(described).toEqual({ status: 'Answered on 2026-11-30', score: '1 of 3 right (1 not answered)', reteach: ['When to get help now'] })
    expect(describeLinkAnswers({ answeredAt: '2026-11-30T10:00:00.000Z', right: 3, answered: 3, asked: 3, sectionsToReteach: [] }, day).score).toBe(
      '3 of 3 right',
    )
  })
})
