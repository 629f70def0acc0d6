import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { escapeHtml, html, type SafeHtml, trustedHtml } from './html'

// Lexical's text format bit flags (lexical/LexicalConstants).
const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

/**
 * Payload's default text converter draws underline and strike-through with
 * style="" attributes, which the patient page's CSP blocks; plain elements
 * mean the same and need no inline style.
 */
const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  text: ({ node }) => {
    let text = escapeHtml(node.text)
    if (node.format & FORMAT.bold) text = `<strong>${text}</strong>`
    if (node.format & FORMAT.italic) text = `<em>${text}</em>`
    if (node.format & FORMAT.strikethrough) text = `<s>${text}</s>`
    if (node.format & FORMAT.underline) text = `<u>${text}</u>`
    if (node.format & FORMAT.code) text = `<code>${text}</code>`
    if (node.format & FORMAT.subscript) text = `<sub>${text}</sub>`
    if (node.format & FORMAT.superscript) text = `<sup>${text}</sup>`
    return text
  },
}

/** The same instructions and sections, in the same order, as the PDF and the clinician's view. */
export function handoutBodyHtml({ instructions, sections }: { instructions?: string | null; sections: HandoutSectionSnapshot[] }): SafeHtml {
  const paragraphs = (instructions ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return html`${
    paragraphs.length > 0 &&
    html`<section class="instructions" aria-labelledby="instructions-heading"><h2 id="instructions-heading">Your care team&#39;s instructions</h2>${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</section>`
  }${sections.map(
    (section) =>
      html`<section aria-labelledby="s-${section.sectionId}"><h2 id="s-${section.sectionId}">${section.heading}</h2>${trustedHtml(
        convertLexicalToHTML({ data: section.body, converters, disableContainer: true, disableIndent: true, disableTextAlign: true }),
      )}</section>`,
  )}`
}
