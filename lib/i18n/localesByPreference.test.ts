import { describe, expect, it } from 'vitest'

import { localesByPreference } from './localesByPreference'

describe('localesByPreference', () => {
  it.each([
    [null, ['en', 'es']],
    ['', ['en', 'es']],
    ['es-US,es;q=0.9,en;q=0.8', ['es', 'en']],
    ['es-MX', ['es', 'en']],
    ['en-GB,en;q=0.9', ['en', 'es']],
    // Quality first, then the order given.
    ['en;q=0.5, es;q=0.8', ['es', 'en']],
    ['fr-CA, es;q=0.7', ['es', 'en']],
    // A language the reader refuses (q=0) is not moved forward; every locale is still there.
    ['es;q=0, en', ['en', 'es']],
    ['*', ['en', 'es']],
    ['not a header;;;', ['en', 'es']],
  ])('%j → %j', (header, expected) => {
    expect(localesByPreference(header)).toEqual(expected)
  })
})
