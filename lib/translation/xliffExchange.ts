import { ElementTypes, type XliffInlineElement, type XliffUnit, js2xliff, makeInlineElement } from 'xliff'

import { type Locale, localeInfo } from '@/lib/i18n/locales'

import { findXliffSchemaError } from './findXliffSchemaError'
import { type XmlElement, type XmlNode, XmlSyntaxError, childElements, readXmlTree } from './readXmlTree'
import {
  type InlineCode,
  type InlineFormat,
  type InlineNode,
  type InlineText,
  type TranslationUnit,
  describeCode,
  findMarkupProblem,
  hasTranslatableText,
  inlineCodes,
  normalizeInlineText,
} from './translationUnit'

/**
 * The translators' exchange: a topic's units out as an XLIFF 2.0 file for a
 * translator's tool, and the translated file back in. The file's `<file id>`
 * names the topic and the version it was made from, so a file made from an
 * older version is refused rather than written over newer text. Inline
 * markup travels as XLIFF codes: formatting as `<pc type="fmt">` (the xlf:b,
 * xlf:i, xlf:u sub-types, and careleaf: ones for Lexical's other formats),
 * line breaks as `<ph subType="xlf:lb">`, and links as `<pc type="link">`
 * whose `dataRefStart`/`dataRefEnd` point at the link's own `<a href="…">`
 * and `</a>` in the unit's `<originalData>`. The XLIFF 2.0 core keeps a
 * code's native data there, tied to the code by id, and tools show it to the
 * translator as a protected tag; a `<note>` is free text for people, tied to
 * nothing. Every code is marked canCopy="no" canDelete="no": the translation
 * must carry each once, wherever the language puts it.
 */

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'
const XLIFF_1_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2'

/** Larger than any topic's text many times over; the limit keeps a hostile upload cheap to refuse. */
export const MAX_XLIFF_BYTES = 2 * 1024 * 1024

export interface TopicXliffHeader {
  topicId: string | number
  /** The version of the topic the units were read from (Payload's version id of the draft). */
  versionId: string | number
  sourceLocale: Locale
  targetLocale: Locale
}

export interface TopicXliffExport extends TopicXliffHeader {
  /** Shown to the translator as the name of the file's only group. */
  title: string
  /** From topicTranslationUnits; each unit's `target`, when given, goes in so a translator can revise it. */
  units: readonly TranslationUnit[]
}

export interface TopicXliffExpectation extends TopicXliffHeader {
  /**
   * The topic's units now (topicTranslationUnits of the version named by
   * versionId): the file must translate exactly these, with the same markup and
   * link addresses as their source text.
   */
  units: readonly TranslationUnit[]
}

export class XliffExportError extends Error {
  override name = 'XliffExportError'
}

export type XliffRefusalCode =
  | 'too-large'
  | 'dtd-forbidden'
  | 'not-xml'
  | 'not-xliff'
  | 'wrong-xliff-version'
  | 'schema-invalid'
  | 'wrong-languages'
  | 'wrong-topic'
  | 'stale-version'
  | 'duplicate-unit'
  | 'missing-unit'
  | 'unknown-unit'
  | 'empty-target'
  | 'markup-mismatch'
  | 'link-changed'
  | 'unsupported-markup'

/** A translation file Careleaf will not import, with one plain sentence naming the first problem found. */
export class XliffRefusal extends Error {
  override name = 'XliffRefusal'
  constructor(
    readonly code: XliffRefusalCode,
    message: string,
    readonly unitId?: string,
  ) {
    super(message)
  }
}

const FORMAT_SUBTYPES: Record<InlineFormat, string> = {
  bold: 'xlf:b',
  italic: 'xlf:i',
  underline: 'xlf:u',
  strikethrough: 'careleaf:strikethrough',
  code: 'careleaf:code',
  subscript: 'careleaf:subscript',
  superscript: 'careleaf:superscript',
  highlight: 'careleaf:highlight',
  lowercase: 'careleaf:lowercase',
  uppercase: 'careleaf:uppercase',
  capitalize: 'careleaf:capitalize',
}
const BREAK_SUBTYPE = 'xlf:lb'
const TAB_SUBTYPE = 'careleaf:tab'
/** Codes the translation must keep: neither dropped nor repeated (XLIFF 2.0 core: canCopy, canDelete). */
const PROTECTED = { canCopy: 'no', canDelete: 'no' } as const

