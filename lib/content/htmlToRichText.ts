import sax from 'sax'

import type { RichTextState } from './richTextState'
import { sanitizeRichText } from './sanitizeRichText'

/**
 * Turns a small, trusted-shape HTML fragment (a publisher's summary: p,
 * ul/ol/li, a, em/i, strong/b, h2–h4, br) into the Lexical rich text a text
 * section stores. Everything else keeps its text and loses its tag, links
 * keep only an http(s) target (anything else reads as its text), and the
 * result goes through sanitizeRichText like any stored rich text, so nothing
 * here is trusted further than the editor's own output.
 *
 * sax reads it in its forgiving (HTML) mode: HTML entities such as &nbsp; are
 * decoded and unclosed tags are closed where their parent ends.
 */
export function htmlToRichText(html: string): RichTextState {
  const builder = new LexicalBuilder()
  const parser = sax.parser(false, { lowercase: true })
  parser.onopentag = (tag) => builder.open(tag.name, tag.attributes as Record<string, string>)
  parser.onclosetag = (name) => builder.close(name)
  parser.ontext = (text) => builder.text(text)
  parser.oncdata = (text) => builder.text(text)
  // Forgiving mode still reports oddities (a stray "<" in text); the text around them is kept.
  parser.onerror = () => {
    parser.resume()
  }
  parser.write(`<div>${html}</div>`).close()
  const root = builder.root()
  tidyBlocks(root.root as Node)
  return sanitizeRichText(root)
}

const TEXT_BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem'])

/** HTML's rendering of white space: none at the start or end of a block, or beside a nested list; empty blocks go. */
function tidyBlocks(node: Node): void {
  const children = node.children ?? []
  for (const child of children) tidyBlocks(child)
  if (TEXT_BLOCK_TYPES.has(node.type) || node.type === 'link') {
    children.forEach((child, index) => {
      if (child.type !== 'text') return
      const before = children[index - 1]
      const after = children[index + 1]
      let text = String(child.text)
      if (!before || before.type === 'list' || before.type === 'linebreak') text = text.replace(/^ +/u, '')
      if (!after || after.type === 'list' || after.type === 'linebreak') text = text.replace(/ +$/u, '')
      child.text = text
    })
  }
  node.children = children.filter((child) => {
    if (child.type === 'text') return String(child.text) !== ''
    if (['paragraph', 'heading', 'listitem', 'link', 'list'].includes(child.type)) return (child.children ?? []).length > 0
    return true
  })
}

type Node = Record<string, unknown> & { type: string; children?: Node[] }

const FORMAT_BY_TAG: Record<string, number> = { strong: 1, b: 1, em: 2, i: 2, u: 8 }
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const LIST_TAGS = new Set(['ul', 'ol'])
/** Tags that end the current paragraph: the text after them starts a new block. */
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'section', 'article', 'table', 'tr', ...HEADING_TAGS])
const MAX_DEPTH = 32

function element(type: string, extra: Record<string, unknown> = {}): Node {
  return { type, version: 1, direction: 'ltr', format: '', indent: 0, children: [], ...extra }
}

