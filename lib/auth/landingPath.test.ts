import { describe, expect, it } from 'vitest'

import { landingPathFor } from './landingPath'

describe('landingPathFor', () => {
  it.each([
    [['clinician'], '/library'],
    [['editor'], '/admin'],
    [['reviewer'], '/admin'],
    [['editor', 'reviewer'], '/admin'],
    // A clinician who also edits content sees patients first.
    [['clinician', 'editor'], '/library'],
    [['admin'], null],
    [['admin', 'clinician'], null],
    [[], '/library'],
  ] as const)('%j → %j', (roles, expected) => {
    expect(landingPathFor({ roles: [...roles] })).toBe(expected)
  })
})
