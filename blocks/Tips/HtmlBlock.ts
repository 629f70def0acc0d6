import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { listHtml } from '../htmlBlockParts'
import type { TipsSectionSnapshot } from './kind'

export function tipsHtmlBlock(section: TipsSectionSnapshot): SafeHtml {
  return html`<div class="tips">${section.body.do.length > 0 && html`<div><p class="tips__label">Do</p>${listHtml('ul', section.body.do)}</div>`}${
    section.body.dont.length > 0 && html`<div><p class="tips__label">Don’t</p>${listHtml('ul', section.body.dont)}</div>`
  }</div>`
}
