import { IS_BOLD, IS_ITALIC, IS_STRIKETHROUGH, IS_UNDERLINE } from '@payloadcms/richtext-lexical/lexical'
import { Document, Page, renderToBuffer } from '@react-pdf/renderer'
import { isValidElement } from 'react'
import type { ReactNode } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import type { RichTextState } from '@/lib/content/richTextState'

import { HANDOUT_FONT_FAMILY, registerHandoutFonts } from './fonts'
import { breakLongUrl, lexicalToPdf, linkTextShowsUrl, printableUrl } from './lexicalToPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'
import { lexical } from '../../tests/support/handoutFixtures'
import { hostileRichText, OUTSIDE_HOSTS } from '../../tests/support/hostileRichText'

const { root, text, paragraph, heading, list, listItem, link, autolink, linebreak, tab, quote } = lexical

/** Renders only the converted rich text on a page, then parses the PDF back. */
async function renderRichText(state: RichTextState) {
  const pdf = await renderToBuffer(
    <Document>
      <Page size="LETTER" style={{ fontFamily: HANDOUT_FONT_FAMILY, fontSize: 12, padding: 54 }}>
        {lexicalToPdf(state)}
      </Page>
    </Document>,
  )
  const extracted = await extractPdfText(pdf)
  // Subset fonts are named "ABCDEF+AtkinsonHyperlegible-Bold" in the file.
  const embeddedFonts = new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z0-9-]+)/g)].map((match) => match[1]))
  return { ...extracted, lines: extracted.text.split('\n'), embeddedFonts }
}

/** Every element in a converted tree, depth first, for checks that text extraction cannot see (styles, drawings). */
function elementsIn(nodes: ReactNode): Array<{ type: unknown; props: Record<string, unknown> }> {
  const found: Array<{ type: unknown; props: Record<string, unknown> }> = []
  const visit = (node: ReactNode): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (!isValidElement<Record<string, unknown>>(node)) return
    found.push({ type: node.type, props: node.props })
    visit(node.props.children as ReactNode)
    // Function components (the checkbox) are expanded so their drawing is visible too.
    if (typeof node.type === 'function') visit((node.type as (props: Record<string, unknown>) => ReactNode)(node.props))
  }
  visit(nodes)
  return found
}

function flattenedStyles(props: Record<string, unknown>): Array<Record<string, unknown>> {
  const style = props.style
  const list = Array.isArray(style) ? style : [style]
  return list.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
}

beforeAll(() => {
  registerHandoutFonts()
})

