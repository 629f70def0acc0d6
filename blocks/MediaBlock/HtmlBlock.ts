import { html, type SafeHtml } from '@/lib/share/patientPage/html'

import { imageHtml } from '../htmlBlockParts'
import type { MediaSectionSnapshot } from './kind'

export function mediaHtmlBlock(section: MediaSectionSnapshot): SafeHtml {
  return html`<figure class="block-figure">${imageHtml(section.body.image)}${section.body.caption ? html`<figcaption>${section.body.caption}</figcaption>` : ''}</figure>`
}