function isHttpUrl(href: string | undefined): href is string {
  if (!href) return false
  try {
    const protocol = new URL(href.trim()).protocol
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Keeps a stack of open containers (root, list, list item, paragraph,
 * heading, link) and the text format of the open inline tags. Inline content
 * met where only blocks belong (the root, a list) opens an implicit
 * paragraph or list item, as a browser would.
 */
class LexicalBuilder {
  private readonly rootNode: Node = element('root')
  private readonly stack: { tag: string; node: Node | null; format: number }[] = [{ tag: '#root', node: this.rootNode, format: 0 }]

  root(): Node {
    return { root: this.rootNode } as unknown as Node
  }

  open(tag: string, attributes: Record<string, string>): void {
    const format = this.format() | (FORMAT_BY_TAG[tag] ?? 0)
    if (this.stack.length > MAX_DEPTH) {
      this.stack.push({ tag, node: null, format })
      return
    }
    if (tag === 'br') {
      this.inlineParent().children?.push({ type: 'linebreak', version: 1 })
      this.stack.push({ tag, node: null, format })
      return
    }
    if (BLOCK_TAGS.has(tag)) this.closeOpenParagraph()
    if (tag === 'p' || (HEADING_TAGS.has(tag) && !this.insideListItem())) {
      const node = tag === 'p' ? element('paragraph', { textFormat: 0, textStyle: '' }) : element('heading', { tag: tag === 'h1' ? 'h2' : tag })
      this.blockParent().children?.push(node)
      this.stack.push({ tag, node, format })
      return
    }
    if (LIST_TAGS.has(tag)) {
      const listType = tag === 'ol' ? 'number' : 'bullet'
      const node = element('list', { listType, start: 1, tag })
      this.blockParent().children?.push(node)
      this.stack.push({ tag, node, format })
      return
    }
    if (tag === 'li') {
      const node = element('listitem', { value: 1 })
      this.listParent().children?.push(node)
      this.stack.push({ tag, node, format })
      return
    }
    if (tag === 'a' && isHttpUrl(attributes.href)) {
      const node = element('link', { fields: { linkType: 'custom', url: attributes.href.trim(), newTab: false } })
      this.inlineParent().children?.push(node)
      this.stack.push({ tag, node, format })
      return
    }
    // Formatting, a link to somewhere else, or an unknown tag: its text flows into what is open.
    this.stack.push({ tag, node: null, format })
  }

  close(tag: string): void {
    // Forgiving HTML: close up to the matching open tag, if there is one.
    const index = this.stack.findLastIndex((entry) => entry.tag === tag)
    if (index > 0) this.stack.length = index
  }

  text(raw: string): void {
    // HTML white space: runs collapse to one space; a block's leading and trailing space is dropped later.
    const text = raw.replace(/[\s\u00a0]+/gu, (space) => (space.includes('\u00a0') ? '\u00a0' : ' '))
    if (text.trim() === '' && !this.hasOpenInline()) return
    const parent = this.inlineParent()
    const last = parent.children?.at(-1)
    if (last?.type === 'text' && last.format === this.format()) last.text = `${String(last.text)}${text}`
    else parent.children?.push({ type: 'text', version: 1, text, format: this.format(), mode: 'normal', style: '', detail: 0 })
  }

  private format(): number {
    return this.stack.at(-1)?.format ?? 0
  }

  private openNodes(): Node[] {
    return this.stack.flatMap((entry) => (entry.node ? [entry.node] : []))
  }

  private insideListItem(): boolean {
    return this.openNodes().some((node) => node.type === 'listitem')
  }

  private hasOpenInline(): boolean {
    const node = this.openNodes().at(-1)
    return node !== undefined && ['paragraph', 'heading', 'link', 'listitem'].includes(node.type)
  }

  /** Where a paragraph, heading or list goes: the root, or a list item (a nested list). */
  private blockParent(): Node {
    const node = this.openNodes().at(-1) ?? this.rootNode
    if (node.type === 'root' || node.type === 'listitem') return node
    if (node.type === 'list') return this.implicitListItem(node)
    // A block inside a paragraph or heading: close them first.
    this.closeOpenParagraph()
    return this.blockParent()
  }

  private listParent(): Node {
    const node = this.openNodes().at(-1)
    if (node?.type === 'list') return node
    // A stray <li>: give it a list.
    const list = element('list', { listType: 'bullet', start: 1, tag: 'ul' })
    this.blockParent().children?.push(list)
    this.stack.push({ tag: '#list', node: list, format: this.format() })
    return list
  }

  /** Where text goes: the open paragraph, heading, list item or link; else a new paragraph. */
  private inlineParent(): Node {
    const node = this.openNodes().at(-1) ?? this.rootNode
    if (['paragraph', 'heading', 'link', 'listitem'].includes(node.type)) return node
    if (node.type === 'list') return this.implicitListItem(node)
    const paragraph = element('paragraph', { textFormat: 0, textStyle: '' })
    node.children?.push(paragraph)
    this.stack.push({ tag: '#p', node: paragraph, format: this.format() })
    return paragraph
  }

  private implicitListItem(list: Node): Node {
    const item = element('listitem', { value: 1 })
    list.children?.push(item)
    this.stack.push({ tag: '#li', node: item, format: this.format() })
    return item
  }

  /** Ends an open paragraph, heading or link (a block tag starts, as in HTML). */
  private closeOpenParagraph(): void {
    const index = this.stack.findIndex((entry) => entry.node !== null && ['paragraph', 'heading', 'link'].includes(entry.node.type))
    if (index > 0) this.stack.length = index
  }
}
