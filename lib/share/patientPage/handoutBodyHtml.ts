import { isUrgentSection } from '@/blocks'
import { sectionBodyHtml } from '@/blocks/webRenderers'
import { instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import { MAIN_MESSAGE_HEADING, type TopicMainMessage } from '@/lib/handouts/mainMessages'
import { splitSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { html, type SafeHtml } from './html'

/** Each topic's main message with its summary, in a box (see components/MainMessageBox). */
function mainMessageHtml(messages: readonly TopicMainMessage[]): SafeHtml {
  if (messages.length === 0) return html``
  const namesTopics = messages.length > 1
  return html`<section class="main-message" aria-labelledby="main-message-heading"><h2 id="main-message-heading">${MAIN_MESSAGE_HEADING}</h2>${messages.map(
    (message) =>
      html`<div class="main-message__topic">${namesTopics && message.topicTitle ? html`<p class="main-message__title">${message.topicTitle}</p>` : ''}<p class="main-message__text">${message.mainMessage}</p>${
        message.summary ? html`<p class="main-message__summary">${message.summary}</p>` : ''
      }</div>`,
  )}</section>`
}

/**
 * The same main message, instructions and sections as the PDF and the
 * clinician's view. The main message comes first; then "When to get help
 * now", before the care team's instructions, so a patient in trouble sees it
 * at once.
 */
export function handoutBodyHtml({
  instructions,
  sections,
  mainMessages = [],
}: {
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  mainMessages?: readonly TopicMainMessage[]
}): SafeHtml {
  const paragraphs = instructionParagraphs(instructions)
  const { warningSigns, others } = splitSectionsForReading(sections)
  const sectionHtml = (section: HandoutSectionSnapshot) =>
    html`<section${isUrgentSection(section) ? html` class="warning-signs"` : ''} aria-labelledby="s-${section.sectionId}"><h2 id="s-${section.sectionId}">${section.heading}</h2>${sectionBodyHtml(section)}</section>`
  return html`${mainMessageHtml(mainMessages)}${warningSigns.map(sectionHtml)}${
    paragraphs.length > 0 &&
    html`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">Your care team&#39;s instructions</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`
  }${others.map(sectionHtml)}`
}
