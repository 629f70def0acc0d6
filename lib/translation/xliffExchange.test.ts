import { describe, expect, it } from 'vitest'

import { findXliffSchemaError } from './findXliffSchemaError'
import { applyTranslationUnits, topicTranslationUnits } from './topicTranslationUnits'
import type { InlineText, TranslationUnit } from './translationUnit'
import { MAX_XLIFF_BYTES, type TopicXliffHeader, XliffExportError, XliffRefusal, exportTopicXliff, parseTopicXliff } from './xliffExchange'
import { mapLexicalText, mark, translateUnits, translationTestBody, translationTestDoc, translationTestFields } from '../../tests/support/translationFixtures'

const header: TopicXliffHeader = { topicId: 11, versionId: 42, sourceLocale: 'en', targetLocale: 'es' }
const units = topicTranslationUnits(translationTestFields, translationTestDoc)
const expected = { ...header, units }
const title = 'Upper back pain'
/** As sent to the translator: source text only. */
const sent = exportTopicXliff({ ...header, title, units })
/** As a translator returns it: every unit translated («…» marks each piece of text), codes kept. */
const returned = exportTopicXliff({ ...header, title, units: translateUnits(units) })

/** Every code kind, and text that XML and the xliff package's writer make hard to keep as written. */
const awkward: TranslationUnit[] = [
  {
    id: 'awkward.0',
    note: 'Notes & "quotes" <b> &amp; all.',
    source: [
      { type: 'text', text: 'AT&amp;T < 5 > 3 "quoted" it’s ' },
      { type: 'format', id: '1', format: 'bold', children: [{ type: 'text', text: 'one' }] },
      { type: 'text', text: ' ' },
      { type: 'format', id: '2', format: 'strikethrough', children: [{ type: 'text', text: 'two' }] },
      { type: 'tab', id: '3' },
      { type: 'opaque', id: '4', kind: 'inlineBlock' },
      { type: 'link', id: '5', url: 'https://example.org/a?b=1&c="2"', newTab: false, children: [{ type: 'text', text: '  spaced  ' }] },
      { type: 'break', id: '6' },
    ],
  },
]

describe('exportTopicXliff', () => {
  it('writes files the OASIS XLIFF 2.0 core schema accepts', async () => {
    for (const xml of [sent, returned, exportTopicXliff({ ...header, title: 'Back & neck <pain> "now"', units: awkward })]) {
      expect(await findXliffSchemaError(xml)).toBeNull()
    }
  })

  it('names the topic and its version in the file id, the languages by BCP 47 tag, and the topic by its title', () => {
    expect(sent).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="es-US">/,
    )
    expect(sent).toContain('<file id="careleaf.topic.11.version.42"><group id="topic" name="Upper back pain">')
    expect(sent).not.toContain('<target>')
  })

  it('writes formatting, breaks and links as protected codes, with each link’s address in the unit’s original data', () => {
    expect(sent).toContain(
      '<unit id="sections.sec-text.body.0" canResegment="no" xml:space="preserve"><notes><note>Sections 1 (Text section) › Body.</note></notes>' +
        '<originalData><data id="5-start">&lt;a href=&quot;https://www.nhs.uk/conditions/back-pain/&quot; target=&quot;_blank&quot;&gt;</data><data id="5-end">&lt;/a&gt;</data></originalData>' +
        '<segment><source>Rest for <pc id="1" type="fmt" subType="xlf:b" canCopy="no" canDelete="no">two days</pc>, then ' +
        '<pc id="2" type="fmt" subType="xlf:b" canCopy="no" canDelete="no"><pc id="3" type="fmt" subType="xlf:i" canCopy="no" canDelete="no">walk </pc>a little</pc> each day.' +
        '<ph id="4" type="fmt" subType="xlf:lb" canCopy="no" canDelete="no"/>Read the ' +
        '<pc id="5" type="link" dataRefStart="5-start" dataRefEnd="5-end" canCopy="no" canDelete="no"><pc id="6" type="fmt" subType="xlf:u" canCopy="no" canDelete="no">NHS guide</pc></pc>.</source></segment></unit>',
    )
  })

  it('includes the text already translated, so a translator can revise it', () => {
    expect(returned).toContain('<target>«Upper back pain»</target>')
  })
  it('refuses text an XML file cannot carry, and ids XLIFF cannot hold, rather than write a broken file', () => {
    expect(() => exportTopicXliff({ ...header, title, units: [{ id: 'title', source: [{ type: 'text', text: 'Back\u0007pain' }] }] })).toThrow(XliffExportError)
    expect(() => exportTopicXliff({ ...header, title, units: [{ id: 'a title', source: [{ type: 'text', text: 'Back pain' }] }] })).toThrow(
      /cannot be an XLIFF id/,
    )
  })
})

