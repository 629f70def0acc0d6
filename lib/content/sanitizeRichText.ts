import type { RichTextState } from './richTextState'
import { mediaFileUrl } from '../media/mediaFileUrl'

/**
 * Rebuilds stored rich text from only what the Topic editor (Payload's
 * default Lexical features) can produce, before any converter draws it: the
 * patient page, the clinician's view and the PDF all call this first. A
 * handout's snapshot is stored JSON, and JSON can say anything: unknown node
 * types, `javascript:`/`data:` links, a heading `tag` of "img", an upload
 * pointing at another host. Each kept node is copied field by field with
 * checked values (nothing passes through unread); links with another scheme
 * and unknown containers keep their text as plain text; uploads that are not
 * images from our `media` collection, relationship nodes, blocks and anything
 * else without text are dropped.
 *
 * Kept: paragraph, heading, quote, list/listitem (bullet, number, check),
 * text (format bits only), linebreak, tab, horizontalrule, link/autolink
 * (http, https, mailto, tel), upload (an image in `media`).
 */
export function sanitizeRichText(state: unknown): RichTextState {
  const root = isRecord(state) && isRecord(state.root) ? state.root : {}
  return {
    root: {
      type: 'root',
      version: 1,
      direction: directionOf(root),
      format: '',
      indent: 0,
      children: blocksOf(childrenOf(root), 0),
    },
  } as unknown as RichTextState
}

/** Deeper than any real document; stops a crafted one from exhausting the stack. */
const MAX_DEPTH = 32

/** Lexical's text format bits, bold (1) … capitalize (1 << 10). */
const TEXT_FORMAT_BITS = (1 << 11) - 1

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

type Node = Record<string, unknown>

/** The URL a link may point at: absolute http(s), mailto or tel; anything else (relative, script, data) is null. */
export function allowedLinkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  // Browsers ignore tabs and newlines inside a URL ("java\tscript:"), so judge it as they read it.
  const trimmed = url.replace(/[\t\n\r]/g, '').trim()
  try {
    return LINK_SCHEMES.has(new URL(trimmed).protocol) ? trimmed : null
  } catch {
    return null
  }
}

function isRecord(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.children) ? node.children.filter(isRecord) : []
}

function directionOf(node: Node): 'ltr' | 'rtl' | null {
  return node.direction === 'rtl' ? 'rtl' : node.direction === 'ltr' ? 'ltr' : null
}

const ALIGNMENTS = new Set(['left', 'start', 'center', 'right', 'end', 'justify'])

function alignmentOf(node: Node): string {
  return typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? node.format : ''
}

function indentOf(node: Node): number {
  return typeof node.indent === 'number' && Number.isInteger(node.indent) ? Math.min(Math.max(node.indent, 0), 10) : 0
}

function elementBase(type: string, node: Node): Node {
  return { type, version: 1, direction: directionOf(node), format: alignmentOf(node), indent: indentOf(node) }
}

function textNode(text: string, format = 0): Node {
  return { type: 'text', version: 1, text, format, mode: 'normal', style: '', detail: 0 }
}

const INLINE_TYPES = new Set(['text', 'tab', 'linebreak', 'link', 'autolink'])

/** Children of the root (or of an unknown container there): blocks, with stray inline runs wrapped in paragraphs. */
function blocksOf(nodes: Node[], depth: number): Node[] {
  if (depth > MAX_DEPTH) return []
  const blocks: Node[] = []
  let inlineRun: Node[] = []
  const flush = (): void => {
    if (inlineRun.length > 0) blocks.push({ ...elementBase('paragraph', {}), textFormat: 0, textStyle: '', children: inlineRun })
    inlineRun = []
  }
  for (const node of nodes) {
    const type = node.type
    if (INLINE_TYPES.has(String(type)) || (typeof node.text === 'string' && !isKnownBlock(type))) {
      inlineRun.push(...inlinesOf([node], depth + 1))
      continue
    }
    flush()
    switch (type) {
      case 'paragraph':
        blocks.push({ ...elementBase('paragraph', node), textFormat: 0, textStyle: '', children: inlinesOf(childrenOf(node), depth + 1) })
        break
      case 'heading':
        blocks.push({ ...elementBase('heading', node), tag: headingTagOf(node), children: inlinesOf(childrenOf(node), depth + 1) })
        break
      case 'quote':
        blocks.push({ ...elementBase('quote', node), format: '', indent: 0, children: inlinesOf(childrenOf(node), depth + 1) })
        break
      case 'list':
        blocks.push(listOf(node, depth + 1))
        break
      case 'horizontalrule':
        blocks.push({ type: 'horizontalrule', version: 1 })
        break
      case 'upload': {
        const upload = uploadOf(node)
        if (upload) blocks.push(upload)
        break
      }
      default:
        // Unknown containers (a table, a plugin's node) keep their text; leaves without text go.
        blocks.push(...blocksOf(childrenOf(node), depth + 1))
    }
  }
  flush()
  return blocks
}

