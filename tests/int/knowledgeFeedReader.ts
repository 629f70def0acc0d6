import { readXmlTree, type XmlElement } from '@/lib/translation/readXmlTree'

/**
 * Reads an Infobutton knowledge response as an EHR would: the JSON shape
 * MedlinePlus Connect sends (`feed.entry[].title._value`, `link[].href`,
 * `summary._value`, `updated._value`) or an Atom feed. Strict on purpose: a
 * field missing or of the wrong type throws, so Careleaf's answer and the
 * MedlinePlus Connect fixture are held to the same shape by the same code.
 */
export interface ReadFeed {
  subtitle: string
  categories: Array<{ scheme: string; term: string }>
  entries: Array<{ title: string; href: string; summary: string; updated: string }>
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path} is not an object`)
  return value as Record<string, unknown>
}

function textNode(value: unknown, path: string): string {
  const node = record(value, path)
  if (typeof node._value !== 'string') throw new Error(`${path}._value is not a string`)
  return node._value
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new Error(`${path} is not a string`)
  return value
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${path} is not a list`)
  return value
}

export function readConnectJson(json: unknown): ReadFeed {
  const feed = record(record(json, '$').feed, 'feed')
  return {
    subtitle: textNode(feed.subtitle, 'feed.subtitle'),
    categories: list(feed.category, 'feed.category').map((item, index) => {
      const category = record(item, `feed.category[${index}]`)
      return { scheme: string(category.scheme, 'scheme'), term: string(category.term, 'term') }
    }),
    entries: list(feed.entry, 'feed.entry').map((item, index) => {
      const entry = record(item, `feed.entry[${index}]`)
      const links = list(entry.link, `feed.entry[${index}].link`)
      return {
        title: textNode(entry.title, `feed.entry[${index}].title`),
        href: string(record(links[0], `feed.entry[${index}].link[0]`).href, `feed.entry[${index}].link[0].href`),
        summary: textNode(entry.summary, `feed.entry[${index}].summary`),
        updated: textNode(entry.updated, `feed.entry[${index}].updated`),
      }
    }),
  }
}

const ATOM = 'http://www.w3.org/2005/Atom'

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element' && child.ns === ATOM && child.name === name)
}

function childText(element: XmlElement, name: string): string {
  const child = children(element, name)[0]
  if (!child) throw new Error(`<${name}> missing`)
  return child.children.map((node) => (node.kind === 'text' ? node.text : '')).join('')
}

export function readAtom(xml: string): ReadFeed & { language: string | undefined } {
  const feed = readXmlTree(xml)
  if (feed.ns !== ATOM || feed.name !== 'feed') throw new Error('not an Atom feed')
  return {
    language: feed.attributes.get('{http://www.w3.org/XML/1998/namespace}lang'),
    subtitle: childText(feed, 'subtitle'),
    categories: children(feed, 'category').map((category) => ({
      scheme: category.attributes.get('scheme') ?? '',
      term: category.attributes.get('term') ?? '',
    })),
    entries: children(feed, 'entry').map((entry) => ({
      title: childText(entry, 'title'),
      href: children(entry, 'link')[0]?.attributes.get('href') ?? '',
      summary: childText(entry, 'summary'),
      updated: childText(entry, 'updated'),
    })),
  }
}
