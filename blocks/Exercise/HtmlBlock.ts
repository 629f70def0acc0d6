import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { chromeLangAttributes, imageHtml, listHtml } from '../htmlBlockParts'
import type { SectionChrome } from '../sectionChrome'
import type { ExerciseSectionSnapshot } from './kind'

export function exerciseHtmlBlock(section: ExerciseSectionSnapshot, chrome: SectionChrome): SafeHtml {
  return html`<div class="exercise">${section.body.image ? imageHtml(section.body.image) : ''}${listHtml('ol', section.body.steps)}${
    section.body.repetitions ? html`<p><strong${chromeLangAttributes(chrome)}>${chrome.messages.exerciseHowOften}</strong> ${section.body.repetitions}</p>` : ''
  }</div>`
}
