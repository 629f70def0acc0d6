import sax from 'sax'

/**
 * A namespace-aware element tree of an XML document, built with sax in strict
 * mode. It keeps every character of text as written, white space between
 * inline elements included ("<pc>one</pc> <pc>two</pc>"), which the xliff
 * package's reader drops. Nothing is expanded: sax knows only the five XML
 * entities and refuses any other, and a DOCTYPE is refused outright.
 */
export interface XmlElement {
  kind: 'element'
  /** Namespace URI, '' when none. */
  ns: string
  /** Local name, without prefix. */
  name: string
  /** Attributes by local name; an attribute in a namespace as `{uri}local`. Namespace declarations are left out. */
  attributes: ReadonlyMap<string, string>
  children: XmlNode[]
  line: number
}

export type XmlNode = XmlElement | { kind: 'text'; text: string }

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError'
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/** Deeper than any XLIFF file needs (about ten levels, plus nested formatting); keeps later walks off the stack limit. */
export const MAX_XML_DEPTH = 64

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/'

export function readXmlTree(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true, position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let failure: XmlSyntaxError | null = null
  // Handlers throw to stop sax at the first problem; it would otherwise carry on and report knock-on ones.
  const fail = (message: string): never => {
    failure ??= new XmlSyntaxError(message, parser.line + 1)
    throw failure
  }
  const addText = (text: string): void => {
    const parent = stack.at(-1)
    if (!parent || text === '') return
    const last = parent.children.at(-1)
    if (last?.kind === 'text') last.text += text
    else parent.children.push({ kind: 'text', text })
  }

  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'not well-formed')
  parser.ondoctype = () => fail('a DOCTYPE is not allowed')
  parser.onopentag = (tag) => {
    if (!('uri' in tag)) return fail('namespaces were not read')
    if (stack.length >= MAX_XML_DEPTH) return fail(`elements are nested more than ${MAX_XML_DEPTH} deep`)
    const attributes = new Map<string, string>()
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS_URI || attribute.name === 'xmlns' || attribute.prefix === 'xmlns') continue
      attributes.set(attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local, attribute.value)
    }
    const element: XmlElement = { kind: 'element', ns: tag.uri, name: tag.local, attributes, children: [], line: parser.line + 1 }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else if (root) return fail('there is more than one root element')
    else root = element
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = addText
  parser.oncdata = addText

  try {
    parser.write(xml).close()
  } catch (error) {
    if (!failure) throw error
  }
  if (failure) throw failure
  if (!root) throw new XmlSyntaxError('the document has no root element', 1)
  return root
}

/** The element children of an element. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => node.kind === 'element')
}
