import { describe, expect, it } from 'vitest'

import { leavesOutWarningSigns } from './leavesOutWarningSigns'

const backPain = {
  id: 1,
  sections: [
    { id: 'posture', urgent: false },
    { id: 'help', urgent: true },
  ],
}
const knee = { id: 2, sections: [{ id: 'ex', urgent: false }] }

describe('leavesOutWarningSigns', () => {
  it('is true when a topic with warning signs is used but none of its warning signs is chosen', () => {
    expect(leavesOutWarningSigns([backPain, knee], [{ topicId: 1, sectionId: 'posture' }])).toBe(true)
  })

  it('is false once any warning-sign section is chosen', () => {
    expect(
      leavesOutWarningSigns(
        [backPain, knee],
        [
          { topicId: 2, sectionId: 'ex' },
          { topicId: 1, sectionId: 'help' },
        ],
      ),
    ).toBe(false)
  })

  it('asks nothing when the topics used have no warning signs, or nothing is chosen yet', () => {
    // The back pain topic is loaded in the builder but none of its sections is used.
    expect(leavesOutWarningSigns([backPain, knee], [{ topicId: 2, sectionId: 'ex' }])).toBe(false)
    expect(leavesOutWarningSigns([backPain], [])).toBe(false)
  })
})
