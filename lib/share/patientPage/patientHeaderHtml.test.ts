import { describe, expect, it } from 'vitest'

import { patientHeaderHtml } from './patientHeaderHtml'

describe('patientHeaderHtml', () => {
  it('shows the clinic name alone when there is no logo', () => {
    expect(patientHeaderHtml({ name: 'Smith & Co Clinic' }).value).toBe('<header class="patient-header"><p>Smith &amp; Co Clinic</p></header>')
  })

  it('shows the logo with the clinic name as its alt text, sized by attributes, and the name once for screen readers', () => {
    const header = patientHeaderHtml({ name: 'Smith & Co Clinic', logo: { src: '/api/media/file/logo-320x160.png', width: 320, height: 160 } }).value
    expect(header).toBe(
      '<header class="patient-header"><p><img class="patient-header__logo" src="/api/media/file/logo-320x160.png" alt="Smith &amp; Co Clinic" width="80" height="40"><span aria-hidden="true">Smith &amp; Co Clinic</span></p></header>',
    )
    expect(header).not.toContain('style=')
  })
})
