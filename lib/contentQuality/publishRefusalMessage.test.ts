import { describe, expect, it } from 'vitest'

import { mustFixFlagsMessage, unacceptedFlagsMessage } from './publishRefusalMessage'

describe('publish refusal messages', () => {
  it('counts one open flag as one and names it, in one sentence the admin toast will not split', () => {
    const message = unacceptedFlagsMessage(['grade-above-target'])
    expect(message).toBe(
      'One quality flag is not accepted yet (‘Reading grade above target’), so fix it or tick it under “Reviewer accepts these flags” and publish again.',
    )
    // Payload's toast turns "intro: a, b, c" into "intro (3):" and three bullets.
    expect(message).not.toContain(':')
  })

  it('counts and lists several open flags', () => {
    const message = unacceptedFlagsMessage(['no-sources', 'grade-above-target', 'promotional'])
    expect(message).toMatch(/^3 quality flags are not accepted yet \(‘No sources listed’, ‘Reading grade above target’ and ‘Promotional or vendor content’\)/)
    expect(message).not.toContain(':')
  })

  it('words the must-fix refusal without a colon', () => {
    expect(mustFixFlagsMessage(['untiered-warning-signs'])).not.toContain(':')
  })
})
