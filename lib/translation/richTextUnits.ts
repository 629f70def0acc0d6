import { LEXICAL_TEXT_FORMAT } from '@/lib/content/lexicalTextFormat'

import { INLINE_FORMATS, type InlineCode, type InlineFormat, type InlineNode, type InlineText, hasTranslatableText } from './translationUnit'

/**
 * Rich text (Lexical JSON, as Payload stores it) in translation units: one
 * unit per block of text (a paragraph, a heading, a quote, a list item), with
 * its bold, italic, underline, links and line breaks as inline codes. The
 * reverse rebuilds the same document with the translated text: blocks,
 * headings' levels, list types, images and the links' own fields all come
 * from the source, so a translator can change words and move formatting but
 * never the document's shape.
 *
 * A block's unit id is its path of child indexes under the field's id:
 * `body.2` for the root's third child, `body.2.0` for the first item of a list
 * there, `body.2.1.1.0` for an item of a list nested in its second item.
 */

type LexicalNode = Record<string, unknown>

/** Blocks whose own children are text; anything else with children is a container of blocks. */
const TEXT_BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])
/** Block-level nodes that can sit inside a text block (a list nested in a list item). */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  'code',
  'upload',
  'horizontalrule',
  'block',
  'relationship',
])

/** Deeper than any real document; a crafted one cannot exhaust the stack. */
const MAX_DEPTH = 64

export interface RichTextUnit {
  id: string
  source: InlineText
}

/** One unit per block that has text, in document order. */
export function richTextUnits(state: unknown, fieldId: string): RichTextUnit[] {
  const units: RichTextUnit[] = []
  forEachTextBlock(state, fieldId, (block, id) => {
    const { text } = inlineOfBlock(block)
    if (hasTranslatableText(text)) units.push({ id, source: text })
  })
  return units
}

/**
 * The same document with each translated block's text replaced. Blocks
 * without a translation keep their source text; checking that every unit was
 * translated, with its markup intact, is the caller's job (and done before
 * this is called), so a code the source lacks is a programming error here.
 */
export function applyRichTextTranslations(state: unknown, fieldId: string, targets: ReadonlyMap<string, InlineText>): LexicalNode {
  const copy = structuredClone(isRecord(state) ? state : {})
  forEachTextBlock(copy, fieldId, (block, id) => {
    const target = targets.get(id)
    if (!target) return
    const { codeNodes } = inlineOfBlock(block)
    const inline = mergeTextNodes(lexicalInline(target, 0, codeNodes, id))
    const children = childrenOf(block)
    const rebuilt: LexicalNode[] = []
    let placed = false
    for (const child of children) {
      if (!isInline(child)) rebuilt.push(child)
      else if (!placed) {
        rebuilt.push(...inline)
        placed = true
      }
    }
    if (!placed) rebuilt.unshift(...inline)
    block.children = rebuilt
  })
  return copy
}

function forEachTextBlock(state: unknown, fieldId: string, visit: (block: LexicalNode, id: string) => void): void {
  const root = isRecord(state) && isRecord(state.root) ? state.root : null
  if (!root) return
  const walk = (node: LexicalNode, id: string, depth: number): void => {
    if (depth > MAX_DEPTH) return
    const children = childrenOf(node)
    const isTextBlock = TEXT_BLOCK_TYPES.has(String(node.type)) || children.some(isInline)
    if (isTextBlock) visit(node, id)
    children.forEach((child, index) => {
      if (!isTextBlock || !isInline(child)) walk(child, `${id}.${index}`, depth + 1)
    })
  }
  childrenOf(root).forEach((child, index) => walk(child, `${fieldId}.${index}`, 1))
}

function isInline(node: LexicalNode): boolean {
  return INLINE_TYPES.has(String(node.type)) || !BLOCK_TYPES.has(String(node.type))
}

/** A leaf of a block's text before formatting spans are formed: a run of text with its format bits, or a code. */
type Leaf = { kind: 'text'; text: string; format: number } | { kind: 'code'; node: InlineCode; lexical: LexicalNode | null }

/** A block's inline children as inline text, with the Lexical node behind each code that is kept from the source. */
function inlineOfBlock(block: LexicalNode): { text: InlineText; codeNodes: Map<string, LexicalNode> } {
  const lexicalOf = new Map<InlineCode, LexicalNode>()
  const text = spansOf(leavesOf(childrenOf(block).filter(isInline), lexicalOf, 0), 0)
  // Ids in document order, outer codes before the codes they hold.
  const codeNodes = new Map<string, LexicalNode>()
  let nextId = 1
  const number = (nodes: InlineText): void => {
    for (const node of nodes) {
      if (node.type === 'text') continue
      node.id = String(nextId++)
      const lexical = lexicalOf.get(node)
      if (lexical) codeNodes.set(node.id, lexical)
      if (node.type === 'format' || node.type === 'link') number(node.children)
    }
  }
  number(text)
  return { text, codeNodes }
}

