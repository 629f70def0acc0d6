import { describe, expect, it } from 'vitest'

import { safeCallbackPath } from './safeCallbackPath'

describe('safeCallbackPath', () => {
  it.each([
    ['/library/upper-back-pain-during-sleep', '/library/upper-back-pain-during-sleep'],
    ['/handouts/4?tab=share', '/handouts/4?tab=share'],
    ['https://evil.example/', '/library'],
    ['//evil.example/path', '/library'],
    ['/\\evil.example', '/library'],
    ['javascript:alert(1)', '/library'],
    ['', '/library'],
    [undefined, '/library'],
  ])('%j → %j', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected)
  })
})
