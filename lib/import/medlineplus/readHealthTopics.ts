import { StringDecoder } from 'node:string_decoder'

import sax from 'sax'

import type { HealthTopicsEvent, MedlinePlusFileHeader, MedlinePlusHealthTopic, MedlinePlusLink } from './healthTopic'

/** A malformed or foreign file: where the reader stopped, so the clinic can look at the file. */
export class MedlinePlusFileError extends Error {
  override name = 'MedlinePlusFileError'
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`)
  }
}

const ROOT = 'health-topics'
const TOPIC = 'health-topic'
/** A topic is three levels deep at most (site → organization); anything far deeper is not this format. */
const MAX_TOPIC_DEPTH = 16

/** The part of a topic being read: one small element tree, dropped as soon as the topic is yielded. */
interface TopicElement {
  name: string
  attributes: Record<string, string>
  text: string
  children: TopicElement[]
}

/**
 * Streams `health-topics` → `health-topic` records out of the MedlinePlus XML,
 * one topic at a time: only the topic being read is held, never the document
 * (the published file is tens of megabytes). Strict XML: a truncated or
 * malformed file throws a MedlinePlusFileError with its line and column, a
 * file whose first element is not `<health-topics>` is refused there, and a
 * topic missing a required attribute is yielded as `skipped` with its line.
 * sax expands only the five XML entities and numeric references; a DOCTYPE's
 * entity declarations are never expanded.
 */
export async function* readHealthTopics(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<HealthTopicsEvent> {
  const parser = sax.parser(true, { position: true })
  const ready: HealthTopicsEvent[] = []
  const stack: TopicElement[] = []
  let depth = 0
  let sawRoot = false
  let closedRoot = false
  let topicLine = 0
  let failure: MedlinePlusFileError | null = null

  // Handlers throw to stop sax at the first problem; it would otherwise carry on and report knock-on ones.
  const fail = (message: string): never => {
    failure ??= new MedlinePlusFileError(message, parser.line + 1, parser.column + 1)
    throw failure
  }

  parser.onerror = (error) => fail(`The file is not well-formed XML: ${(error.message.split('\n')[0] ?? 'not well-formed').toLowerCase()}`)
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>
    depth += 1
    if (depth === 1) {
      if (closedRoot) fail('The file has more than one root element')
      if (tag.name !== ROOT) fail(`Not a MedlinePlus health-topics file: its first element is <${tag.name}>, expected <${ROOT}>`)
      sawRoot = true
      ready.push({ kind: 'header', header: readHeader(attributes) })
      return
    }
    if (depth === 2) {
      if (tag.name !== TOPIC) fail(`Unexpected <${tag.name}> in <${ROOT}>: only <${TOPIC}> elements belong there`)
      topicLine = parser.line + 1
    }
    if (depth > MAX_TOPIC_DEPTH) fail(`Elements are nested more than ${MAX_TOPIC_DEPTH} deep`)
    const element: TopicElement = { name: tag.name, attributes: { ...attributes }, text: '', children: [] }
    stack.at(-1)?.children.push(element)
    stack.push(element)
  }
  parser.onclosetag = () => {
    depth -= 1
    if (depth === 0) {
      closedRoot = true
      return
    }
    const element = stack.pop()
    if (depth === 1 && element) ready.push(toTopicEvent(element, topicLine))
  }
  const addText = (text: string): void => {
    const element = stack.at(-1)
    if (element) element.text += text
  }
  parser.ontext = addText
  parser.oncdata = addText

  const decoder = new StringDecoder('utf8')
  const write = (text: string, close: boolean): void => {
    try {
      parser.write(text)
      if (close) parser.close()
    } catch (error) {
      if (!failure) throw error
    }
    if (failure) throw failure
  }

  for await (const chunk of chunks) {
    write(typeof chunk === 'string' ? chunk : decoder.write(chunk), false)
    yield* ready.splice(0)
  }
  write(decoder.end(), true)
  if (!sawRoot) throw new MedlinePlusFileError(`The file is empty: expected a <${ROOT}> element`, parser.line + 1, parser.column + 1)
  yield* ready.splice(0)
}

function readHeader(attributes: Record<string, string>): MedlinePlusFileHeader {
  const total = Number.parseInt(attributes.total ?? '', 10)
  return { total: Number.isFinite(total) ? total : null, dateGenerated: usDateToIso(attributes['date-generated'] ?? '') }
}

/** "04/02/2012 12:10:06" (the DTD's mm/dd/yyyy) → "2012-04-02"; null when it is not such a date. */
export function usDateToIso(value: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/u.exec(value)
  if (!match) return null
  const [, month, day, year] = match
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? null : iso
}

const REQUIRED_ATTRIBUTES = ['id', 'title', 'url', 'language'] as const

function toTopicEvent(element: TopicElement, line: number): HealthTopicsEvent {
  const attributes = element.attributes
  const missing = REQUIRED_ATTRIBUTES.filter((name) => !attributes[name]?.trim())
  const id = attributes.id?.trim() || null
  if (missing.length > 0) {
    return { kind: 'skipped', line, id, reason: `<${TOPIC}> lacks the required attribute${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }
  }
  const children = (name: string) => element.children.filter((child) => child.name === name)
  const text = (child: TopicElement) => normaliseSpace(child.text)
  const link = (child: TopicElement): MedlinePlusLink => ({ id: child.attributes.id ?? null, url: child.attributes.url ?? null, name: text(child) })
  const mapped = children('language-mapped-topic')[0]
  const institute = children('primary-institute')[0]
  const topic: MedlinePlusHealthTopic = {
    id: attributes.id?.trim() ?? '',
    title: normaliseSpace(attributes.title ?? ''),
    url: attributes.url?.trim() ?? '',
    language: attributes.language?.trim() ?? '',
    dateCreated: attributes['date-created'] ?? null,
    metaDesc: attributes['meta-desc'] ? normaliseSpace(attributes['meta-desc']) : null,
    alsoCalled: children('also-called').map(text).filter(Boolean),
    // The summary's own white space is left for the HTML reader.
    fullSummaryHtml: children('full-summary')[0]?.text ?? '',
    groups: children('group').map(link),
    languageMappedTopic: mapped ? { ...link(mapped), language: mapped.attributes.language ?? '' } : null,
    meshHeadings: children('mesh-heading').flatMap((heading) => {
      const descriptor = heading.children.find((child) => child.name === 'descriptor')
      if (!descriptor) return []
      return [
        {
          descriptor: { id: descriptor.attributes.id ?? null, name: text(descriptor) },
          qualifiers: heading.children.filter((child) => child.name === 'qualifier').map((child) => ({ id: child.attributes.id ?? null, name: text(child) })),
        },
      ]
    }),
    primaryInstitute: institute ? { name: text(institute), url: institute.attributes.url ?? null } : null,
    relatedTopics: children('related-topic').map(link),
    seeReferences: children('see-reference').map(text).filter(Boolean),
    sites: children('site').map((site) => ({
      title: normaliseSpace(site.attributes.title ?? ''),
      url: site.attributes.url ?? '',
      languageMappedUrl: site.attributes['language-mapped-url'] ?? null,
      informationCategories: site.children.filter((child) => child.name === 'information-category').map(text),
      organizations: site.children.filter((child) => child.name === 'organization').map(text),
      standardDescriptions: site.children.filter((child) => child.name === 'standard-description').map(text),
    })),
    otherLanguages: children('other-language').map((child) => ({
      language: text(child),
      vernacularName: child.attributes['vernacular-name'] ?? null,
      url: child.attributes.url ?? null,
    })),
    line,
  }
  return { kind: 'topic', topic }
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
