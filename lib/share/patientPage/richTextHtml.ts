import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import type { RichTextState } from '@/lib/content/richTextState'
import { sanitizeRichText } from '@/lib/content/sanitizeRichText'

import { escapeHtml, type SafeHtml, trustedHtml } from './html'

// Lexical's text format bit flags (lexical/LexicalConstants).
const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

/**
 * Payload's default text converter draws underline and strike-through with
 * style="" attributes, which the patient page's CSP blocks; plain elements
 * mean the same and need no inline style. Anything the sanitiser let through
 * has a converter; `unknown` only guards against that changing.
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
  unknown: () => '',
}

/**
 * Stored rich text as static HTML for the CSP-locked patient page: only what
 * the Topic editor can produce (`sanitizeRichText`), every string escaped by
 * Payload's converters or ours.
 */
export function richTextHtml(state: RichTextState): SafeHtml {
  return trustedHtml(convertLexicalToHTML({ data: sanitizeRichText(state), converters, disableContainer: true, disableIndent: true, disableTextAlign: true }))
}
