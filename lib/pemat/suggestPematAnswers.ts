import { sectionHeading, sectionMediaIds, sectionPassages, sectionPematRoles, type TopicSection } from '@/blocks'
import { splitSentences } from '@/lib/content/splitSentences'

import { isPassiveSentence } from './passiveSentences'
import type { PematItemNumber } from './pematItems'
import type { PematAnswer } from './pematRating'

/** An answer the topic's structure suggests, and the sentence the reviewer sees as the reason. */
export interface PematSuggestion {
  answer: PematAnswer
  reason: string
}

export type PematSuggestions = Partial<Record<PematItemNumber, PematSuggestion>>

export interface PematTopicInput {
  summary?: string | null
  mainMessage?: string | null
  sections: readonly TopicSection[]
  /** The saved readability check, whose per-section word counts are reused when they match the sections. */
  readability?: { sections?: ReadonlyArray<{ words: number }> } | null
}

/** Below this, the guide's "very short material" (its example: two paragraphs) allows N/A for items 8, 9 and 11. */
const VERY_SHORT_WORDS = 100
/** A section longer than this is more than a reader takes in at one go (about half a printed page at a patient-friendly type size). */
const LONG_SECTION_WORDS = 200
/** Headings that name no content: the reader learns nothing from them (item 9). */
const UNINFORMATIVE_HEADING =
  /^(?:overview|introduction|intro|summary|other|others|information|info|general|general information|background|more information|miscellaneous)$/iu
/** Passive sentences up to this share still read as "uses the active voice" (item 5). */
const PASSIVE_SHARE_ALLOWED = 0.1
/** Instructions that say "you" or are imperatives, at least this share: the material addresses the user directly (item 21). */
const DIRECT_SHARE_NEEDED = 0.7

/** Verbs patient instructions start with; an instruction starting with one is an imperative addressed to the reader. */
const INSTRUCTION_VERBS = new Set(
  (
    "ask avoid apply bend breathe bring call check choose do don’t don't drink eat get give go hold keep let lie lift limit lower make move " +
    'place press pull push put raise relax repeat rest roll see sit sleep slide squeeze stand start stay stop stretch take talk tell try tuck ' +
    'turn use walk wash wear write never always'
  ).split(' '),
)

const NUMBER =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|quarter|percent|once|twice)\b/iu
/** Forms the guide calls hard for readers: percentages, decimals, fractions, odds. */
const HARD_NUMBER = /%|\bpercent\b|\d\.\d|\b\d+\/\d+\b|\bodds\b/iu
const CALCULATION = /\b(?:add up|multiply|divide|subtract|calculate|work out|per (?:kg|kilogram|pound|lb))\b|%|\bpercent\b/iu

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word)).length
}

function quoted(texts: readonly string[], limit = 3): string {
  // Quoted without their closing full stop, so the reason's own sentence ends cleanly.
  const shown = texts.slice(0, limit).map((text) => `“${text.replace(/[.!?]+$/u, '')}”`)
  const more = texts.length > limit ? ` and ${texts.length - limit} more` : ''
  return `${shown.join(', ')}${more}`
}

function hasTable(section: TopicSection): boolean {
  return section.blockType === 'text' && JSON.stringify(section.body ?? {}).includes('"type":"table"')
}

/** A picture's title: the image section's caption, or the heading of the section it illustrates (an exercise's name). */
function pictureTitle(section: TopicSection): string {
  return section.blockType === 'media' ? (section.caption ?? '').trim() : sectionHeading(section).trim()
}

