import { isUrgentSection } from '@/blocks'
import { sectionChrome } from '@/blocks/sectionChrome'
import { sectionBodyHtml } from '@/blocks/webRenderers'
import { instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import type { TopicMainMessage } from '@/lib/handouts/mainMessages'
import { splitSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { otherSectionLocale } from '@/lib/i18n/otherSectionLocale'
import { languageName, type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'

import { html, type SafeHtml } from './html'

/** Each topic's main message with its summary, in a box (see components/MainMessageBox). */
function mainMessageHtml(messages: readonly TopicMainMessage[], words: PatientMessages): SafeHtml {
  if (messages.length === 0) return html``
  const namesTopics = messages.length > 1
  return html`<section class="main-message" aria-labelledby="main-message-heading"><h2 id="main-message-heading">${words.mainMessageHeading}</h2>${messages.map(
    (message) =>
      html`<div class="main-message__topic">${namesTopics && message.topicTitle ? html`<p class="main-message__title">${message.topicTitle}</p>` : ''}<p class="main-message__text">${message.mainMessage}</p>${
        message.summary ? html`<p class="main-message__summary">${message.summary}</p>` : ''
      }</div>`,
  )}</section>`
}

/**
 * One section. A section whose text is in another language than the handout
 * (a part the clinic gave in English in a Spanish handout) opens with a note in
 * the handout's language, and its heading and text carry their own `lang`, so a
 * screen reader reads them in that language's voice and the note in the page's.
 */
function sectionHtml(section: HandoutSectionSnapshot, locale: Locale): SafeHtml {
  const urgentClass = isUrgentSection(section) ? html` class="warning-signs"` : ''
  const headingId = `s-${section.sectionId}`
  const chrome = sectionChrome(section, locale)
  const other = otherSectionLocale(section, locale)
  if (!other) {
    return html`<section${urgentClass} aria-labelledby="${headingId}"><h2 id="${headingId}">${section.heading}</h2>${sectionBodyHtml(section, chrome)}</section>`
  }
  const noteId = `${headingId}-language`
  const content = localeInfo(other)
  return html`<section${urgentClass} aria-labelledby="${headingId}" aria-describedby="${noteId}"><p id="${noteId}" class="language-note">${chrome.messages.sectionInOtherLanguage(
    languageName(other, locale),
  )}</p><div lang="${content.tag}" dir="${content.direction}"><h2 id="${headingId}">${section.heading}</h2>${sectionBodyHtml(section, chrome)}</div></section>`
}

/**
 * The same main message, instructions and sections as the PDF and the
 * clinician's view. The main message comes first; then "When to get help
 * now", before the care team's instructions, so a patient in trouble sees it
 * at once. Headings and labels in the handout's language (`locale`).
 */
export function handoutBodyHtml({
  instructions,
  sections,
  mainMessages = [],
  locale,
}: {
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  mainMessages?: readonly TopicMainMessage[]
  locale: Locale
}): SafeHtml {
  const words = patientMessages(locale)
  const paragraphs = instructionParagraphs(instructions)
  const { warningSigns, others } = splitSectionsForReading(sections)
  const render = (section: HandoutSectionSnapshot) => sectionHtml(section, locale)
  return html`${mainMessageHtml(mainMessages, words)}${warningSigns.map(render)}${
    paragraphs.length > 0 &&
    html`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">${words.instructionsHeading}</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`
  }${others.map(render)}`
}