/** The XLIFF 2.0 file for a topic's units, as UTF-8 text. */
export function exportTopicXliff({ topicId, versionId, sourceLocale, targetLocale, title, units }: TopicXliffExport): string {
  const fileId = topicFileId(topicId, versionId)
  const groupUnits: Record<string, XliffUnit> = {}
  const originalData = new Map<string, string>()
  for (const unit of units) {
    if (!NMTOKEN.test(unit.id)) throw new XliffExportError(`Unit id ${JSON.stringify(unit.id)} cannot be an XLIFF id (letters, digits, . _ : - only).`)
    if (Object.hasOwn(groupUnits, unit.id)) throw new XliffExportError(`Unit ${unit.id} is given twice.`)
    checkXmlCharacters(unit.id, unit.source, unit.note)
    if (unit.target) checkXmlCharacters(unit.id, unit.target)
    groupUnits[unit.id] = {
      source: xliffValue(unit.source),
      ...(unit.target && unit.target.length > 0 ? { target: xliffValue(unit.target) } : {}),
      ...(unit.note ? { note: xmlJsText(unit.note) } : {}),
      // Tools must not split a unit into segments (its codes would become <sc>/<ec>) nor reflow its spaces.
      additionalAttributes: { canResegment: 'no', 'xml:space': 'preserve' },
    }
    const data = linkDataOf(unit.source)
    if (data.size > 0) originalData.set(unit.id, [...data].map(([id, native]) => `<data id="${id}">${escapeXml(native)}</data>`).join(''))
  }
  checkXmlCharacters('title', [{ type: 'text', text: title }])

  let xml = ''
  js2xliff(
    {
      sourceLanguage: localeInfo(sourceLocale).tag,
      targetLanguage: localeInfo(targetLocale).tag,
      resources: { [fileId]: { topic: { groupUnits, additionalAttributes: { name: escapeXml(title) } } } },
    },
    // No indentation: xml-js would indent inline codes too, which adds white space to the text itself.
    { indent: '' },
    (error, result) => {
      if (error) throw error
      xml = result ?? ''
    },
  )
  // The xliff package writes no <originalData>; it goes before the unit's <segment>, after any <notes>, as the schema orders them.
  for (const [unitId, data] of originalData) {
    const unitStart = xml.indexOf(`<unit id="${unitId}"`)
    const segmentStart = xml.indexOf('<segment>', unitStart)
    if (unitStart < 0 || segmentStart < 0) throw new XliffExportError(`Unit ${unitId} is missing from the written file.`)
    xml = `${xml.slice(0, segmentStart)}<originalData>${data}</originalData>${xml.slice(segmentStart)}`
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`
}

/**
 * The translated units of an uploaded XLIFF 2.0 file, in the order of
 * `expected.units`, each with the expected source and note and the file's
 * target. Everything is checked before anything is returned, and the first
 * problem is thrown as an XliffRefusal: size, a DTD (never needed, so never
 * read: no entity is ever expanded), XML, XLIFF and its version, the OASIS
 * schema, languages, topic and version, then every unit.
 */
export async function parseTopicXliff(xml: string | Uint8Array, expected: TopicXliffExpectation): Promise<TranslationUnit[]> {
  const text = decodeUpload(xml)
  const root = readRoot(text)
  const schemaError = await findXliffSchemaError(text)
  if (schemaError) throw new XliffRefusal('schema-invalid', `The file does not follow the XLIFF 2.0 schema (${schemaError}).`)
  checkLanguages(root, expected)
  const file = checkTopicFile(root, expected)
  const fileUnits = unitsOfFile(file)

  for (const unit of expected.units) {
    if (!fileUnits.has(unit.id))
      throw new XliffRefusal('missing-unit', `The file has no unit “${unit.id}”, which the topic has: export the topic again.`, unit.id)
  }
  const expectedIds = new Set(expected.units.map((unit) => unit.id))
  for (const unitId of fileUnits.keys()) {
    if (!expectedIds.has(unitId)) throw new XliffRefusal('unknown-unit', `The file has a unit “${shorten(unitId)}” that the topic does not have.`, unitId)
  }
  return expected.units.map((unit) => ({ ...unit, target: translatedText(unit, fileUnits.get(unit.id) as XmlElement) }))
}

/** Refused early and cheaply, before any parser sees the text. */
function decodeUpload(xml: string | Uint8Array): string {
  const bytes = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.byteLength
  if (bytes > MAX_XLIFF_BYTES) {
    throw new XliffRefusal('too-large', `The file is ${megabytes(bytes)} MB; Careleaf accepts translation files up to ${megabytes(MAX_XLIFF_BYTES)} MB.`)
  }
  let text: string
  if (typeof xml === 'string') {
    text = xml.replace(/^\uFEFF/u, '')
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(xml)
    } catch {
      throw new XliffRefusal('not-xml', 'The file is not UTF-8 text: save it from the translation tool as UTF-8 XLIFF.')
    }
  }
  // XLIFF 2.0 has no DTD, so a file that declares one (or entities, the billion-laughs attack) is refused unread.
  if (/<!\s*(DOCTYPE|ENTITY)/iu.test(text)) {
    throw new XliffRefusal('dtd-forbidden', 'The file declares a DTD or entities, which XLIFF 2.0 never uses, so Careleaf did not read it.')
  }
  const encoding = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/u.exec(text)?.[1]
  if (encoding !== undefined && !/^utf-?8$/iu.test(encoding)) {
    throw new XliffRefusal('not-xml', `The file says it is encoded as ${shorten(encoding)}: save it from the translation tool as UTF-8 XLIFF.`)
  }
  return text
}

/** A value from the file, as a refusal quotes it: never more than a few words, whatever the file holds. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/u, '')
}

function readRoot(text: string): XmlElement {
  let root: XmlElement
  try {
    root = readXmlTree(text)
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error
    throw new XliffRefusal('not-xml', `The file is not well-formed XML (line ${error.line}: ${error.message}).`)
  }
  if (root.name !== 'xliff') throw new XliffRefusal('not-xliff', `The file is XML but not XLIFF: its root element is <${shorten(root.name)}>, not <xliff>.`)
  const version = root.attributes.get('version') ?? ''
  const namespaceVersion = /^urn:oasis:names:tc:xliff:document:(\d+\.\d+)$/u.exec(root.ns)?.[1]
  if (root.ns === XLIFF_1_2_NAMESPACE || version.startsWith('1.')) {
    throw new XliffRefusal('wrong-xliff-version', 'The file is XLIFF 1.2: export the translation from the tool as XLIFF 2.0, the version Careleaf sent.')
  }
  if (namespaceVersion === undefined)
    throw new XliffRefusal('not-xliff', `The file's <xliff> element is not in the XLIFF 2.0 namespace (${XLIFF_2_NAMESPACE}).`)
  if (root.ns !== XLIFF_2_NAMESPACE || version !== '2.0') {
    throw new XliffRefusal(
      'wrong-xliff-version',
      `The file is XLIFF ${shorten(version || namespaceVersion)}: export the translation from the tool as XLIFF 2.0, the version Careleaf sent.`,
    )
  }
  return root
}

function checkLanguages(root: XmlElement, expected: TopicXliffHeader): void {
  const source = root.attributes.get('srcLang') ?? ''
  const target = root.attributes.get('trgLang') ?? ''
  const wanted = `${localeInfo(expected.sourceLocale).label} (${localeInfo(expected.sourceLocale).tag}) into ${localeInfo(expected.targetLocale).label} (${localeInfo(expected.targetLocale).tag})`
  if (!sameLanguage(source, expected.sourceLocale) || !sameLanguage(target, expected.targetLocale)) {
    throw new XliffRefusal(
      'wrong-languages',
      `The file translates ${shorten(source) || 'an unnamed language'} into ${shorten(target) || 'an unnamed language'}, but this import expects ${wanted}.`,
    )
  }
}

/** A language is named by Careleaf's locale code or its BCP 47 tag, in any case ("es", "es-US"). */
function sameLanguage(value: string, locale: Locale): boolean {
  const lower = value.toLowerCase()
  return lower === locale.toLowerCase() || lower === localeInfo(locale).tag.toLowerCase()
}

const FILE_ID = /^careleaf\.topic\.([A-Za-z0-9_-]+)\.version\.([A-Za-z0-9_-]+)$/u
const NMTOKEN = /^[A-Za-z0-9._:-]+$/u

function topicFileId(topicId: string | number, versionId: string | number): string {
  const id = `careleaf.topic.${topicId}.version.${versionId}`
  if (!FILE_ID.test(id)) throw new XliffExportError(`Topic id ${topicId} or version id ${versionId} cannot be written into an XLIFF file id.`)
  return id
}

function checkTopicFile(root: XmlElement, expected: TopicXliffHeader): XmlElement {
  const files = childElements(root).filter((element) => element.ns === XLIFF_2_NAMESPACE && element.name === 'file')
  if (files.length !== 1) throw new XliffRefusal('wrong-topic', `The file holds ${files.length} <file> elements; a Careleaf topic export holds exactly one.`)
  const file = files[0] as XmlElement
  const match = FILE_ID.exec(file.attributes.get('id') ?? '')
  if (!match) throw new XliffRefusal('wrong-topic', 'The file was not exported from a Careleaf topic (its <file> id does not name one).')
  const [, topicId, versionId] = match
  if (topicId !== String(expected.topicId)) throw new XliffRefusal('wrong-topic', `The file belongs to topic ${topicId}, not to topic ${expected.topicId}.`)
  if (versionId !== String(expected.versionId)) {
    throw new XliffRefusal(
      'stale-version',
      `The file was made from version ${versionId} of this topic, and the topic is now at version ${expected.versionId}: export it again and carry the translation over.`,
    )
  }
  return file
}

/** The file's units by id, wherever they sit in groups. */
function unitsOfFile(file: XmlElement): Map<string, XmlElement> {
  const units = new Map<string, XmlElement>()
  const visit = (parent: XmlElement): void => {
    for (const element of childElements(parent)) {
      if (element.ns !== XLIFF_2_NAMESPACE) continue
      if (element.name === 'group') visit(element)
      if (element.name !== 'unit') continue
      const id = element.attributes.get('id') ?? ''
      if (units.has(id)) throw new XliffRefusal('duplicate-unit', `Unit “${shorten(id)}” appears twice in the file.`, id)
      units.set(id, element)
    }
  }
  visit(file)
  return units
}

/** A unit's translation as inline text, its codes checked against the topic's source text. */
function translatedText(unit: TranslationUnit, element: XmlElement): InlineText {
  const parts = childElements(element).filter((child) => child.ns === XLIFF_2_NAMESPACE && (child.name === 'segment' || child.name === 'ignorable'))
  // A unit's text is its segments and ignorables in order; a target's `order` moves it to another position (XLIFF 2.0 core: the order attribute).
  const placed = parts.map((part, index) => {
    const target = childElements(part).find((child) => child.ns === XLIFF_2_NAMESPACE && child.name === 'target')
    const source = childElements(part).find((child) => child.ns === XLIFF_2_NAMESPACE && child.name === 'source')
    const order = Number(target?.attributes.get('order') ?? index + 1)
    return { part, target, source, order }
  })
  // A segment left untranslated (no target, or an empty one while its source has text) would publish half a sentence.
  if (placed.some(({ part, source, target }) => part.name === 'segment' && (!target || (xmlText(target).trim() === '' && xmlText(source).trim() !== '')))) {
    throw new XliffRefusal('empty-target', `Unit “${unit.id}” has no translation${placed.length > 1 ? ' in some of its segments' : ''}.`, unit.id)
  }
  placed.sort((a, b) => a.order - b.order)

  const context: ReadContext = { unit, codes: new Map(inlineCodes(unit.source).map((code) => [code.id, code])) }
  const target = normalizeInlineText(placed.flatMap(({ target, source }) => readInline((target ?? source)?.children ?? [], context)))
  if (!hasTranslatableText(target)) throw new XliffRefusal('empty-target', `Unit “${unit.id}” has no translation.`, unit.id)
  checkLinkData(unit, element)
  const problem = findMarkupProblem(unit.source, target)
  if (problem) throw new XliffRefusal(problem.kind, `In unit “${unit.id}”, ${problem.sentence}.`, unit.id)
  return target
}

function xmlText(element: XmlElement | undefined): string {
  return (element?.children ?? []).map((node) => (node.kind === 'text' ? node.text : xmlText(node))).join('')
}

interface ReadContext {
  unit: TranslationUnit
  /** The source text's codes by id: a translated code means the same as the source code of its id. */
  codes: Map<string, InlineCode>
}

function readInline(nodes: XmlNode[], context: ReadContext): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (node.kind === 'text') return [{ type: 'text', text: node.text }]
    if (node.ns !== XLIFF_2_NAMESPACE) return []
    switch (node.name) {
      case 'pc': {
        const code = sourceCodeOf(node, context, ['format', 'link'])
        const children = readInline(node.children, context)
        return code.type === 'format' || code.type === 'link' ? [{ ...code, children }] : []
      }
      case 'ph':
        return [{ ...sourceCodeOf(node, context, ['break', 'tab', 'opaque']) }]
      case 'mrk':
        // An annotation a tool or reviewer added (a comment, a term): its text is the translation's.
        return readInline(node.children, context)
      case 'sm':
      case 'em':
        return []
      default:
        throw new XliffRefusal(
          'unsupported-markup',
          `Unit “${context.unit.id}” uses <${node.name}>, which Careleaf does not read: keep the codes as the file had them (<pc> and <ph>).`,
          context.unit.id,
        )
    }
  })
}

