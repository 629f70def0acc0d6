import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { listHtml } from '../htmlBlockParts'
import type { SectionChrome } from '../sectionChrome'
import type { CheckSectionSnapshot } from './kind'

/**
 * The questions as the patient page lists them in the handout's body; the
 * page's own "Check your understanding" part (after the sections) is where
 * the patient answers them.
 */
export function checkHtmlBlock(section: CheckSectionSnapshot, _chrome: SectionChrome): SafeHtml {
  return html`<div class="check-questions">${listHtml(
    'ol',
    section.body.questions.map((question) => question.prompt),
  )}</div>`
}