function isKnownBlock(type: unknown): boolean {
  return type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'list' || type === 'listitem' || type === 'horizontalrule' || type === 'upload'
}

/** Content inside a paragraph, heading, quote, link or list item: text, breaks, tabs and allowed links. */
function inlinesOf(nodes: Node[], depth: number): Node[] {
  if (depth > MAX_DEPTH) return []
  const inlines: Node[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (typeof node.text === 'string') inlines.push(textNode(node.text, formatOf(node)))
        break
      case 'tab':
        inlines.push({ ...textNode('\t'), type: 'tab' })
        break
      case 'linebreak':
        inlines.push({ type: 'linebreak', version: 1 })
        break
      case 'link':
      case 'autolink': {
        const children = inlinesOf(childrenOf(node), depth + 1)
        const fields = isRecord(node.fields) ? node.fields : {}
        // Internal links point at a document, which a patient cannot open: they read as text.
        const url = fields.linkType === 'internal' ? null : allowedLinkUrl(fields.url ?? node.url)
        if (url === null) {
          inlines.push(...children)
          break
        }
        inlines.push({ ...elementBase(String(node.type), {}), fields: { linkType: 'custom', url, newTab: fields.newTab === true }, children })
        break
      }
      default:
        // Unknown inline nodes (mentions, a future plugin's) and blocks nested where they cannot be: their text only.
        if (typeof node.text === 'string') inlines.push(textNode(node.text))
        else inlines.push(...inlinesOf(childrenOf(node), depth + 1))
    }
  }
  return inlines
}

function formatOf(node: Node): number {
  return typeof node.format === 'number' && Number.isInteger(node.format) ? node.format & TEXT_FORMAT_BITS : 0
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

function headingTagOf(node: Node): string {
  return typeof node.tag === 'string' && HEADING_TAGS.has(node.tag) ? node.tag : 'h2'
}

function listOf(node: Node, depth: number): Node {
  const listType = node.listType === 'number' || node.listType === 'check' ? node.listType : 'bullet'
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start > 0 ? node.start : 1
  const items = childrenOf(node).map((child, index) => listItemOf(child, start + index, listType === 'check', depth + 1))
  return { ...elementBase('list', node), format: '', indent: 0, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children: items }
}

/** An item holds inline content and nested lists; anything else met in a list becomes an item of its text. */
function listItemOf(node: Node, value: number, isCheck: boolean, depth: number): Node {
  const content = node.type === 'listitem' ? childrenOf(node) : [node]
  const children = depth > MAX_DEPTH ? [] : content.flatMap((child) => (child.type === 'list' ? [listOf(child, depth + 1)] : inlinesOf([child], depth + 1)))
  return { ...elementBase('listitem', {}), value, ...(isCheck ? { checked: node.checked === true } : {}), children }
}

/** An image from our `media` collection, as the converters need it; anything else is dropped. */
function uploadOf(node: Node): Node | null {
  if (node.relationTo !== 'media' || !isRecord(node.value)) return null
  const media = node.value
  const url = mediaFileUrl(media.url)
  if (!url || typeof media.mimeType !== 'string' || !media.mimeType.startsWith('image/')) return null
  const fields = isRecord(node.fields) ? node.fields : {}
  const alt = typeof fields.alt === 'string' && fields.alt !== '' ? fields.alt : typeof media.alt === 'string' ? media.alt : ''
  const dimension = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null)
  return {
    type: 'upload',
    version: 3,
    format: '',
    fields: null,
    relationTo: 'media',
    // No `sizes`: each would be another URL for the converters to trust.
    value: { id: typeof media.id === 'number' ? media.id : 0, url, alt, mimeType: media.mimeType, filename: typeof media.filename === 'string' ? media.filename : '', width: dimension(media.width), height: dimension(media.height) },
  }
}
