import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { listHtml } from '../htmlBlockParts'
import type { ActionPlanSectionSnapshot } from './kind'

/** On the phone a plan reads as lists under "when" headings; the check boxes are for paper. All of it is the topic's text: no chrome. */
export function actionPlanHtmlBlock(section: ActionPlanSectionSnapshot): SafeHtml {
  return html`<div class="action-plan">${section.body.moments.map((moment) => html`<h3>${moment.when}</h3>${listHtml('ul', moment.actions)}`)}</div>`
}
