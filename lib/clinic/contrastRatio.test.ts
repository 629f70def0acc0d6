import { describe, expect, it } from 'vitest'

import { contrastRatio, relativeLuminance, validateAccentColor } from './contrastRatio'

describe('contrastRatio (WCAG 2.2)', () => {
  it('gives 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#0b5450', '#0b5450')).toBe(1)
  })

  it('matches published reference values', () => {
    // WebAIM's contrast checker: #767676 on white is 4.54:1, the lightest grey that passes AA.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
    expect(relativeLuminance('#ffffff')).toBe(1)
    expect(relativeLuminance('#000000')).toBe(0)
  })

  it('accepts the default teal and refuses the pale yellow an admin once saved', () => {
    expect(validateAccentColor('#0b5450')).toBe(true)
    expect(validateAccentColor('#FFFF66')).toMatch(/^#FFFF66 is too light for text on white \(contrast 1 to 1; at least 4.5 to 1 is needed\)/)
    expect(validateAccentColor('#ffff6')).toBe('Use a six-digit hex colour such as #0b5450.')
    expect(validateAccentColor('')).toBe(true)
    expect(validateAccentColor(null)).toBe(true)
  })
})
