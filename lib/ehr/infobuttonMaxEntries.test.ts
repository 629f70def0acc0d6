import { describe, expect, it } from 'vitest'

import { DEFAULT_INFOBUTTON_MAX_ENTRIES, infobuttonMaxEntries } from './infobuttonMaxEntries'

describe('infobuttonMaxEntries', () => {
  it('is 3 by default, as MedlinePlus Connect, and what the clinic sets otherwise', () => {
    expect(DEFAULT_INFOBUTTON_MAX_ENTRIES).toBe(3)
    expect(infobuttonMaxEntries({})).toBe(3)
    expect(infobuttonMaxEntries({ CARELEAF_INFOBUTTON_MAX_ENTRIES: '5' })).toBe(5)
  })

  it('names the variable when its value is unusable', () => {
    for (const value of ['0', '21', '2.5', 'three']) {
      expect(() => infobuttonMaxEntries({ CARELEAF_INFOBUTTON_MAX_ENTRIES: value })).toThrow(/CARELEAF_INFOBUTTON_MAX_ENTRIES/)
    }
  })
})
