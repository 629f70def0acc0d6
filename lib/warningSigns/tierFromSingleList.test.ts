import { describe, expect, it } from 'vitest'

import { tierFromSingleList } from './tierFromSingleList'

describe('tierFromSingleList (the warning-signs migration rule)', () => {
  it('leaves the seeded list for a reviewer: its 911 intro covers a fever and weight loss', () => {
    expect(
      tierFromSingleList('Call 911 or go to the emergency room if you have upper back pain and:', [
        'Chest pain, or pain that spreads to your arm, jaw or belly',
        'A fever, or you feel hot and shivery',
        'You are losing weight and do not know why',
      ]),
    ).toBeNull()
  })

  it('tiers a 911 list of emergencies only as 911', () => {
    expect(tierFromSingleList('Call 911 if you have:', ['Chest pain', 'Shortness of breath', 'You cannot control when you pee or poop'])).toBe('emergency')
  })

  it('tiers a "call us" list with no emergency as today, and not one with an emergency in it', () => {
    expect(tierFromSingleList('Call your doctor if you have:', ['A fever', 'Pain that gets worse'])).toBe('today')
    expect(tierFromSingleList('Call your doctor if you have:', ['A fever', 'New weakness in your legs'])).toBeNull()
  })

  it('does not guess without an intro that names an action, or without signs', () => {
    expect(tierFromSingleList(null, ['Chest pain'])).toBeNull()
    expect(tierFromSingleList('Watch for these:', ['Chest pain'])).toBeNull()
    expect(tierFromSingleList('Call 911 if you have:', [])).toBeNull()
  })
})
