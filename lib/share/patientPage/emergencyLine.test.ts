import { describe, expect, it } from 'vitest'

import { EMERGENCY_NUMBER } from '@/lib/clinic/emergencyNumber'
import { patientMessages } from '@/lib/i18n/patientMessages'

import { emergencyLineHtml, linkEmergencyNumber } from './emergencyLine'
import { html } from './html'

const linked = (text: string) => linkEmergencyNumber(html`<p>${text}</p>`).value

describe('the emergency number on patient pages', () => {
  it('is one constant, and the emergency line taps through to it', () => {
    expect(EMERGENCY_NUMBER).toBe('911')
    expect(emergencyLineHtml(patientMessages('en')).value).toContain('<a href="tel:911">call 911</a>')
  })

  it('makes "Call 911" in any text a tel: link, the instruction included in the tap target', () => {
    expect(linked('Call 911 or go to the emergency room if you have:')).toBe('<p><a href="tel:911">Call 911</a> or go to the emergency room if you have:</p>')
    expect(linked('If it gets worse, dial 911.')).toBe('<p>If it gets worse, <a href="tel:911">dial 911</a>.</p>')
    expect(linked('Emergency: 911')).toBe('<p>Emergency: <a href="tel:911">911</a></p>')
  })

  it('takes the Spanish instruction into the tap target too, on any page', () => {
    expect(linked('Llame al 911 si tiene dolor de pecho.')).toBe('<p><a href="tel:911">Llame al 911</a> si tiene dolor de pecho.</p>')
    expect(linked('Si empeora, marque el 911.')).toBe('<p>Si empeora, <a href="tel:911">marque el 911</a>.</p>')
    expect(emergencyLineHtml(patientMessages('es')).value).toBe(
      '<p class="emergency-line">Si tiene una emergencia médica, <a href="tel:911">llame al 911</a>.</p>',
    )
  })

  it('leaves other numbers that contain 911, and text that is already a link, alone', () => {
    for (const text of ['Call (555) 911-0100', 'Call 555 911 0100', 'Room 9110', 'Ref 911/2', '+1911', 'version 1.911'])
      expect(linked(text)).toBe(`<p>${text.replace(/&/g, '&amp;')}</p>`)
    const link = '<p><a href="tel:911">Call 911</a></p>'
    expect(linkEmergencyNumber(html`<p><a href="tel:911">Call 911</a></p>`).value).toBe(link)
  })

  it('never touches an attribute, and keeps text escaped', () => {
    const page = linkEmergencyNumber(html`<section aria-labelledby="s-911"><h2 id="s-911">Call 911 &lt;now&gt;</h2><p>${'<b>911</b>'}</p></section>`).value
    expect(page).toBe(
      '<section aria-labelledby="s-911"><h2 id="s-911"><a href="tel:911">Call 911</a> &lt;now&gt;</h2><p>&lt;b&gt;<a href="tel:911">911</a>&lt;/b&gt;</p></section>',
    )
  })
})
