/**
 * The translators' exchange works on units: one translatable string of a
 * document (a title, one paragraph of rich text, one list item), addressed by
 * a stable path such as `sections.<blockId>.body.2`. A unit's text keeps its
 * inline markup as a small tree, so bold, links and line breaks survive the
 * trip through a translator's tool and come back where the translator put
 * them in the sentence.
 */
export interface TranslationUnit {
  id: string
  source: InlineText
  /** The text in the target locale, when there is one (an export for revision, or an import). */
  target?: InlineText
  /** For the translator: where the text appears, and any length limit. */
  note?: string
}

export type InlineText = InlineNode[]

/**
 * Lexical's text formats, in the order their spans nest when one run of text
 * has several (bold outside italic, and so on).
 */
export const INLINE_FORMATS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'code',
  'subscript',
  'superscript',
  'highlight',
  'lowercase',
  'uppercase',
  'capitalize',
] as const

export type InlineFormat = (typeof INLINE_FORMATS)[number]

/**
 * Every node but text is an inline code with an id unique within its unit
 * ("1", "2", … in document order); a translation must carry each of the
 * source's codes exactly once, in any order.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'format'; id: string; format: InlineFormat; children: InlineNode[] }
  /** `url` is the address as stored (`internal:<collection>/<id>` for a link to a document). */
  | { type: 'link'; id: string; url: string; newTab: boolean; children: InlineNode[] }
  | { type: 'break'; id: string }
  | { type: 'tab'; id: string }
  /** Inline content that is not text (an inline block, a mention): kept in place, never translated. */
  | { type: 'opaque'; id: string; kind: string }

export type InlineCode = Exclude<InlineNode, { type: 'text' }>

/** The text a reader sees: breaks as newlines, tabs as tabs, codes without text as nothing. */
export function inlinePlainText(text: InlineText): string {
  return text.map(nodePlainText).join('')
}

function nodePlainText(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return node.text
    case 'break':
      return '\n'
    case 'tab':
      return '\t'
    case 'opaque':
      return ''
    case 'format':
    case 'link':
      return inlinePlainText(node.children)
  }
}

/** Whether there is anything to translate: some text that is not only white space. */
export function hasTranslatableText(text: InlineText): boolean {
  return inlinePlainText(text).trim() !== ''
}

/** Every code of a text, outermost first, in document order. */
export function inlineCodes(text: InlineText): InlineCode[] {
  const codes: InlineCode[] = []
  const visit = (nodes: InlineText): void => {
    for (const node of nodes) {
      if (node.type === 'text') continue
      codes.push(node)
      if (node.type === 'format' || node.type === 'link') visit(node.children)
    }
  }
  visit(text)
  return codes
}

/** How a code is named to an editor: "the bold span 2", "link 3", "line break 4". */
export function describeCode(code: InlineCode): string {
  switch (code.type) {
    case 'format':
      return `the ${code.format} span ${code.id}`
    case 'link':
      return `link ${code.id}`
    case 'break':
      return `line break ${code.id}`
    case 'tab':
      return `tab ${code.id}`
    case 'opaque':
      return `placeholder ${code.id}`
  }
}

/** Two codes are the same when a translation may stand one for the other: same kind, format and address. */
export function sameCode(a: InlineCode, b: InlineCode): boolean {
  if (a.type !== b.type || a.id !== b.id) return false
  if (a.type === 'format' && b.type === 'format') return a.format === b.format
  if (a.type === 'link' && b.type === 'link') return a.url === b.url && a.newTab === b.newTab
  if (a.type === 'opaque' && b.type === 'opaque') return a.kind === b.kind
  return true
}

export type MarkupProblem = { kind: 'markup-mismatch' | 'link-changed'; sentence: string }

/**
 * The first way a translation's inline markup differs from its source's, or
 * null when every source code appears exactly once with the same meaning.
 * Order and nesting may change (Spanish puts the bold word elsewhere), except
 * that a link cannot hold another link, which no page can show.
 */
export function findMarkupProblem(source: InlineText, target: InlineText): MarkupProblem | null {
  const sourceCodes = new Map(inlineCodes(source).map((code) => [code.id, code]))
  const seen = new Set<string>()
  for (const code of inlineCodes(target)) {
    const original = sourceCodes.get(code.id)
    if (!original) return { kind: 'markup-mismatch', sentence: `the translation has ${describeCode(code)}, which the source text does not have` }
    if (seen.has(code.id)) return { kind: 'markup-mismatch', sentence: `${describeCode(original)} appears more than once in the translation` }
    seen.add(code.id)
    if (original.type === 'link' && code.type === 'link' && !sameCode(original, code)) {
      return { kind: 'link-changed', sentence: `${describeCode(original)} points somewhere else in the translation` }
    }
    if (!sameCode(original, code)) {
      return { kind: 'markup-mismatch', sentence: `${describeCode(original)} of the source text is ${describeCode(code)} in the translation` }
    }
  }
  for (const code of sourceCodes.values()) {
    if (!seen.has(code.id)) return { kind: 'markup-mismatch', sentence: `${describeCode(code)} of the source text is missing from the translation` }
  }
  if (hasNestedLink(target, false)) return { kind: 'markup-mismatch', sentence: 'the translation puts a link inside another link' }
  return null
}

function hasNestedLink(nodes: InlineText, insideLink: boolean): boolean {
  return nodes.some((node) => {
    if (node.type === 'link') return insideLink || hasNestedLink(node.children, true)
    return node.type === 'format' && hasNestedLink(node.children, insideLink)
  })
}

/**
 * Adjacent text nodes joined: a parsed target arrives in pieces (entities,
 * dropped annotations), and equal trees compare equal.
 */
export function normalizeInlineText(nodes: InlineText): InlineText {
  const result: InlineNode[] = []
  for (const node of nodes) {
    const normalized: InlineNode = node.type === 'format' || node.type === 'link' ? { ...node, children: normalizeInlineText(node.children) } : node
    const last = result.at(-1)
    if (normalized.type === 'text') {
      if (normalized.text === '') continue
      if (last?.type === 'text') {
        result[result.length - 1] = { type: 'text', text: last.text + normalized.text }
        continue
      }
    }
    result.push(normalized)
  }
  return result
}

/** A plain string as inline text: each line break becomes a break code (XLIFF tools keep codes, not raw newlines). */
export function plainTextToInline(value: string): InlineText {
  const nodes: InlineNode[] = []
  let nextId = 1
  value.split(/\r\n?|\n/u).forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'break', id: String(nextId++) })
    if (line !== '') nodes.push({ type: 'text', text: line })
  })
  return nodes
}

/**
 * The source units with the text the target locale already has, for a file a
 * translator revises: `targetUnits` are the units of the same document read
 * in the target locale (same ids, since rows keep their ids across locales).
 * A translation whose codes no longer match its source (the source gained a
 * link, say) is left out, so the file never offers markup the import refuses.
 */
export function withExistingTargets(sourceUnits: readonly TranslationUnit[], targetUnits: readonly TranslationUnit[]): TranslationUnit[] {
  const existing = new Map(targetUnits.map((unit) => [unit.id, unit.source]))
  return sourceUnits.map((unit) => {
    const target = existing.get(unit.id)
    return target && hasTranslatableText(target) && !findMarkupProblem(unit.source, target) ? { ...unit, target } : { ...unit }
  })
}
