import { findPromotionalContent } from './findPromotionalContent'
import { splitSentences } from './splitSentences'

export interface ParsedSection {
  /** Kebab-case slug of the heading, unique within the article. */
  key: string
  heading: string
  paragraphs: string[]
}

/** Text taken out of the article, kept so an editor can review what was dropped. */
export interface RemovedParagraph {
  text: string
  reason: string
}

export interface ParsedArticle {
  title: string
  /** The opening sentence(s) of the article, at most MAX_SUMMARY_LENGTH characters. */
  summary: string
  sections: ParsedSection[]
  removed: RemovedParagraph[]
}

export interface ParseSourceArticleOptions {
  /**
   * Headings for the sections that the source starts with two or more blank
   * lines instead of a heading, in the order they appear.
   */
  untitledSectionHeadings?: string[]
}

const OVERVIEW_HEADING = 'Overview'
const MAX_HEADING_LENGTH = 80
const MAX_HEADING_WORDS = 10
const MAX_SUMMARY_LENGTH = 300

/**
 * Site chrome that copy-pasted articles end with. Matched against the whole
 * line (case and punctuation ignored), and only at the end of the text, so an
 * ordinary sentence containing these words is never dropped.
 */
const TRAILING_NAVIGATION_LINES = new Set([
  'back to list',
  'back to top',
  'back to articles',
  'back to blog',
  'back to news',
  'return to list',
  'previous article',
  'next article',
  'previous post',
  'next post',
])

/** A run of non-blank lines, and how many blank lines came before it. */
interface SourceBlock {
  lines: string[]
  blankLinesBefore: number
  /** 1-based line number in the source, for error messages. */
  lineNumber: number
}

interface SectionDraft {
  heading: string
  paragraphs: string[]
}

/**
 * Turns a plain-text article (title line, headings as short unpunctuated
 * lines, paragraphs separated by blank lines) into titled sections, with
 * promotional sentences removed and reported.
 *
 * Throws when the source starts more untitled sections (two or more blank
 * lines) than `untitledSectionHeadings` names, or fewer: the headings are
 * matched by position, so a count mismatch means they would land on the
 * wrong text.
 */
export function parseSourceArticle(text: string, options: ParseSourceArticleOptions = {}): ParsedArticle {
  // trimEnd so that lines holding only spaces count as blank.
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trimEnd())

  const titleIndex = lines.findIndex((line) => line !== '')
  if (titleIndex === -1) throw new Error('parseSourceArticle: the source text is empty; expected a title line.')
  const title = normaliseWhitespace(lines[titleIndex] ?? '')

  // Scraped pages often repeat the title as the article's own first heading.
  let bodyStart = titleIndex + 1
  const lineAfterTitle = findNextNonBlankLine(lines, bodyStart)
  if (lineAfterTitle !== -1 && comparisonKey(lines[lineAfterTitle] ?? '') === comparisonKey(title)) {
    bodyStart = lineAfterTitle + 1
  }

  let bodyEnd = lines.length
  for (;;) {
    const lastLine = findPreviousNonBlankLine(lines, bodyStart, bodyEnd)
    if (lastLine === -1 || !TRAILING_NAVIGATION_LINES.has(comparisonKey(lines[lastLine] ?? ''))) break
    bodyEnd = lastLine
  }

  const drafts = groupIntoSections(toBlocks(lines, bodyStart, bodyEnd), options.untitledSectionHeadings ?? [])

  const removed: RemovedParagraph[] = []
  const keptDrafts = drafts
    .map((draft) => ({
      heading: draft.heading,
      paragraphs: draft.paragraphs.flatMap((paragraph) => {
        const { kept, removedText, reason } = removePromotionalSentences(paragraph)
        if (removedText) {
          const scope = kept ? 'the rest of the paragraph was kept' : 'the whole paragraph was removed'
          removed.push({ text: removedText, reason: `In section "${draft.heading}" (${scope}): ${reason}` })
        }
        return kept ? [kept] : []
      }),
    }))
    .filter((draft) => draft.paragraphs.length > 0)

  const usedKeys = new Set<string>()
  const sections = keptDrafts.map((draft): ParsedSection => {
    const key = uniqueKey(toKebabCase(draft.heading), usedKeys)
    return { key, heading: draft.heading, paragraphs: draft.paragraphs }
  })

  // The intro, when there is one, is the first section; otherwise the summary
  // comes from whatever section opens the article. Either way it is built
  // after promotional text was removed, so a plug cannot reach it.
  return { title, summary: summarise(sections[0]?.paragraphs ?? []), sections, removed }
}

function toBlocks(lines: string[], start: number, end: number): SourceBlock[] {
  const blocks: SourceBlock[] = []
  let current: SourceBlock | undefined
  let blankLines = 0
  for (let index = start; index < end; index += 1) {
    const line = lines[index] ?? ''
    if (line === '') {
      blankLines += 1
      current = undefined
      continue
    }
    if (current) {
      current.lines.push(line)
    } else {
      current = { lines: [line], blankLinesBefore: blankLines, lineNumber: index + 1 }
      blocks.push(current)
    }
    blankLines = 0
  }
  return blocks
}