/** The source code a translated `<pc>` or `<ph>` stands for, refused when the id is unknown or the code was changed. */
function sourceCodeOf(element: XmlElement, context: ReadContext, kinds: ReadonlyArray<InlineCode['type']>): InlineCode {
  const id = element.attributes.get('id') ?? ''
  const code = context.codes.get(id)
  const refuse = (sentence: string): never => {
    throw new XliffRefusal('markup-mismatch', `In unit “${context.unit.id}”, ${sentence}.`, context.unit.id)
  }
  if (!code) return refuse(`the translation has a <${element.name} id="${shorten(id)}"> that the source text does not have`)
  if (!kinds.includes(code.type)) return refuse(`${describeCode(code)} of the source text is a <${element.name}> in the translation`)
  const expected = codeAttributes(code)
  for (const name of ['type', 'subType', 'dataRefStart', 'dataRefEnd'] as const) {
    const value = element.attributes.get(name)
    // A tool may leave attributes off a copied code; one that is there must not have changed.
    if (value !== undefined && value !== expected[name]) {
      if (code.type === 'link') {
        throw new XliffRefusal('link-changed', `In unit “${context.unit.id}”, ${describeCode(code)} points somewhere else in the translation.`, context.unit.id)
      }
      return refuse(`${describeCode(code)} of the source text has ${name}="${shorten(value)}" in the translation`)
    }
  }
  return code
}

