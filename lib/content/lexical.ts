import type {
  SerializedLexicalNode,
  SerializedLineBreakNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { RichTextState } from './richTextState'

/**
 * Builds the rich text Payload stores for a Lexical field: one paragraph node
 * per string. A newline inside a string becomes a linebreak node (Lexical
 * keeps text nodes single-line), and an empty string an empty paragraph.
 */
export function paragraphsToRichText(paragraphs: string[]): RichTextState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map(toParagraphNode),
    },
  }
}

function toParagraphNode(text: string): SerializedParagraphNode {
  const children: Array<SerializedTextNode | SerializedLineBreakNode> = []
  text.split(/\r\n?|\n/u).forEach((line, index) => {
    if (index > 0) children.push({ type: 'linebreak', version: 1 })
    // Lexical removes empty text nodes when it loads a document, so never write one.
    if (line !== '') {
      children.push({ type: 'text', version: 1, text: line, format: 0, mode: 'normal', style: '', detail: 0 })
    }
  })
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  }
}

/**
 * Node types that stand on their own line(s) rather than flowing inside a
 * line of text. Matters where both kinds share a parent, e.g. a list item
 * holding its text and a nested list.
 */
const BLOCK_NODE_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'table', 'code'])

/**
 * Plain text of stored rich text, for search, previews and text-only output:
 * top-level blocks (paragraphs, headings, quotes, lists) are separated by a
 * blank line, list items (nested ones too) each get their own line, links
 * contribute their text, linebreak nodes become "\n" and tabs "\t". Nodes
 * without text (uploads, relationships, blocks) contribute nothing, and empty
 * blocks are skipped so they leave no stray blank lines.
 */
export function richTextToPlainText(state: RichTextState): string {
  return joinNonEmpty(readChildren(state.root).map(nodeToPlainText), '\n\n')
}

function nodeToPlainText(node: SerializedLexicalNode): string {
  const children = readChildren(node)
  switch (node.type) {
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'list':
    case 'table':
      return joinNonEmpty(children.map(nodeToPlainText), '\n')
    case 'listitem':
      return mixedChildrenToPlainText(children, '\n')
    case 'tablerow':
      return children.map(nodeToPlainText).join(' | ')
    case 'tablecell':
      return mixedChildrenToPlainText(children, ' ')
  }
  const text = readText(node)
  if (text !== undefined) return text
  // Paragraphs, headings, quotes, links and unknown element nodes.
  return mixedChildrenToPlainText(children, '\n\n')
}

/** Runs inline children together and puts each block child on its own line(s). */
function mixedChildrenToPlainText(children: SerializedLexicalNode[], blockSeparator: string): string {
  const parts: string[] = []
  let inlineText = ''
  for (const child of children) {
    if (BLOCK_NODE_TYPES.has(child.type)) {
      parts.push(inlineText, nodeToPlainText(child))
      inlineText = ''
    } else {
      inlineText += nodeToPlainText(child)
    }
  }
  parts.push(inlineText)
  return joinNonEmpty(parts, blockSeparator)
}

function joinNonEmpty(parts: string[], separator: string): string {
  return parts.filter((part) => part !== '').join(separator)
}

/**
 * Stored JSON is not checked against the node types when it is read back, so
 * children are validated here rather than trusted.
 */
function readChildren(node: SerializedLexicalNode): SerializedLexicalNode[] {
  if (!('children' in node)) return []
  const children: unknown = node.children
  return Array.isArray(children) ? children.filter(isLexicalNode) : []
}

function readText(node: SerializedLexicalNode): string | undefined {
  if (!('text' in node)) return undefined
  const text: unknown = node.text
  return typeof text === 'string' ? text : undefined
}

function isLexicalNode(value: unknown): value is SerializedLexicalNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}
