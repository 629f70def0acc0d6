import { describe, expect, it } from 'vitest'

import { richTextHtml } from './richTextHtml'
import { hostileRichText, OUTSIDE_HOSTS } from '../../../tests/support/hostileRichText'

describe('richTextHtml (patient page)', () => {
  const output = richTextHtml(hostileRichText).value

  it('draws no script or data link, no link or image to another host, and no markup from stored strings', () => {
    expect(output).not.toMatch(/javascript:|data:|\sonerror=|\sonclick="|\sonload=|<iframe|<script|<b /i)
    for (const host of OUTSIDE_HOSTS) expect(output).not.toContain(host)
    expect(output).not.toContain('unknown node')
  })

  it('still draws what the editor produces: web and phone links, an image from our media, the text of everything else', () => {
    expect(output).toContain('<a href="https://www.nhs.uk/conditions/back-pain/"')
    expect(output).toContain('<a href="tel:+15550100100"')
    expect(output).toMatch(/<img[^>]*src="\/api\/media\/file\/spine\.png"/)
    expect(output.match(/<img/g)).toHaveLength(1)
    expect(output).toContain('Script link')
    expect(output).toContain('&lt;b onclick=&quot;alert(4)&quot;&gt;Raw markup&lt;/b&gt;')
    expect(output).toContain('<h2>Crafted heading</h2>')
  })
})
