import { describe, expect, it } from 'vitest'

import { mustFixFlagsMessage, unacceptedFlagsMessage, unraisedFlagsMessage } from './publishRefusalMessage'

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

  it('names a flag accepted that the topic does not raise, in one sentence without a colon', () => {
    const one = unraisedFlagsMessage(['no-warning-signs'])
    expect(one).toBe('‘No “When to get help now” section’ is not raised by this topic, so it cannot be accepted; accept only the flags the topic shows.')
    expect(unraisedFlagsMessage(['no-sources', 'promotional'])).toMatch(
      /^‘No sources listed’ and ‘Promotional or vendor content’ are not raised by this topic, so they cannot/,
    )
    expect(one).not.toContain(':')
  })

  it('words the must-fix refusal without a colon', () => {
    expect(mustFixFlagsMessage(['untiered-warning-signs'])).not.toContain(':')
  })
})