function leavesOf(nodes: LexicalNode[], lexicalOf: Map<InlineCode, LexicalNode>, depth: number): Leaf[] {
  const leaves: Leaf[] = []
  const code = (node: InlineCode, lexical: LexicalNode | null): void => {
    if (lexical) lexicalOf.set(node, lexical)
    leaves.push({ kind: 'code', node, lexical })
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const format = typeof node.format === 'number' ? node.format : 0
        // Lexical keeps text single-line; a stray newline travels as a break like any other.
        String(node.text ?? '')
          .split(/\r\n?|\n/u)
          .forEach((line, index) => {
            if (index > 0) code({ type: 'break', id: '' }, null)
            if (line !== '') leaves.push({ kind: 'text', text: line, format })
          })
        break
      }
      case 'linebreak':
        code({ type: 'break', id: '' }, null)
        break
      case 'tab':
        code({ type: 'tab', id: '' }, node)
        break
      case 'link':
      case 'autolink': {
        const children = depth < MAX_DEPTH ? spansOf(leavesOf(childrenOf(node), lexicalOf, depth + 1), 0) : []
        code({ type: 'link', id: '', url: linkUrlOf(node), newTab: isRecord(node.fields) && node.fields.newTab === true, children }, node)
        break
      }
      default:
        code({ type: 'opaque', id: '', kind: String(node.type).replace(/[^A-Za-z0-9_.-]/g, '') || 'node' }, node)
    }
  }
  return leaves
}

/**
 * Formatting spans over the leaves: each span covers the longest run of text
 * sharing a format, so "**Call 911** *now*" is two spans, not one per Lexical
 * text node, and translators see as few codes as the text needs.
 */
function spansOf(leaves: Leaf[], applied: number): InlineNode[] {
  const nodes: InlineNode[] = []
  let index = 0
  while (index < leaves.length) {
    const leaf = leaves[index] as Leaf
    if (leaf.kind === 'code') {
      nodes.push(leaf.node)
      index++
      continue
    }
    const pending = INLINE_FORMATS.filter((format) => (leaf.format & ~applied & LEXICAL_TEXT_FORMAT[format]) !== 0)
    if (pending.length === 0) {
      // Neighbouring text nodes of one format (Lexical may leave them split) read as one run.
      const last = nodes.at(-1)
      if (last?.type === 'text') last.text += leaf.text
      else nodes.push({ type: 'text', text: leaf.text })
      index++
      continue
    }
    let best = pending[0] as InlineFormat
    let bestEnd = index + 1
    for (const format of pending) {
      let end = index
      while (end < leaves.length && hasFormat(leaves[end] as Leaf, format)) end++
      if (end > bestEnd) {
        best = format
        bestEnd = end
      }
    }
    nodes.push({ type: 'format', id: '', format: best, children: spansOf(leaves.slice(index, bestEnd), applied | LEXICAL_TEXT_FORMAT[best]) })
    index = bestEnd
  }
  return nodes
}

function hasFormat(leaf: Leaf, format: InlineFormat): boolean {
  return leaf.kind === 'text' && (leaf.format & LEXICAL_TEXT_FORMAT[format]) !== 0
}

/** What a link points at, as one comparable string: its URL, or the document an internal link names. */
function linkUrlOf(node: LexicalNode): string {
  const fields = isRecord(node.fields) ? node.fields : {}
  if (fields.linkType === 'internal') {
    const doc = isRecord(fields.doc) ? fields.doc : {}
    const value = isRecord(doc.value) ? doc.value.id : doc.value
    return `internal:${String(doc.relationTo ?? '')}/${String(value ?? '')}`
  }
  const url = fields.url ?? node.url
  return typeof url === 'string' ? url : ''
}

function lexicalInline(nodes: InlineText, format: number, codeNodes: Map<string, LexicalNode>, unitId: string): LexicalNode[] {
  return nodes.flatMap((node): LexicalNode[] => {
    switch (node.type) {
      case 'text':
        return node.text.split(/\r\n?|\n/u).flatMap((line, index) => [
          ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
          // Lexical removes empty text nodes when it loads a document, so never write one.
          ...(line !== '' ? [textNode(line, format)] : []),
        ])
      case 'format':
        return lexicalInline(node.children, format | LEXICAL_TEXT_FORMAT[node.format], codeNodes, unitId)
      case 'break':
        return [{ type: 'linebreak', version: 1 }]
      case 'link':
        return [{ ...sourceNode(codeNodes, node, unitId), children: mergeTextNodes(lexicalInline(node.children, format, codeNodes, unitId)) }]
      case 'tab':
      case 'opaque':
        return [structuredClone(sourceNode(codeNodes, node, unitId))]
    }
  })
}

function sourceNode(codeNodes: Map<string, LexicalNode>, code: InlineCode, unitId: string): LexicalNode {
  const node = codeNodes.get(code.id)
  if (!node) throw new Error(`Unit ${unitId} has ${code.type} ${code.id}, which its source does not: check the markup before applying`)
  return node
}

function textNode(text: string, format: number): LexicalNode {
  return { type: 'text', version: 1, text, format, mode: 'normal', style: '', detail: 0 }
}

/** Neighbouring text of the same format as one node, as Lexical itself would normalise it. */
function mergeTextNodes(nodes: LexicalNode[]): LexicalNode[] {
  const merged: LexicalNode[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (last && node.type === 'text' && last.type === 'text' && last.format === node.format && last.style === node.style && last.mode === node.mode) {
      merged[merged.length - 1] = { ...last, text: String(last.text) + String(node.text) }
    } else {
      merged.push(node)
    }
  }
  return merged
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isRecord) : []
}

function isRecord(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
