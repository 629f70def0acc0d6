import { instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import { splitSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot, SnapshotImage } from '@/lib/handouts/types'
import { mediaFileUrl } from '@/lib/media/mediaFileUrl'

import { html, type SafeHtml } from './html'
import { richTextHtml } from './richTextHtml'

function listHtml(tag: 'ul' | 'ol', items: string[]): SafeHtml {
  return tag === 'ul' ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<ol>${items.map((item) => html`<li>${item}</li>`)}</ol>`
}

function imageHtml(image: SnapshotImage): SafeHtml | '' {
  // Only our own media files (the snapshot reader already checks; this page must not depend on it).
  const src = mediaFileUrl(image.url)
  if (!src) return ''
  return html`<img src="${src}" alt="${image.alt}"${image.width ? html` width="${String(image.width)}"` : ''}${image.height ? html` height="${String(image.height)}"` : ''} class="block-image" loading="lazy">`
}

/** One section's body, drawn like the clinician's view (blocks/<Name>/WebBlock.tsx) but as static HTML for the CSP-locked page. */
function sectionBodyHtml(section: HandoutSectionSnapshot): SafeHtml {
  switch (section.blockType) {
    case 'tips':
      return html`<div class="tips">${section.body.do.length > 0 && html`<div><p class="tips__label">Do</p>${listHtml('ul', section.body.do)}</div>`}${
        section.body.dont.length > 0 && html`<div><p class="tips__label">Don’t</p>${listHtml('ul', section.body.dont)}</div>`
      }</div>`
    case 'exercise':
      return html`<div class="exercise">${section.body.image ? imageHtml(section.body.image) : ''}${listHtml('ol', section.body.steps)}${
        section.body.repetitions ? html`<p><strong>How often:</strong> ${section.body.repetitions}</p>` : ''
      }</div>`
    case 'warningSigns':
      return html`${section.body.intro ? html`<p>${section.body.intro}</p>` : ''}${listHtml('ul', section.body.signs)}`
    case 'media':
      return html`<figure class="block-figure">${imageHtml(section.body.image)}${section.body.caption ? html`<figcaption>${section.body.caption}</figcaption>` : ''}</figure>`
    default:
      return richTextHtml(section.body)
  }
}

/**
 * The same instructions and sections as the PDF and the clinician's view;
 * "When to get help now" comes first, before the care team's instructions, so a
 * patient in trouble sees it at once.
 */
export function handoutBodyHtml({ instructions, sections }: { instructions?: string | null; sections: HandoutSectionSnapshot[] }): SafeHtml {
  const paragraphs = instructionParagraphs(instructions)
  const { warningSigns, others } = splitSectionsForReading(sections)
  const sectionHtml = (section: HandoutSectionSnapshot) =>
    html`<section${section.blockType === 'warningSigns' ? html` class="warning-signs"` : ''} aria-labelledby="s-${section.sectionId}"><h2 id="s-${section.sectionId}">${section.heading}</h2>${sectionBodyHtml(section)}</section>`
  return html`${warningSigns.map(sectionHtml)}${
    paragraphs.length > 0 &&
    html`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">Your care team&#39;s instructions</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`
  }${others.map(sectionHtml)}`
}
