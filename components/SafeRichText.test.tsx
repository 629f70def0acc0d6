import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { SafeRichText } from './SafeRichText'
import { hostileRichText, OUTSIDE_HOSTS } from '../tests/support/hostileRichText'

describe('SafeRichText (clinician view)', () => {
  const output = renderToStaticMarkup(<SafeRichText data={hostileRichText} />)

  it('draws no script or data link, no link or image to another host, and no markup from stored strings', () => {
    expect(output).not.toMatch(/javascript:|data:|\sonerror=|\sonclick="|\sonload=|<iframe|<script|<b /i)
    for (const host of OUTSIDE_HOSTS) expect(output).not.toContain(host)
  })

  it('still draws web and phone links, an image from our media, and the text of everything else', () => {
    expect(output).toContain('href="https://www.nhs.uk/conditions/back-pain/"')
    expect(output).toContain('href="tel:+15550100100"')
    expect(output).toMatch(/<img[^>]*src="\/api\/media\/file\/spine\.png"/)
    expect(output).toContain('Script link')
    expect(output).toContain('Raw markup')
  })
})