describe('parseTopicXliff', () => {
  it('reads back each unit’s translation, which applies to the topic as the same structure with translated text', async () => {
    const parsed = await parseTopicXliff(returned, expected)
    expect(parsed).toEqual(translateUnits(units))
    const data = applyTranslationUnits(translationTestFields, translationTestDoc, parsed)
    const sections = data.sections as Array<Record<string, unknown>>
    expect(sections.map((section) => [section.id, section.blockType])).toEqual(
      (translationTestDoc.sections as Array<Record<string, unknown>>).map((section) => [section.id, section.blockType]),
    )
    expect(sections[0]?.body).toEqual(mapLexicalText(translationTestBody, mark))
    expect(data.title).toBe('«Upper back pain»')
  })

  it('keeps every character as written: entities, quotes, spaces between codes and at the ends', async () => {
    const filled = exportTopicXliff({ ...header, title, units: awkward.map((unit) => ({ ...unit, target: unit.source })) })
    const [parsed] = await parseTopicXliff(filled, { ...header, units: awkward })
    expect(parsed?.target).toEqual(awkward[0]?.source)
  })

  it('reads a target whose codes a translator moved and nested differently, and whose tool added an annotation', async () => {
    const xml = withTarget(
      sent,
      'sections.sec-text.body.0',
      '<pc id="5" dataRefStart="5-start" dataRefEnd="5-end"><pc id="6">Guía del NHS</pc></pc>: <mrk id="m1" type="comment" value="ok">lea</mrk>' +
        '<ph id="4"/><pc id="2" type="fmt" subType="xlf:b">camine <pc id="3">un poco</pc></pc> tras <pc id="1">dos días</pc>.',
    )
    const parsed = await parseTopicXliff(fillOthers(xml), expected)
    expect(parsed.find((unit) => unit.id === 'sections.sec-text.body.0')?.target).toEqual([
      {
        type: 'link',
        id: '5',
        url: 'https://www.nhs.uk/conditions/back-pain/',
        newTab: true,
        children: [{ type: 'format', id: '6', format: 'underline', children: [{ type: 'text', text: 'Guía del NHS' }] }],
      },
      { type: 'text', text: ': lea' },
      { type: 'break', id: '4' },
      {
        type: 'format',
        id: '2',
        format: 'bold',
        children: [
          { type: 'text', text: 'camine ' },
          { type: 'format', id: '3', format: 'italic', children: [{ type: 'text', text: 'un poco' }] },
        ],
      },
      { type: 'text', text: ' tras ' },
      { type: 'format', id: '1', format: 'bold', children: [{ type: 'text', text: 'dos días' }] },
      { type: 'text', text: '.' },
    ] satisfies InlineText)
  })

  it('joins a unit a tool split into segments, in the order its targets give', async () => {
    const xml = returned.replace(
      /(<unit id="title"[^>]*>.*?)<segment>.*?<\/segment>/su,
      '$1<segment><source>Upper back</source><target order="3">dolor</target></segment><ignorable><source> </source></ignorable><segment><source>pain</source><target order="1">Espalda</target></segment>',
    )
    const parsed = await parseTopicXliff(xml, expected)
    expect(parsed.find((unit) => unit.id === 'title')?.target).toEqual([{ type: 'text', text: 'Espalda dolor' }])
  })
})

