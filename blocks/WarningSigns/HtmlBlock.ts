import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { listHtml } from '../htmlBlockParts'
import type { WarningSignsSectionSnapshot } from './kind'

export function warningSignsHtmlBlock(section: WarningSignsSectionSnapshot): SafeHtml {
  return html`${section.body.intro ? html`<p>${section.body.intro}</p>` : ''}${listHtml('ul', section.body.signs)}`
}
