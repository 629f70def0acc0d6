import { describe, expect, it } from 'vitest'

import { renderHandoutPdf } from '@/lib/pdf/renderHandoutPdf'
import { extractPdfText } from '@/tests/support/extractPdfText'
import { handoutFixture } from '@/tests/support/handoutFixtures'

import { shareQrCode } from './shareQrCode'

describe('the printout for one share link', () => {
  it('prints the link, its access code and a QR code', async () => {
    const shareUrl = `https://careleaf.example/p/${'Q'.repeat(43)}`
    const withCode = await renderHandoutPdf(handoutFixture({ shareUrl, shareQr: shareQrCode(shareUrl), shareAccess: { accessCode: '042917' } }))
    const plain = await renderHandoutPdf(handoutFixture({ shareUrl }))
    const text = (await extractPdfText(withCode)).text.replace(/\s+/g, ' ')
    expect(text).toContain('Access code: 042917')
    expect(text.replace(/\s/g, '')).toContain(shareUrl)
    expect((await extractPdfText(plain)).text).not.toContain('Access code')
    // The QR code is drawn as vector paths: the page grows by their drawing operators.
    expect(withCode.byteLength).toBeGreaterThan(plain.byteLength + 500)
  }, 30_000)

  it('tells a birth-year patient what they will be asked', async () => {
    const shareUrl = `https://careleaf.example/p/${'Q'.repeat(43)}`
    const text = (await extractPdfText(await renderHandoutPdf(handoutFixture({ shareUrl, shareAccess: { asksBirthYear: true } })))).text.replace(/\s+/g, ' ')
    expect(text).toContain('You will be asked for your year of birth.')
  }, 30_000)
})