describe('lexicalToPdf, rendered and parsed back', () => {
  it('prints paragraphs in order, one block per paragraph', async () => {
    const pdf = await renderRichText(root(paragraph(text('First paragraph about sleep.')), paragraph(text('Second paragraph about pillows.'))))
    expect(pdf.lines).toEqual(['First paragraph about sleep.', 'Second paragraph about pillows.'])
  })

  it('skips empty paragraphs that editors use as spacing', async () => {
    const state = root(paragraph(text('Before.')), paragraph(), paragraph(text('   ')), paragraph(text('After.')))
    expect(lexicalToPdf(state)).toHaveLength(2)
    expect((await renderRichText(state)).lines).toEqual(['Before.', 'After.'])
  })

  it('prints headings h1 to h6 larger than body text, in order', async () => {
    const tags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const
    const state = root(...tags.map((tag) => heading(tag, text(`Heading ${tag}`))), paragraph(text('Body text.')))
    const pdf = await renderRichText(state)
    expect(pdf.lines).toEqual([...tags.map((tag) => `Heading ${tag}`), 'Body text.'])
    expect(pdf.embeddedFonts).toContain('AtkinsonHyperlegible-Bold')

    const headingElements = lexicalToPdf(state).slice(0, 6)
    for (const element of headingElements) {
      const styles = isValidElement<Record<string, unknown>>(element) ? flattenedStyles(element.props) : []
      expect(styles.some((style) => typeof style.fontSize === 'number' && style.fontSize >= 12)).toBe(true)
      expect(styles.some((style) => style.fontWeight === 700)).toBe(true)
    }
  })

  it('uses the bold, italic and bold italic faces for formatted runs', async () => {
    const pdf = await renderRichText(
      root(paragraph(text('Plain, '), text('bold', IS_BOLD), text(', '), text('italic', IS_ITALIC), text(', '), text('both', IS_BOLD | IS_ITALIC), text('.'))),
    )
    expect(pdf.lines).toEqual(['Plain, bold, italic, both.'])
    expect(pdf.embeddedFonts).toEqual(
      new Set(['AtkinsonHyperlegible-Regular', 'AtkinsonHyperlegible-Bold', 'AtkinsonHyperlegible-Italic', 'AtkinsonHyperlegible-BoldItalic']),
    )
  })

  it('embeds only the regular face when nothing is formatted', async () => {
    const pdf = await renderRichText(root(paragraph(text('Nothing special here.'))))
    expect(pdf.embeddedFonts).toEqual(new Set(['AtkinsonHyperlegible-Regular']))
  })

  it('maps underline and strikethrough bits to text decoration', () => {
    const elements = elementsIn(
      lexicalToPdf(root(paragraph(text('under', IS_UNDERLINE), text('struck', IS_STRIKETHROUGH), text('both', IS_UNDERLINE | IS_STRIKETHROUGH)))),
    )
    const decorations = elements.flatMap((element) => flattenedStyles(element.props).map((style) => style.textDecoration)).filter(Boolean)
    expect(decorations).toEqual(['underline', 'line-through', 'underline line-through'])
  })

  it('turns a linebreak node into a new line', async () => {
    const pdf = await renderRichText(root(paragraph(text('Take 1 tablet'), linebreak(), text('with water'))))
    expect(pdf.lines).toEqual(['Take 1 tablet', 'with water'])
  })

  it('keeps the gap a tab node makes', async () => {
    const state = root(paragraph(text('Morning:'), tab(), text('2 tablets')))
    // pdf.js reports any horizontal gap as one space, so the width is checked on the elements.
    expect((await renderRichText(state)).lines).toEqual(['Morning: 2 tablets'])
    const paragraphElement = lexicalToPdf(state)[0]
    const children = isValidElement<{ children: unknown[] }>(paragraphElement) ? paragraphElement.props.children : []
    expect(children).toEqual(['Morning:', '\u00a0\u00a0\u00a0\u00a0', '2 tablets'])
  })

  it('prints bullet lists with a bullet per item and a different bullet for nested items', async () => {
    const pdf = await renderRichText(
      root(
        list('bullet', [
          listItem([text('Warm compress')]),
          listItem([list('bullet', [listItem([text('Fifteen minutes at a time')])])]),
          listItem([text('Gentle stretches')]),
        ]),
      ),
    )
    expect(pdf.lines).toEqual(['• Warm compress', '– Fifteen minutes at a time', '• Gentle stretches'])
  })

  it('numbers list items from the list start, letters nested items, and does not count nested-list holders', async () => {
    const pdf = await renderRichText(
      root(
        list(
          'number',
          [
            listItem([text('Apply heat')], { value: 3 }),
            listItem([list('number', [listItem([text('Use a towel')]), listItem([text('Check the skin')], { value: 2 })])], { value: 4 }),
            listItem([text('Stretch')], { value: 4 }),
          ],
          3,
        ),
      ),
    )
    expect(pdf.lines).toEqual(['3. Apply heat', 'a. Use a towel', 'b. Check the skin', '4. Stretch'])
  })

  it('prints an item that holds text and a nested list as the text followed by the nested items', async () => {
    const pdf = await renderRichText(root(list('bullet', [listItem([text('Sleep position'), list('bullet', [listItem([text('On your side')])])])])))
    expect(pdf.lines).toEqual(['• Sleep position', '– On your side'])
  })

  it('draws a box for check list items, with a tick only when checked', async () => {
    const state = root(list('check', [listItem([text('Bought a new pillow')], { checked: true }), listItem([text('Booked a follow-up')], { checked: false })]))
    const pdf = await renderRichText(state)
    expect(pdf.lines).toEqual(['Bought a new pillow', 'Booked a follow-up'])

    const elements = elementsIn(lexicalToPdf(state))
    const boxes = elements.filter((element) => 'viewBox' in element.props)
    const ticks = elements.filter((element) => 'points' in element.props)
    expect(boxes).toHaveLength(2)
    expect(ticks).toHaveLength(1)
  })

  it('prints a link’s text followed by its URL, since paper cannot be clicked', async () => {
    const pdf = await renderRichText(
      root(paragraph(text('See the '), link('https://www.nhs.uk/conditions/back-pain/', text('NHS back pain page')), text(' for more.'))),
    )
    expect(pdf.text.replace(/\n/g, ' ')).toBe('See the NHS back pain page (https://www.nhs.uk/conditions/back-pain/) for more.')
  })

  it('prints the URL once when the link text already is the address', async () => {
    const pdf = await renderRichText(
      root(
        paragraph(link('https://www.nhs.uk/', text('www.nhs.uk'))),
        paragraph(autolink('https://careleaf.example.org/help')),
        paragraph(link('https://example.org/x', text(''))),
      ),
    )
    expect(pdf.lines).toEqual(['www.nhs.uk', 'https://careleaf.example.org/help', 'https://example.org/x'])
  })

  it('prints only the text of internal links and of links to non-printable URLs', async () => {
    const internal = { ...link('', text('our sleep guide')), fields: { linkType: 'internal', doc: { relationTo: 'topics', value: 4 }, newTab: false } }
    const pdf = await renderRichText(root(paragraph(text('Read '), internal, text(' and '), link('javascript:alert(1)', text('this')), text('.'))))
    expect(pdf.lines).toEqual(['Read our sleep guide and this.'])
  })

  it('breaks a long URL after its separators instead of hyphenating it', async () => {
    const url = 'https://www.example-health-service.org/conditions/musculoskeletal/upper-back-pain/sleeping-positions?source=careleaf'
    const pdf = await renderRichText(root(paragraph(link(url, text('Sleeping positions')))))
    const printedUrl = pdf.text.slice(pdf.text.indexOf('(') + 1, pdf.text.lastIndexOf(')'))
    expect(printedUrl.split('\n').length).toBeGreaterThan(1)
    expect(printedUrl.replace(/\n/g, '')).toBe(url)
  })

  it('prints quotes', async () => {
    const pdf = await renderRichText(root(quote(text('Rest is part of treatment.'))))
    expect(pdf.lines).toEqual(['Rest is part of treatment.'])
  })

  it('prints the text inside unknown inline and block nodes, and never their JSON', async () => {
    const mention = { type: 'mention', version: 1, mentionName: 'Dr. Okafor', text: 'Dr. Okafor' }
    const customInline = { type: 'highlight-mark', version: 1, children: [text('gently')] }
    const customBlock = { type: 'callout', version: 1, tone: 'warning', children: [paragraph(text('Call us if the pain spreads.'))] }
    const upload = { type: 'upload', version: 3, relationTo: 'media', value: { id: 7, filename: 'spine.png' }, fields: null }
    const relationship = { type: 'relationship', version: 2, relationTo: 'topics', value: 4 }
    const pdf = await renderRichText(
      root(paragraph(text('Ask '), mention, text(' how to stretch '), customInline, text('.')), customBlock, upload, relationship),
    )
    expect(pdf.lines).toEqual(['Ask Dr. Okafor how to stretch gently.', 'Call us if the pain spreads.'])
    expect(pdf.text).not.toMatch(/[{}"]|relationTo|spine\.png|upload/)
  })

  it('prints no script, data or outside link and no stored markup as anything but text (a crafted snapshot)', async () => {
    const pdf = await renderRichText(hostileRichText)
    expect(pdf.text).not.toMatch(/javascript|data:|onerror|iframe|someone@/i)
    for (const host of OUTSIDE_HOSTS) expect(pdf.text).not.toContain(host)
    const links = elementsIn(lexicalToPdf(hostileRichText))
      .map((element) => element.props.src)
      .filter((src) => typeof src === 'string')
    expect(links).toEqual(['https://www.nhs.uk/conditions/back-pain/', 'tel:+15550100100'])
    expect(pdf.text).toContain('<b onclick="alert(4)">Raw markup</b>')
  })

  it('renders nothing for missing or malformed values', () => {
    expect(lexicalToPdf(null)).toEqual([])
    expect(lexicalToPdf(undefined)).toEqual([])
    expect(lexicalToPdf({ root: 'nope' } as unknown as RichTextState)).toEqual([])
    expect(lexicalToPdf({ root: { type: 'root', children: 'nope' } } as unknown as RichTextState)).toEqual([])
    expect(lexicalToPdf(root(42, null, 'text', { type: 7 }))).toEqual([])
  })
})

describe('printableUrl', () => {
  it.each([
    ['https://www.nhs.uk/', 'https://www.nhs.uk/'],
    ['  http://example.org/a  ', 'http://example.org/a'],
    ['mailto:care@example.org', 'mailto:care@example.org'],
    ['tel:+15550100199', 'tel:+15550100199'],
    ['/library/back-pain', null],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(printableUrl(input)).toBe(expected)
  })
})

describe('linkTextShowsUrl', () => {
  it.each([
    ['www.nhs.uk', 'https://www.nhs.uk/', true],
    ['https://nhs.uk', 'https://www.nhs.uk', true],
    ['care@example.org', 'mailto:care@example.org', true],
    ['NHS website', 'https://www.nhs.uk/', false],
    ['nhs.uk/conditions', 'https://www.nhs.uk/', false],
  ])('%j for %j → %j', (linkText, url, expected) => {
    expect(linkTextShowsUrl(linkText, url)).toBe(expected)
  })
})

describe('breakLongUrl', () => {
  it('leaves short URLs alone', () => {
    expect(breakLongUrl('https://www.nhs.uk/conditions/back-pain/')).toBe('https://www.nhs.uk/conditions/back-pain/')
  })

  it('breaks after separators, keeps every character, and keeps lines within the limit', () => {
    const url = 'https://careleaf.example.org/p/Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM'
    expect(breakLongUrl(url)).toBe('https://careleaf.example.org/p/\nXq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM')
    // Slashes first; otherwise before punctuation, so a line-initial "-" or "?" reads as part of the address, not as a hyphen.
    const narrow = breakLongUrl('https://example.org/conditions/back-pain/sleeping-positions?from=handout&lang=en', 30)
    expect(narrow.split('\n')).toEqual(['https://example.org/', 'conditions/back-pain/', 'sleeping-positions?from', '=handout&lang=en'])
  })

  it('cuts hard when a long run has no separator', () => {
    const url = `https://x.org/${'a'.repeat(100)}`
    const lines = breakLongUrl(url, 40).split('\n')
    expect(lines.every((line) => line.length <= 40)).toBe(true)
    expect(lines.join('')).toBe(url)
  })
})
