import { Link, Polyline, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer'
import type { Styles } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'

import { LEXICAL_TEXT_FORMAT } from '@/lib/content/lexicalTextFormat'
import type { RichTextState } from '@/lib/content/richTextState'

import { BODY_FONT_SIZE, HANDOUT_COLORS } from './handoutTheme'
import { sanitizeRichText } from '../content/sanitizeRichText'

type PdfStyle = Styles[string]

// ---------------------------------------------------------------------------
// Narrow views of the serialized nodes this converter understands. Stored JSON
// is not trusted to match Lexical's types (it outlives editor upgrades), so
// every node is checked before its fields are read.

interface LexicalNodeShape {
  type: string
}

interface LexicalTextNode extends LexicalNodeShape {
  type: 'text'
  text: string
}

interface LexicalElementNode extends LexicalNodeShape {
  children: unknown[]
}

interface LexicalHeadingNode extends LexicalElementNode {
  type: 'heading'
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
}

interface LexicalListNode extends LexicalElementNode {
  type: 'list'
  listType: 'bullet' | 'number' | 'check'
  start: number
}

interface LexicalLinkNode extends LexicalElementNode {
  type: 'link' | 'autolink'
  /** Absent for Payload internal links, whose target is a document rather than a URL. */
  url: string | null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isLexicalNode(value: unknown): value is LexicalNodeShape & Record<string, unknown> {
  return isRecord(value) && typeof value.type === 'string'
}

function isTextNode(node: LexicalNodeShape & Record<string, unknown>): node is LexicalTextNode & Record<string, unknown> {
  return node.type === 'text' && typeof node.text === 'string'
}

function childrenOf(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.children) ? node.children : []
}

function textFormatOf(node: Record<string, unknown>): number {
  return typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

function headingTagOf(node: Record<string, unknown>): LexicalHeadingNode['tag'] {
  const tag = node.tag
  return HEADING_TAGS.find((candidate) => candidate === tag) ?? 'h2'
}

function asListNode(node: Record<string, unknown>): LexicalListNode {
  const listType = node.listType === 'number' || node.listType === 'check' ? node.listType : node.tag === 'ol' ? 'number' : 'bullet'
  const start = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1
  return { type: 'list', listType, start, children: childrenOf(node) }
}

function asLinkNode(node: Record<string, unknown>): LexicalLinkNode {
  const fields = isRecord(node.fields) ? node.fields : {}
  // Payload keeps the URL in `fields.url`; plain Lexical keeps it in `url`.
  const url = typeof fields.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : null
  const isInternal = fields.linkType === 'internal'
  return { type: node.type === 'autolink' ? 'autolink' : 'link', url: isInternal ? null : url, children: childrenOf(node) }
}

/** Element types that lay out as blocks; anything else met inside a paragraph is treated as inline. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'quote', 'horizontalrule'])

// ---------------------------------------------------------------------------

const styles = StyleSheet.create({
  paragraph: { marginBottom: 8 },
  // Line heights are set per style: an inherited lineHeight arrives already
  // resolved to points for the body size and would be too tight for headings.
  headingLarge: { fontSize: BODY_FONT_SIZE + 3, lineHeight: 1.3, fontWeight: 700, color: HANDOUT_COLORS.accent, marginTop: 8, marginBottom: 4 },
  headingMedium: { fontSize: BODY_FONT_SIZE + 1.5, lineHeight: 1.3, fontWeight: 700, color: HANDOUT_COLORS.accent, marginTop: 6, marginBottom: 4 },
  headingSmall: { fontSize: BODY_FONT_SIZE, lineHeight: 1.35, fontWeight: 700, color: HANDOUT_COLORS.text, marginTop: 6, marginBottom: 3 },
  list: { marginBottom: 8 },
  nestedList: { marginTop: 2, marginBottom: 0 },
  listItem: { flexDirection: 'row', marginBottom: 3 },
  listMarker: { textAlign: 'right', paddingRight: 6 },
  checkboxMarker: { paddingRight: 6, paddingTop: 4, alignItems: 'flex-end' },
  listItemBody: { flex: 1 },
  quote: {
    borderLeftWidth: 3,
    borderLeftColor: HANDOUT_COLORS.quoteBorder,
    paddingLeft: 10,
    marginLeft: 2,
    marginBottom: 8,
    fontStyle: 'italic',
    color: HANDOUT_COLORS.muted,
  },
  horizontalRule: { borderBottomWidth: 1, borderBottomColor: HANDOUT_COLORS.rule, marginTop: 4, marginBottom: 12 },
  link: { color: HANDOUT_COLORS.link, textDecoration: 'underline' },
  linkUrl: { color: HANDOUT_COLORS.link },
})

const HEADING_STYLE: Record<LexicalHeadingNode['tag'], PdfStyle> = {
  // Section bodies sit under a section heading already, so their own headings
  // are subordinate whatever level the editor picked.
  h1: styles.headingLarge,
  h2: styles.headingLarge,
  h3: styles.headingMedium,
  h4: styles.headingSmall,
  h5: styles.headingSmall,
  h6: styles.headingSmall,
}

/** Points of following content a heading needs on its page, so it is never the last line of one. */
export const HEADING_MIN_PRESENCE_AHEAD = 48

const LIST_INDENT = 18

function alignmentStyle(node: Record<string, unknown>): PdfStyle | null {
  // Lexical stores block alignment in `format` as a string. Justified text is
  // printed ragged-right: without hyphenation it opens wide gaps between words,
  // which readers with dyslexia find harder to track.
  if (node.format === 'center') return { textAlign: 'center' }
  if (node.format === 'right' || node.format === 'end') return { textAlign: 'right' }
  return null
}

function indentStyle(node: Record<string, unknown>): PdfStyle | null {
  const indent = typeof node.indent === 'number' && node.indent > 0 ? Math.min(node.indent, 6) : 0
  return indent > 0 ? { marginLeft: indent * LIST_INDENT } : null
}

function textFormatStyle(format: number): PdfStyle {
  const style: PdfStyle = {}
  if (format & LEXICAL_TEXT_FORMAT.bold) style.fontWeight = 700
  if (format & LEXICAL_TEXT_FORMAT.italic) style.fontStyle = 'italic'
  const underline = (format & LEXICAL_TEXT_FORMAT.underline) !== 0
  const strikethrough = (format & LEXICAL_TEXT_FORMAT.strikethrough) !== 0
  if (underline && strikethrough) style.textDecoration = 'underline line-through'
  else if (underline) style.textDecoration = 'underline'
  else if (strikethrough) style.textDecoration = 'line-through'
  if (format & LEXICAL_TEXT_FORMAT.code) style.backgroundColor = HANDOUT_COLORS.codeBackground
  if (format & LEXICAL_TEXT_FORMAT.highlight) style.backgroundColor = HANDOUT_COLORS.highlight
  if (format & LEXICAL_TEXT_FORMAT.subscript) style.verticalAlign = 'sub'
  if (format & LEXICAL_TEXT_FORMAT.superscript) style.verticalAlign = 'super'
  if (format & LEXICAL_TEXT_FORMAT.uppercase) style.textTransform = 'uppercase'
  else if (format & LEXICAL_TEXT_FORMAT.lowercase) style.textTransform = 'lowercase'
  else if (format & LEXICAL_TEXT_FORMAT.capitalize) style.textTransform = 'capitalize'
  return style
}

// ---------------------------------------------------------------------------
// URLs on paper

const PRINTABLE_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

/** Only absolute URLs a reader could type or dial are printed; relative or script URLs mean nothing on paper. */
export function printableUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const trimmed = url.trim()
  try {
    return PRINTABLE_URL_SCHEMES.includes(new URL(trimmed).protocol) ? trimmed : null
  } catch {
    return null
  }
}

function comparableUrl(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/|mailto:|tel:)/, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

/** "nhs.uk" linking to "https://www.nhs.uk/" already shows the address; printing it twice is noise. */
export function linkTextShowsUrl(linkText: string, url: string): boolean {
  return comparableUrl(linkText) === comparableUrl(url)
}

/**
 * Longest run of URL characters printed on one line. URL characters average
 * 0.55 em in Atkinson Hyperlegible, so 64 of them take about 425 pt at 12 pt:
 * inside the 487 pt A4 text column even with a list indent.
 */
const URL_LINE_LENGTH = 64

/** Breaking after a slash splits a URL where readers expect a new segment. */
const BREAK_AFTER = ['/']
/**
 * Otherwise break before punctuation (Chicago Manual style), so the next line
 * starts with it and a trailing "-" is never mistaken for a hyphenation hyphen.
 */
const BREAK_BEFORE = ['.', '-', '_', '?', '#', '&', '=', '~', '%', '+']

/** Where to end the next line of `rest`: the index of the first character of the following line. */
function nextLineEnd(rest: string, lineLength: number): number {
  const minimum = Math.ceil(lineLength / 3)
  const line = rest.slice(0, lineLength)
  const afterSlash = Math.max(...BREAK_AFTER.map((separator) => line.lastIndexOf(separator) + 1))
  if (afterSlash >= minimum) return afterSlash
  // The character just past the line may start the next one.
  const lineAndNext = rest.slice(0, lineLength + 1)
  const beforePunctuation = Math.max(...BREAK_BEFORE.map((separator) => lineAndNext.lastIndexOf(separator)))
  return beforePunctuation >= minimum ? beforePunctuation : lineLength
}

/**
 * react-pdf breaks lines only at spaces, and when it breaks inside a word it
 * inserts a hyphen, which would corrupt an address the patient must type.
 * Long URLs therefore get explicit line breaks at natural boundaries.
 */
export function breakLongUrl(url: string, lineLength: number = URL_LINE_LENGTH): string {
  if (url.length <= lineLength) return url
  const lines: string[] = []
  let rest = url
  while (rest.length > lineLength) {
    const end = nextLineEnd(rest, lineLength)
    lines.push(rest.slice(0, end))
    rest = rest.slice(end)
  }
  lines.push(rest)
  return lines.join('\n')
}

// ---------------------------------------------------------------------------
// Inline content: everything that lives inside one <Text>

function plainTextOf(nodes: unknown[]): string {
  return nodes
    .map((child) => {
      if (!isLexicalNode(child)) return ''
      if (isTextNode(child)) return child.text
      if (child.type === 'linebreak') return '\n'
      if (child.type === 'tab') return '\t'
      if (child.type === 'link' || child.type === 'autolink') {
        // A link with no text prints its URL, so it still counts as content.
        const linkText = plainTextOf(childrenOf(child))
        return linkText.trim() === '' ? (printableUrl(asLinkNode(child).url) ?? '') : linkText
      }
      if (typeof child.text === 'string') return child.text
      return plainTextOf(childrenOf(child))
    })
    .join('')
}

/** A tab has no glyph in the font; four spaces keep the author's indentation visible. */
const TAB_TEXT = '\u00a0\u00a0\u00a0\u00a0'

function renderInline(node: unknown, key: string): ReactNode {
  if (!isLexicalNode(node)) return null
  if (isTextNode(node)) {
    const format = textFormatOf(node)
    const text = node.text.replaceAll('\t', TAB_TEXT)
    return format === 0 ? (
      text
    ) : (
      <Text key={key} style={textFormatStyle(format)}>
        {text}
      </Text>
    )
  }
  switch (node.type) {
    case 'linebreak':
      return '\n'
    case 'tab':
      return TAB_TEXT
    case 'link':
    case 'autolink':
      return renderLink(asLinkNode(node), key)
    default:
      // Unknown inline node (mention, hashtag, a future plugin): its text is
      // the part a patient needs; its attributes are not printable.
      if (typeof node.text === 'string') return node.text
      return renderInlines(childrenOf(node), key)
  }
}

function renderInlines(nodes: unknown[], keyPrefix: string): ReactNode[] {
  return nodes.map((child, index) => renderInline(child, `${keyPrefix}.${index}`))
}

function renderLink(link: LexicalLinkNode, key: string): ReactElement {
  const url = printableUrl(link.url)
  const content = renderInlines(link.children, key)
  if (!url) return <Text key={key}>{content}</Text>
  const linkText = plainTextOf(link.children)
  const hasText = linkText.trim() !== ''
  return (
    <Text key={key}>
      {/* Still a live link for patients who read the PDF on screen. */}
      <Link src={url} style={styles.link}>
        {hasText ? content : breakLongUrl(url)}
      </Link>
      {hasText && !linkTextShowsUrl(linkText, url) ? <Text style={styles.linkUrl}>{` (${breakLongUrl(url)})`}</Text> : null}
    </Text>
  )
}

// ---------------------------------------------------------------------------
// Blocks

interface BlockContext {
  listDepth: number
}

function renderParagraph(node: Record<string, unknown>, key: string): ReactElement | null {
  const children = childrenOf(node)
  // Editors leave empty paragraphs as spacing; block margins already space the page.
  if (plainTextOf(children).trim() === '') return null
  return (
    <Text key={key} style={[styles.paragraph, alignmentStyle(node) ?? {}, indentStyle(node) ?? {}]}>
      {renderInlines(children, key)}
    </Text>
  )
}

function renderHeading(node: Record<string, unknown>, key: string): ReactElement | null {
  const children = childrenOf(node)
  if (plainTextOf(children).trim() === '') return null
  return (
    <Text key={key} style={[HEADING_STYLE[headingTagOf(node)], alignmentStyle(node) ?? {}]} minPresenceAhead={HEADING_MIN_PRESENCE_AHEAD}>
      {renderInlines(children, key)}
    </Text>
  )
}

const BULLETS = ['\u2022', '\u2013', '\u00b7'] as const

function toAlphabetic(value: number): string {
  let remaining = value
  let label = ''
  while (remaining > 0) {
    const offset = (remaining - 1) % 26
    label = String.fromCharCode(97 + offset) + label
    remaining = Math.floor((remaining - 1) / 26)
  }
  return label
}

function toRoman(value: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let remaining = value
  let label = ''
  for (const [amount, numeral] of numerals) {
    while (remaining >= amount) {
      label += numeral
      remaining -= amount
    }
  }
  return label
}

/** Nested numbered lists change numbering style per level (1. / a. / i.) so a patient can tell "step 2" from "step 2b". */
function numberLabel(value: number, depth: number): string {
  const style = depth % 3
  if (style === 1 && value > 0) return `${toAlphabetic(value)}.`
  if (style === 2 && value > 0) return `${toRoman(value)}.`
  return `${value}.`
}

function ChecklistBox({ checked }: { checked: boolean }): ReactElement {
  // The font has no ballot-box glyphs, so the box is drawn.
  return (
    <Svg width={9} height={9} viewBox="0 0 10 10">
      <Rect x={0.6} y={0.6} width={8.8} height={8.8} stroke={HANDOUT_COLORS.text} strokeWidth={1.1} fill="none" />
      {checked ? <Polyline points="2.2,5.2 4.3,7.4 8,2.6" stroke={HANDOUT_COLORS.text} strokeWidth={1.5} fill="none" /> : null}
    </Svg>
  )
}

/** A Lexical list item whose only content is a nested list: it carries indentation, not an item of its own. */
function isNestedListHolder(children: unknown[]): boolean {
  const meaningful = children.filter((child) => !(isLexicalNode(child) && isTextNode(child) && child.text.trim() === ''))
  return meaningful.length > 0 && meaningful.every((child) => isLexicalNode(child) && child.type === 'list')
}

function renderListItemBody(children: unknown[], key: string, context: BlockContext): ReactNode[] {
  // An item holds inline runs and, optionally, nested lists; consecutive
  // inline nodes share one <Text> so they flow as one line.
  const rendered: ReactNode[] = []
  let inlineRun: unknown[] = []
  const flushInlineRun = (): void => {
    if (inlineRun.length === 0) return
    if (plainTextOf(inlineRun).trim() !== '') {
      rendered.push(<Text key={`${key}.t${rendered.length}`}>{renderInlines(inlineRun, `${key}.t${rendered.length}`)}</Text>)
    }
    inlineRun = []
  }
  children.forEach((child, index) => {
    if (isLexicalNode(child) && BLOCK_TYPES.has(child.type)) {
      flushInlineRun()
      rendered.push(renderBlock(child, `${key}.${index}`, context))
    } else {
      inlineRun.push(child)
    }
  })
  flushInlineRun()
  return rendered
}

function renderList(list: LexicalListNode, key: string, context: BlockContext): ReactElement {
  const depth = context.listDepth
  const childContext: BlockContext = { listDepth: depth + 1 }
  const items = list.children.filter((child): child is Record<string, unknown> & LexicalNodeShape => isLexicalNode(child))
  // Wide enough for the longest label in this list ("10." or "viii.") so item text lines up.
  const longestLabel = Math.max(...items.map((_, index) => numberLabel(list.start + index, depth).length), 2)
  const markerWidth = list.listType === 'number' ? Math.max(18, longestLabel * 7 + 6) : list.listType === 'check' ? 18 : 14

  let nextNumber = list.start
  const rendered = items.map((item, index) => {
    const itemKey = `${key}.${index}`
    const children = item.type === 'listitem' ? childrenOf(item) : [item]
    if (item.type === 'listitem' && isNestedListHolder(children)) {
      return (
        <View key={itemKey} style={{ marginLeft: markerWidth }}>
          {renderListItemBody(children, itemKey, childContext)}
        </View>
      )
    }
    let marker: ReactElement
    if (list.listType === 'check') {
      marker = (
        <View style={[styles.checkboxMarker, { width: markerWidth }]}>
          <ChecklistBox checked={item.checked === true} />
        </View>
      )
    } else {
      const label = list.listType === 'number' ? numberLabel(nextNumber, depth) : (BULLETS[depth % BULLETS.length] ?? '\u2022')
      nextNumber += 1
      marker = <Text style={[styles.listMarker, { width: markerWidth }]}>{label}</Text>
    }
    return (
      <View key={itemKey} style={styles.listItem}>
        {marker}
        <View style={styles.listItemBody}>{renderListItemBody(children, itemKey, childContext)}</View>
      </View>
    )
  })
  return (
    <View key={key} style={depth === 0 ? styles.list : styles.nestedList}>
      {rendered}
    </View>
  )
}

function renderQuote(node: Record<string, unknown>, key: string, context: BlockContext): ReactElement | null {
  const children = childrenOf(node)
  if (plainTextOf(children).trim() === '') return null
  const hasBlocks = children.some((child) => isLexicalNode(child) && BLOCK_TYPES.has(child.type))
  return (
    <View key={key} style={styles.quote}>
      {hasBlocks ? renderBlocks(children, key, context) : <Text>{renderInlines(children, key)}</Text>}
    </View>
  )
}

function renderBlock(node: unknown, key: string, context: BlockContext): ReactNode {
  if (!isLexicalNode(node)) return null
  switch (node.type) {
    case 'paragraph':
      return renderParagraph(node, key)
    case 'heading':
      return renderHeading(node, key)
    case 'list':
      return renderList(asListNode(node), key, context)
    case 'quote':
      return renderQuote(node, key, context)
    case 'horizontalrule':
      return <View key={key} style={styles.horizontalRule} />
    default: {
      const children = childrenOf(node)
      const hasBlocks = children.some((child) => isLexicalNode(child) && BLOCK_TYPES.has(child.type))
      if (hasBlocks) return <View key={key}>{renderBlocks(children, key, context)}</View>
      // Inline content found at block level (a stray text node, an unknown
      // container of text): print it as a paragraph. Nodes with no text at all
      // (uploads, relationships, custom blocks) have nothing printable.
      const inlineContent = node.type === 'text' || node.type === 'link' || node.type === 'autolink' ? [node] : children
      const text = typeof node.text === 'string' && inlineContent.length === 0 ? node.text : null
      if (text !== null)
        return text.trim() === '' ? null : (
          <Text key={key} style={styles.paragraph}>
            {text}
          </Text>
        )
      if (plainTextOf(inlineContent).trim() === '') return null
      return (
        <Text key={key} style={styles.paragraph}>
          {renderInlines(inlineContent, key)}
        </Text>
      )
    }
  }
}

function renderBlocks(nodes: unknown[], keyPrefix: string, context: BlockContext): ReactNode[] {
  return nodes.map((node, index) => renderBlock(node, `${keyPrefix}.${index}`, context)).filter((element) => element !== null)
}

/**
 * Converts a Payload Lexical rich text value into react-pdf block elements,
 * to be placed inside a <View> or <Page>. Only what the Topic editor can
 * produce is drawn (`sanitizeRichText`): unknown node types print their text,
 * never their JSON; a malformed value renders nothing.
 */
export function lexicalToPdf(state: RichTextState | null | undefined, keyPrefix = 'rt'): ReactNode[] {
  if (!isRecord(state) || !isRecord(state.root)) return []
  const root: Record<string, unknown> = sanitizeRichText(state).root as unknown as Record<string, unknown>
  return renderBlocks(childrenOf(root), keyPrefix, { listDepth: 0 })
}