describe('parseTopicXliff refuses', () => {
  const refusal = async (xml: string | Uint8Array, code: string, options: { expect?: typeof expected; unitId?: string; message?: RegExp } = {}) => {
    const attempt = parseTopicXliff(xml, options.expect ?? expected)
    await expect(attempt).rejects.toBeInstanceOf(XliffRefusal)
    await expect(attempt).rejects.toMatchObject({ code, ...(options.unitId ? { unitId: options.unitId } : {}) })
    if (options.message) await expect(attempt).rejects.toThrow(options.message)
  }

  it('a file over 2 MB, before reading it', async () => {
    await refusal(returned + ' '.repeat(MAX_XLIFF_BYTES), 'too-large', { message: /up to 2 MB/ })
    await refusal(new Uint8Array(MAX_XLIFF_BYTES + 1), 'too-large')
  })

  it('a billion-laughs file, quickly and without expanding an entity', async () => {
    const entities = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('')
    const xml = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol0 "lol">${entities}]>${returned.replace(/^<\?xml[^>]*>\n/u, '').replace('«Upper back pain»', '&lol9;')}`
    const started = performance.now()
    await refusal(xml, 'dtd-forbidden')
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('an external entity (XXE)', async () => {
    await refusal(`<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff>&xxe;</xliff>`, 'dtd-forbidden')
  })

  it('text that is not XML, or not UTF-8', async () => {
    await refusal('Hola, here is the translation', 'not-xml', { message: /not well-formed XML \(line 1/ })
    await refusal(returned.replace('</segment>', ''), 'not-xml')
    await refusal(new Uint8Array([0x3c, 0x78, 0xff, 0xfe, 0x3e]), 'not-xml', { message: /not UTF-8/ })
    await refusal(returned.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'not-xml', { message: /ISO-8859-1/ })
  })

  it('XML that is not XLIFF', async () => {
    await refusal('<html><body>Hola</body></html>', 'not-xliff', { message: /root element is <html>/ })
    await refusal(returned.replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns="urn:example"'), 'not-xliff')
  })

  it('XLIFF 1.2 instead of 2.0, and other XLIFF versions', async () => {
    const xliff12 =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="topic" source-language="en" target-language="es" datatype="plaintext">' +
      '<body><trans-unit id="title"><source>Upper back pain</source><target>Dolor</target></trans-unit></body></file></xliff>'
    await refusal(xliff12, 'wrong-xliff-version', { message: /XLIFF 1\.2/ })
    await refusal(returned.replace('version="2.0"', 'version="2.1"'), 'wrong-xliff-version', { message: /XLIFF 2\.1/ })
  })

  it('a file the XLIFF 2.0 schema rejects', async () => {
    await refusal(returned.replace('<segment>', '<segment><bogus/>'), 'schema-invalid', { message: /schema \(line 2: Element 'bogus'/ })
    await refusal(returned.replace(' canResegment="no"', ' canResegment="maybe"'), 'schema-invalid')
  })

  it('other languages', async () => {
    await refusal(returned.replace('trgLang="es-US"', 'trgLang="fr-FR"'), 'wrong-languages', {
      message: /translates en-US into fr-FR, but this import expects English \(en-US\) into Spanish \(es-US\)/,
    })
    await refusal(returned, 'wrong-languages', { expect: { ...expected, sourceLocale: 'es', targetLocale: 'en' } })
  })

  it('a file made for another topic, or not by Careleaf', async () => {
    await refusal(returned, 'wrong-topic', { expect: { ...expected, topicId: 12 }, message: /topic 11, not to topic 12/ })
    await refusal(returned.replace('careleaf.topic.11.version.42', 'messages'), 'wrong-topic')
  })

  it('a file made from an earlier version of the topic', async () => {
    await refusal(returned, 'stale-version', { expect: { ...expected, versionId: 43 }, message: /version 42 .* now at version 43/ })
  })

  it('a missing, unknown or repeated unit', async () => {
    await refusal(removeUnit(returned, 'keywords.2'), 'missing-unit', { unitId: 'keywords.2' })
    await refusal(returned, 'unknown-unit', { expect: { ...expected, units: units.filter((unit) => unit.id !== 'summary') }, unitId: 'summary' })
    const summary = /<unit id="summary".*?<\/unit>/su.exec(returned)?.[0] ?? ''
    await refusal(returned.replace(summary, summary + summary), 'duplicate-unit', { unitId: 'summary' })
  })

  it('a unit without a translation', async () => {
    await refusal(sent, 'empty-target', { unitId: 'title' })
    const halfTranslated = returned.replace(
      /(<unit id="title"[^>]*>.*?)<segment>.*?<\/segment>/su,
      '$1<segment><source>Upper back</source><target>Espalda</target></segment><segment><source>pain</source><target></target></segment>',
    )
    await refusal(halfTranslated, 'empty-target', { unitId: 'title', message: /in some of its segments/ })
    await refusal(withTarget(returned, 'summary', ' '), 'empty-target', { unitId: 'summary' })
    await refusal(withTarget(returned, 'mainMessage', '<ph id="1"/>'), 'empty-target', { unitId: 'mainMessage' })
  })

  const body = 'sections.sec-text.body.0'
  const returnedBody = /<target>(.*?)<\/target>/su.exec(unitXml(returned, body))?.[1] ?? ''

  it('markup that differs from the source: a span dropped, added or renamed', async () => {
    const dropped = returnedBody.replace(/<pc id="1"[^>]*>(.*?)<\/pc>/u, '$1')
    await refusal(withTarget(returned, body, dropped), 'markup-mismatch', {
      unitId: body,
      message: /the bold span 1 of the source text is missing from the translation/,
    })
    await refusal(withTarget(returned, body, `${returnedBody}<pc id="9" type="fmt" subType="xlf:b">más</pc>`), 'markup-mismatch', { message: /<pc id="9">/ })
    await refusal(
      withTarget(returned, body, returnedBody.replace('<pc id="1" type="fmt" subType="xlf:b"', '<pc id="1" type="fmt" subType="xlf:i"')),
      'markup-mismatch',
      {
        message: /subType="xlf:i"/,
      },
    )
    await refusal(
      withTarget(returned, body, returnedBody.replace(/<pc id="1"([^>]*)>(.*?)<\/pc>/u, '<pc id="1"$1>$2</pc><pc id="1"$1>otra vez</pc>')),
      'markup-mismatch',
      {
        message: /appears more than once/,
      },
    )
    await refusal(withTarget(returned, body, returnedBody.replace(/<ph id="4"[^>]*\/>/u, '<pc id="4">x</pc>')), 'markup-mismatch', {
      message: /line break 4 .* <pc>/,
    })
  })

  it('a link whose address was changed', async () => {
    await refusal(returned.replace('https://www.nhs.uk/conditions/back-pain/', 'https://elsewhere.example/'), 'link-changed', {
      unitId: body,
      message: /link 5 points somewhere else/,
    })
    await refusal(withTarget(returned, body, returnedBody.replace('dataRefStart="5-start"', 'dataRefStart="5-end"')), 'link-changed', { unitId: body })
  })

  it('codes Careleaf does not read', async () => {
    await refusal(withTarget(returned, 'title', '<sc id="1"/>Dolor<ec startRef="1"/>'), 'unsupported-markup', { unitId: 'title', message: /<sc>/ })
  })
})

/** The file with one unit's target replaced (or added). */
function withTarget(xml: string, unitId: string, targetXml: string): string {
  const unit = new RegExp(`(<unit id="${unitId.replace(/\./g, '\\.')}".*?</source>)(<target>.*?</target>)?`, 'su')
  if (!unit.test(xml)) throw new Error(`no unit ${unitId}`)
  return xml.replace(unit, `$1<target>${targetXml}</target>`)
}

function removeUnit(xml: string, unitId: string): string {
  return xml.replace(new RegExp(`<unit id="${unitId.replace(/\./g, '\\.')}".*?</unit>`, 'su'), '')
}

/** Every other unit given its «translation», as `returned` has them. */
function fillOthers(xml: string): string {
  return units.reduce((filled, unit) => {
    if (unitXml(filled, unit.id).includes('<target>')) return filled
    return withTarget(filled, unit.id, /<target>(.*?)<\/target>/su.exec(unitXml(returned, unit.id))?.[1] ?? '')
  }, xml)
}

function unitXml(xml: string, unitId: string): string {
  return new RegExp(`<unit id="${unitId.replace(/\./g, '\\.')}".*?</unit>`, 'su').exec(xml)?.[0] ?? ''
}