/** A link's address is its `<data>` in `<originalData>`: edited there, it would change the link in the source text too. */
function checkLinkData(unit: TranslationUnit, element: XmlElement): void {
  const original = childElements(element).find((child) => child.ns === XLIFF_2_NAMESPACE && child.name === 'originalData')
  if (!original) return
  const expected = linkDataOf(unit.source)
  for (const data of childElements(original)) {
    const id = data.attributes.get('id') ?? ''
    const wanted = expected.get(id)
    const actual = data.children.map((node) => (node.kind === 'text' ? node.text : '')).join('')
    if (wanted !== undefined && actual !== wanted) {
      const link = inlineCodes(unit.source).find((code) => code.type === 'link' && (id === `${code.id}-start` || id === `${code.id}-end`))
      throw new XliffRefusal(
        'link-changed',
        `In unit “${unit.id}”, ${link ? describeCode(link) : 'a link'} points somewhere else than in the source text.`,
        unit.id,
      )
    }
  }
}

function codeAttributes(code: InlineCode): Record<'type' | 'subType' | 'dataRefStart' | 'dataRefEnd', string | undefined> {
  switch (code.type) {
    case 'format':
      return { type: 'fmt', subType: FORMAT_SUBTYPES[code.format], dataRefStart: undefined, dataRefEnd: undefined }
    case 'link':
      return { type: 'link', subType: undefined, dataRefStart: `${code.id}-start`, dataRefEnd: `${code.id}-end` }
    case 'break':
      return { type: 'fmt', subType: BREAK_SUBTYPE, dataRefStart: undefined, dataRefEnd: undefined }
    case 'tab':
      return { type: 'fmt', subType: TAB_SUBTYPE, dataRefStart: undefined, dataRefEnd: undefined }
    case 'opaque':
      return { type: 'other', subType: `careleaf:${code.kind}`, dataRefStart: undefined, dataRefEnd: undefined }
  }
}

