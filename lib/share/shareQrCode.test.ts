import { describe, expect, it } from 'vitest'

import { shareQrCode } from './shareQrCode'

describe('shareQrCode', () => {
  it('draws a square code with its quiet zone and finder patterns, locally', () => {
    const qr = shareQrCode(`https://careleaf.example/p/${'A'.repeat(43)}`)
    // A 70-character URL at level M needs version 4 (33 modules) or 5 (37); plus 4 modules of margin each side.
    expect([41, 45]).toContain(qr.size)
    // Top-left finder pattern: its first row is 7 dark modules starting at the quiet zone.
    for (let col = 4; col < 11; col += 1) expect(qr.path).toContain(`M${col} 4h1v1h-1z`)
    expect(qr.path).not.toContain('M3 ')
  })
  it('differs for different links', () => {
    expect(shareQrCode('https://a.example/p/1').path).not.toBe(shareQrCode('https://a.example/p/2').path)
  })
})
