import { EMERGENCY_NUMBER } from '@/lib/clinic/emergencyNumber'
import { LOCALE_CODES } from '@/lib/i18n/locales'
import { type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'

import { html, SafeHtml } from './html'

const EMERGENCY_HREF = `tel:${EMERGENCY_NUMBER}`

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * "call", "dial", "llame al", … from every catalogue, longest first so "llame al" wins over a shorter word. All
 * languages on every page: a section can be in another language than the page around it.
 */
const CALL_WORDS = [...new Set(LOCALE_CODES.flatMap((locale) => patientMessages(locale).emergencyCallWords))]
  .sort((a, b) => b.length - a.length)
  .map((words) => escapeRegExp(words).replace(/ +/g, String.raw`\s+`))

/**
 * The emergency number where it stands on its own in text ("Call 911 now", "911."),
 * with "call" or "dial" (or "llame al", …) before it taken into the link so the tap
 * target is the whole instruction. Not a piece of another number: "555-911-0100",
 * "(555) 911 0100" and "9110" stay text.
 */
const EMERGENCY_MENTION = new RegExp(String.raw`\b(?:(?:${CALL_WORDS.join('|')})\s+)?(?<![\w+(/.-]|\d[\s).-])${EMERGENCY_NUMBER}(?![\w/)-]|[\s.,/-]\d)`, 'giu')

/** "If you have a medical emergency, call 911." as a line of its own, the number a tappable link. */
export function emergencyLineHtml(messages: PatientMessages): SafeHtml {
  return html`<p class="emergency-line">${messages.emergencyLine(html`<a href="${EMERGENCY_HREF}">${messages.emergencyLinkText(EMERGENCY_NUMBER)}</a>`)}</p>`
}

/**
 * Makes every mention of the emergency number in the page's text a `tel:` link,
 * like the clinic phone, whoever wrote the text (the topic's editor, the
 * clinician). It works on our own escaped output, where `<` and `>` only ever
 * open and close tags, so it touches text between tags and never an attribute,
 * and leaves text that is already a link alone.
 */
export function linkEmergencyNumber(page: SafeHtml): SafeHtml {
  let anchorDepth = 0
  const parts = page.value.split(/(<[^>]*>)/u).map((part) => {
    if (part.startsWith('<')) {
      if (/^<a[\s>]/iu.test(part)) anchorDepth += 1
      else if (/^<\/a\s*>/iu.test(part)) anchorDepth = Math.max(0, anchorDepth - 1)
      return part
    }
    if (anchorDepth > 0) return part
    return part.replace(EMERGENCY_MENTION, (mention) => `<a href="${EMERGENCY_HREF}">${mention}</a>`)
  })
  // Still safe: the input was escaped HTML, and only our own fixed markup went in.
  return new SafeHtml(parts.join(''))
}
