import { describe, expect, it } from 'vitest'

import { renderHandoutPdf } from '@/lib/pdf/renderHandoutPdf'
import { extractPdfText } from '@/tests/support/extractPdfText'
import { handoutFixture, longHandoutFixture } from '@/tests/support/handoutFixtures'

describe('the printout for one share link', () => {
  // The QR code itself is drawn for every PDF with a share URL (see lib/pdf/handoutChrome.test.ts).
  it('prints the link and its access code', async () => {
    const shareUrl = `https://careleaf.example/p/${'Q'.repeat(43)}`
    const withCode = await renderHandoutPdf(handoutFixture({ shareUrl, shareAccess: { accessCode: '042917' } }))
    const plain = await renderHandoutPdf(handoutFixture({ shareUrl }))
    const text = (await extractPdfText(withCode)).text.replace(/\s+/g, ' ')
    expect(text).toContain('Access code: 042917')
    expect(text.replace(/\s/g, '')).toContain(shareUrl)
    expect((await extractPdfText(plain)).text).not.toContain('Access code')
  }, 30_000)

  it('prints the link and its access code on page 1 of a long handout, where the patient finds them', async () => {
    const shareUrl = `https://careleaf.example/p/${'Q'.repeat(43)}`
    const pdf = await extractPdfText(await renderHandoutPdf({ ...longHandoutFixture(30), shareUrl, shareAccess: { accessCode: '042917' } }))
    expect(pdf.numPages).toBeGreaterThan(2)
    expect(pdf.pages[0]!.replace(/\s+/g, ' ')).toContain('Access code: 042917')
    expect(pdf.pages[0]!.replace(/\s/g, '')).toContain(shareUrl)
    expect(pdf.pages.slice(1).join(' ')).not.toContain('Access code')
  }, 30_000)

  it('tells a birth-year patient what they will be asked', async () => {
    const shareUrl = `https://careleaf.example/p/${'Q'.repeat(43)}`
    const text = (await extractPdfText(await renderHandoutPdf(handoutFixture({ shareUrl, shareAccess: { asksBirthYear: true } })))).text.replace(/\s+/g, ' ')
    expect(text).toContain('You will be asked for your year of birth.')
  }, 30_000)
})