function addressesReader(sentence: string): boolean {
  if (/\b(?:you|your|yours|yourself)\b/iu.test(sentence)) return true
  const words = sentence
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '')
    .split(/\s+/u)
  const first = words[0]?.endsWith('ly') ? words[1] : words[0]
  return INSTRUCTION_VERBS.has((first ?? '').replace(/[^\p{L}’']/gu, ''))
}

/**
 * The PEMAT-P answers a topic's structure can decide, each with its reason.
 * Items that need a person's judgement (1, 2, 3, 4, 7, 10, and 16 and 18 when
 * there are pictures) are left out; every suggestion stays editable by the
 * reviewer, whose answer wins.
 */
export function suggestPematAnswers(topic: PematTopicInput): PematSuggestions {
  const sections = topic.sections
  const summary = topic.summary?.trim() ?? ''
  const mainMessage = topic.mainMessage?.trim() ?? ''
  const passagesBySection = sections.map((section) => sectionPassages(section))
  const storedWords = topic.readability?.sections
  const wordsBySection =
    storedWords && storedWords.length === sections.length
      ? storedWords.map((section) => section.words)
      : passagesBySection.map((passages) => passages.reduce((total, passage) => total + wordCount(passage), 0))
  const allText = [mainMessage, summary, ...passagesBySection.flat()].filter(Boolean)
  const sentences = allText.flatMap((text) => splitSentences(text))
  const totalWords = wordsBySection.reduce((total, words) => total + words, 0) + wordCount(summary) + wordCount(mainMessage)
  const veryShort = totalWords < VERY_SHORT_WORDS && sections.length <= 2
  // Each kind says what it counts as (blocks/<Kind>/kind.ts).
  const roles = sections.map(sectionPematRoles)
  const headings = sections.map((section) => sectionHeading(section))
  const suggestions: PematSuggestions = {}

  // Item 5: active voice.
  const passive = sentences.filter(isPassiveSentence)
  if (sentences.length > 0) {
    suggestions[5] =
      passive.length / sentences.length <= PASSIVE_SHARE_ALLOWED
        ? {
            answer: 'agree',
            reason:
              passive.length === 0
                ? 'No passive sentences found.'
                : `${passive.length} of ${sentences.length} sentences are passive, e.g. ${quoted(passive, 1)}.`,
          }
        : { answer: 'disagree', reason: `${passive.length} of ${sentences.length} sentences are passive, e.g. ${quoted(passive, 2)}.` }
  }

  // Items 6 and 24: numbers, and calculations with them.
  const withNumbers = sentences.filter((sentence) => NUMBER.test(sentence))
  if (withNumbers.length === 0) {
    suggestions[6] = { answer: 'na', reason: 'No numbers in the material.' }
    suggestions[24] = { answer: 'na', reason: 'No numbers, so nothing to calculate.' }
  } else {
    const hard = withNumbers.filter((sentence) => HARD_NUMBER.test(sentence))
    suggestions[6] =
      hard.length === 0
        ? { answer: 'agree', reason: `Numbers are whole numbers, e.g. ${quoted(withNumbers, 2)}.` }
        : { answer: 'disagree', reason: `Percentages, decimals or fractions: ${quoted(hard, 2)}.` }
    if (!withNumbers.some((sentence) => CALCULATION.test(sentence))) {
      suggestions[24] = {
        answer: 'na',
        reason: 'Numbers appear, but nothing asks the reader to calculate (no adding up, multiplying, doses by weight or percentages).',
      }
    }
  }

  // Items 8, 9 and 11: sections, headings, summary.
  if (veryShort) {
    suggestions[8] = { answer: 'na', reason: `Very short material (${totalWords} words).` }
    suggestions[9] = { answer: 'na', reason: `Very short material (${totalWords} words).` }
  } else {
    const long = sections.flatMap((_, index) => (wordsBySection[index]! > LONG_SECTION_WORDS ? [`${headings[index]} (${wordsBySection[index]} words)`] : []))
    const longest = Math.max(0, ...wordsBySection)
    suggestions[8] =
      long.length === 0
        ? { answer: 'agree', reason: `${sections.length} sections, none over ${LONG_SECTION_WORDS} words (the longest has ${longest}).` }
        : { answer: 'disagree', reason: `Sections over ${LONG_SECTION_WORDS} words: ${quoted(long)}.` }
    const vague = headings.filter((heading) => UNINFORMATIVE_HEADING.test(heading.trim().replace(/[.:!?]+$/u, '')))
    suggestions[9] =
      vague.length === 0
        ? { answer: 'agree', reason: `Every section heading says what it is about, e.g. ${quoted(headings, 2)}.` }
        : { answer: 'disagree', reason: `Headings that do not say what the section is about: ${quoted(vague)}.` }
  }
  if (mainMessage) suggestions[11] = { answer: 'agree', reason: 'The main message comes first, in a box, with the summary.' }
  else if (summary) suggestions[11] = { answer: 'agree', reason: 'A summary comes first.' }
  else
    suggestions[11] = veryShort
      ? { answer: 'na', reason: `Very short material (${totalWords} words).` }
      : { answer: 'disagree', reason: 'No main message or summary.' }

  // Item 12: visual cues.
  const cues = [
    ...(mainMessage ? ['the main message in a box'] : []),
    ...sections.flatMap((_, index) => (roles[index]!.cue ? [`${roles[index]!.cue} in “${headings[index]}”`] : [])),
  ]
  suggestions[12] =
    cues.length > 0
      ? { answer: 'agree', reason: `Key points stand out: ${cues.slice(0, 4).join('; ')}${cues.length > 4 ? ' and more' : ''}.` }
      : { answer: 'disagree', reason: 'Only paragraphs of text: no boxes, bullets or lists draw attention to key points.' }

  // Items 15–18 and 26: pictures.
  const pictured = sections.filter((section) => sectionMediaIds(section).length > 0)
  const pictureCount = pictured.reduce((total, section) => total + sectionMediaIds(section).length, 0)
  if (pictureCount === 0) {
    suggestions[15] = { answer: 'disagree', reason: 'No pictures. Answer Agree only if no picture could make the content easier to understand.' }
    suggestions[16] = { answer: 'na', reason: 'No visual aids.' }
    suggestions[17] = { answer: 'na', reason: 'No visual aids.' }
    suggestions[18] = { answer: 'na', reason: 'No visual aids.' }
    suggestions[26] = { answer: 'disagree', reason: 'No pictures show how to do what the material asks.' }
  } else {
    const titles = pictured.map(pictureTitle)
    const untitled = pictured.filter((section) => !pictureTitle(section)).map((section) => sectionHeading(section))
    const counted = `${pictureCount} ${pictureCount === 1 ? 'picture' : 'pictures'}`
    suggestions[15] = { answer: 'agree', reason: `${counted}: ${quoted(titles.filter(Boolean))}.` }
    suggestions[17] =
      untitled.length === 0
        ? { answer: 'agree', reason: `Every picture has a caption or title: ${quoted(titles)}.` }
        : { answer: 'disagree', reason: `Pictures without a caption: ${quoted(untitled)}.` }
    suggestions[26] = { answer: 'agree', reason: `${counted} beside the instructions: ${quoted(titles.filter(Boolean))}. Check they show how to act.` }
  }

  // Items 19 and 25: tables, charts and diagrams.
  if (!sections.some(hasTable)) {
    suggestions[19] = { answer: 'na', reason: 'No tables.' }
    suggestions[25] = { answer: 'na', reason: 'No charts, graphs or tables (pictures are rated under items 15–18 and 26).' }
  }

  // Items 20–23: actions, addressed to the reader, in steps, with a tool.
  const actionHeadings = headings.filter((_, index) => roles[index]!.action)
  suggestions[20] =
    actionHeadings.length > 0
      ? { answer: 'agree', reason: `Actions in ${quoted(actionHeadings)}.` }
      : { answer: 'disagree', reason: 'No warning signs, tips, exercise or plan section tells the reader what to do.' }
  const instructions = sections.flatMap((_, index) => (roles[index]!.instructions ? passagesBySection[index]!.flatMap((text) => splitSentences(text)) : []))
  const judged = instructions.length > 0 ? instructions : sentences
  if (judged.length > 0) {
    const direct = judged.filter(addressesReader)
    const share = direct.length / judged.length
    const where = instructions.length > 0 ? 'instructions in the tips, exercise and plan' : 'sentences (no tips, exercise or plan)'
    const indirect = judged.filter((sentence) => !addressesReader(sentence))
    suggestions[21] =
      share >= DIRECT_SHARE_NEEDED
        ? { answer: 'agree', reason: `${direct.length} of ${judged.length} ${where} say “you” or tell the reader what to do.` }
        : {
            answer: 'disagree',
            reason: `Only ${direct.length} of ${judged.length} ${where} say “you” or tell the reader what to do, e.g. not ${quoted(indirect, 1)}.`,
          }
  }
  const stepHeadings = headings.filter((_, index) => roles[index]!.steps)
  suggestions[22] =
    stepHeadings.length > 0
      ? { answer: 'agree', reason: `Actions broken into steps in ${quoted(stepHeadings)}.` }
      : { answer: 'disagree', reason: 'No exercise steps or plan break the actions into steps.' }
  const toolHeadings = headings.filter((_, index) => roles[index]!.tool)
  suggestions[23] =
    toolHeadings.length > 0
      ? { answer: 'agree', reason: `${quoted(toolHeadings)} is a tick-box checklist the patient can use.` }
      : { answer: 'disagree', reason: 'No plan or checklist. Answer Agree only if no tool could help the reader act.' }

  return suggestions
}