/** The native code of every link in a text: `<a href="…">` and `</a>`, by data id. */
function linkDataOf(text: InlineText): Map<string, string> {
  const data = new Map<string, string>()
  for (const code of inlineCodes(text)) {
    if (code.type !== 'link') continue
    data.set(`${code.id}-start`, `<a href="${escapeXml(code.url)}"${code.newTab ? ' target="_blank"' : ''}>`)
    data.set(`${code.id}-end`, '</a>')
  }
  return data
}

function xliffValue(text: InlineText): Array<string | XliffInlineElement> {
  return text.map((node) => {
    if (node.type === 'text') return xmlJsText(node.text)
    const attributes: Record<string, string> = { id: node.id }
    for (const [name, value] of Object.entries(codeAttributes(node))) if (value !== undefined) attributes[name] = value
    Object.assign(attributes, PROTECTED)
    if (node.type === 'format' || node.type === 'link') return makeInlineElement(ElementTypes.GenericSpan, attributes, xliffValue(node.children))
    return makeInlineElement(ElementTypes.Standalone, attributes)
  })
}

/**
 * Text as xml-js (the xliff package's writer) needs it to come out as
 * written: it turns "&amp;" back into "&" before escaping, so a literal
 * "&amp;" in patient text would lose its "amp;". Doubling it first cancels that.
 */
function xmlJsText(text: string): string {
  return text.replace(/&amp;/gu, '&amp;amp;')
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;')
}

/** Characters XML 1.0 cannot carry at all (control characters, unpaired surrogates): refused, never silently dropped. */
// With the u flag a surrogate range matches only unpaired halves: a pair is one code point above U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u

function checkXmlCharacters(unitId: string, text: InlineText, note?: string): void {
  const strings = [note ?? '', ...inlineStrings(text)]
  if (strings.some((value) => NOT_XML.test(value))) {
    throw new XliffExportError(`Unit ${unitId} contains a control character that an XML file cannot carry; remove it from the topic first.`)
  }
}

function inlineStrings(text: InlineText): string[] {
  return text.flatMap((node) => {
    if (node.type === 'text') return [node.text]
    if (node.type === 'link') return [node.url, ...inlineStrings(node.children)]
    if (node.type === 'format') return inlineStrings(node.children)
    return []
  })
}
