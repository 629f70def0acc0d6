import { isUrgentSection } from '@/blocks'
import { sectionBodyHtml } from '@/blocks/webRenderers'
import { instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import { splitSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { html, type SafeHtml } from './html'

/**
 * The same instructions and sections as the PDF and the clinician's view;
 * "When to get help now" comes first, before the care team's instructions, so a
 * patient in trouble sees it at once.
 */
export function handoutBodyHtml({ instructions, sections }: { instructions?: string | null; sections: HandoutSectionSnapshot[] }): SafeHtml {
  const paragraphs = instructionParagraphs(instructions)
  const { warningSigns, others } = splitSectionsForReading(sections)
  const sectionHtml = (section: HandoutSectionSnapshot) =>
    html`<section${isUrgentSection(section) ? html` class="warning-signs"` : ''} aria-labelledby="s-${section.sectionId}"><h2 id="s-${section.sectionId}">${section.heading}</h2>${sectionBodyHtml(section)}</section>`
  return html`${warningSigns.map(sectionHtml)}${
    paragraphs.length > 0 &&
    html`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">Your care team&#39;s instructions</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`
  }${others.map(sectionHtml)}`
}