function groupIntoSections(blocks: SourceBlock[], untitledSectionHeadings: string[]): SectionDraft[] {
  // Paragraphs before the first heading are the article's introduction.
  let current: SectionDraft = { heading: OVERVIEW_HEADING, paragraphs: [] }
  const drafts: SectionDraft[] = [current]
  let untitledUsed = 0

  blocks.forEach((block, index) => {
    const firstLine = block.lines[0] ?? ''
    // A heading must be followed by a blank line and more text; a short last
    // line is kept as a paragraph rather than becoming an empty section.
    const isLastBlock = index === blocks.length - 1
    if (block.lines.length === 1 && !isLastBlock && looksLikeHeading(firstLine)) {
      current = { heading: normaliseWhitespace(firstLine), paragraphs: [] }
      drafts.push(current)
      return
    }

    // Only a gap after some text starts a new section: a double blank line
    // right after a heading (or at the very start) is just loose spacing.
    if (block.blankLinesBefore >= 2 && current.paragraphs.length > 0) {
      const heading = normaliseWhitespace(untitledSectionHeadings[untitledUsed] ?? '')
      if (!heading) {
        throw new Error(
          `parseSourceArticle: line ${block.lineNumber} starts an untitled section (it follows ` +
            `${block.blankLinesBefore} blank lines) beginning "${preview(firstLine)}", but ` +
            `options.untitledSectionHeadings has no heading left for it ` +
            `(${untitledSectionHeadings.length} given). Add one heading per untitled section, in order.`,
        )
      }
      untitledUsed += 1
      current = { heading, paragraphs: [] }
      drafts.push(current)
    }

    // Lines inside one block are soft-wrapped text of the same paragraph.
    current.paragraphs.push(normaliseWhitespace(block.lines.join(' ')))
  })

  if (untitledUsed < untitledSectionHeadings.length) {
    throw new Error(
      `parseSourceArticle: options.untitledSectionHeadings gives ${untitledSectionHeadings.length} heading(s) but the ` +
        `source has only ${untitledUsed} untitled section(s) (text after two or more blank lines); unused: ` +
        `${JSON.stringify(untitledSectionHeadings.slice(untitledUsed))}. The headings are matched by position, ` +
        `so they would land on the wrong sections.`,
    )
  }
  return drafts
}

/** A single short line with no sentence punctuation at its end. */
function looksLikeHeading(line: string): boolean {
  const text = normaliseWhitespace(line)
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return false
  if (!/\p{L}/u.test(text)) return false
  if (text.split(' ').length > MAX_HEADING_WORDS) return false
  // Look through closing quotes/brackets: `…said "stop."` still ends a sentence.
  return !/[.!?:,;]["”’)\]]*$/u.test(text)
}

/**
 * Drops only the promotional sentences, so that a neutral statement sharing a
 * paragraph with a plug ("…may also be a side effect of some medications.")
 * survives. If a flagged sentence cannot be located, the whole paragraph goes:
 * publishing a plug is worse than losing a paragraph an editor can restore.
 */
function removePromotionalSentences(paragraph: string): { kept: string; removedText: string; reason: string } {
  const findings = findPromotionalContent(paragraph)
  if (findings.length === 0) return { kept: paragraph, removedText: '', reason: '' }

  const reason = [...new Set(findings.map((finding) => finding.reason))].join('; ')
  const unmatched = findings.map((finding) => finding.sentence)
  const keptSentences: string[] = []
  const removedSentences: string[] = []
  for (const sentence of splitSentences(paragraph)) {
    const matchIndex = unmatched.indexOf(sentence)
    if (matchIndex === -1) {
      keptSentences.push(sentence)
    } else {
      unmatched.splice(matchIndex, 1)
      removedSentences.push(sentence)
    }
  }
  if (unmatched.length > 0) return { kept: '', removedText: paragraph, reason }
  return { kept: keptSentences.join(' '), removedText: removedSentences.join(' '), reason }
}

/** The first whole sentences that fit in MAX_SUMMARY_LENGTH characters (a library summary). */
export function summarise(paragraphs: string[]): string {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph))
  let summary = ''
  for (const sentence of sentences) {
    const candidate = summary ? `${summary} ${sentence}` : sentence
    if (candidate.length > MAX_SUMMARY_LENGTH) break
    summary = candidate
  }
  if (summary) return summary

  const firstSentence = sentences[0]
  if (!firstSentence) return ''
  // A single sentence longer than the limit: cut at a word and show the cut.
  const cut = firstSentence.slice(0, MAX_SUMMARY_LENGTH - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** Case- and punctuation-insensitive form of a line, for comparing titles and navigation text. */
function comparisonKey(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function toKebabCase(heading: string): string {
  const slug = heading
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // "Don't" → "dont", not "don-t".
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
  return slug || 'section'
}

function uniqueKey(base: string, usedKeys: Set<string>): string {
  let key = base
  for (let suffix = 2; usedKeys.has(key); suffix += 1) key = `${base}-${suffix}`
  usedKeys.add(key)
  return key
}

function findNextNonBlankLine(lines: string[], from: number): number {
  for (let index = from; index < lines.length; index += 1) if (lines[index] !== '') return index
  return -1
}

function findPreviousNonBlankLine(lines: string[], start: number, end: number): number {
  for (let index = end - 1; index >= start; index -= 1) if (lines[index] !== '') return index
  return -1
}

function preview(text: string): string {
  const normalised = normaliseWhitespace(text)
  return normalised.length > 60 ? `${normalised.slice(0, 57)}...` : normalised
}
