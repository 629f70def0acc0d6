import { describe, expect, it } from 'vitest'

import { measureReaderAddress } from './measureReaderAddress'

describe('measureReaderAddress', () => {
  it('counts the sentences that say "you" or "your" in any form', () => {
    const result = measureReaderAddress([
      'Sleep on your back. Many people have back pain.',
      'You’re not alone. If you’ll be away, tell us. Pain often eases. Look after yourself.',
    ])
    expect(result).toEqual({ sentences: 6, addressingReader: 4, share: 4 / 6 })
  })

  it('does not count words that merely contain "you"', () => {
    expect(measureReaderAddress(['Youth sports can strain muscles. The bayou is calm.'])).toEqual({ sentences: 2, addressingReader: 0, share: 0 })
  })

  it('has no share for a section without sentences', () => {
    expect(measureReaderAddress([])).toEqual({ sentences: 0, addressingReader: 0, share: null })
    expect(measureReaderAddress(['  ', '—'])).toEqual({ sentences: 0, addressingReader: 0, share: null })
  })
})
