import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { chromeLangAttributes, listHtml } from '../htmlBlockParts'
import type { SectionChrome } from '../sectionChrome'
import type { TipsSectionSnapshot } from './kind'

export function tipsHtmlBlock(section: TipsSectionSnapshot, chrome: SectionChrome): SafeHtml {
  const label = (text: string) => html`<p class="tips__label"${chromeLangAttributes(chrome)}>${text}</p>`
  return html`<div class="tips">${section.body.do.length > 0 && html`<div>${label(chrome.messages.tipsDo)}${listHtml('ul', section.body.do)}</div>`}${
    section.body.dont.length > 0 && html`<div>${label(chrome.messages.tipsDont)}${listHtml('ul', section.body.dont)}</div>`
  }</div>`
}
