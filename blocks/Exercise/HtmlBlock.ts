import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { imageHtml, listHtml } from '../htmlBlockParts'
import type { ExerciseSectionSnapshot } from './kind'

export function exerciseHtmlBlock(section: ExerciseSectionSnapshot): SafeHtml {
  return html`<div class="exercise">${section.body.image ? imageHtml(section.body.image) : ''}${listHtml('ol', section.body.steps)}${
    section.body.repetitions ? html`<p><strong>How often:</strong> ${section.body.repetitions}</p>` : ''
  }</div>`
}
