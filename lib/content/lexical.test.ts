import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { describe, expect, it } from 'vitest'

import { paragraphsToRichText, richTextToPlainText } from './lexical'
import type { RichTextState } from './richTextState'
import { loadUpperBackPainArticle } from './upperBackPainArticle'

function text(value: string): SerializedLexicalNode {
  const node = { type: 'text', version: 1, text: value, format: 0, mode: 'normal', style: '', detail: 0 }
  return node
}

function element(type: string, children: SerializedLexicalNode[], extra: Record<string, unknown> = {}) {
  const node = { type, version: 1, direction: 'ltr', format: '', indent: 0, children, ...extra }
  return node satisfies SerializedLexicalNode
}

function root(children: SerializedLexicalNode[]): RichTextState {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }
}

describe('paragraphsToRichText', () => {
  it('builds a Payload Lexical root with one paragraph node per string', () => {
    expect(paragraphsToRichText(['It’s fine.'])).toEqual({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              { type: 'text', version: 1, text: 'It’s fine.', format: 0, mode: 'normal', style: '', detail: 0 },
            ],
          },
        ],
      },
    })
  })

  it('turns newlines into linebreak nodes and writes no empty text nodes', () => {
    const state = paragraphsToRichText(['Line one\nLine two', ''])
    const [first, second] = state.root.children
    expect(first).toMatchObject({
      children: [
        { type: 'text', text: 'Line one' },
        { type: 'linebreak', version: 1 },
        { type: 'text', text: 'Line two' },
      ],
    })
    expect(second).toMatchObject({ type: 'paragraph', children: [] })
  })

  it('produces JSON that Lexical itself loads and writes back unchanged', () => {
    const state = paragraphsToRichText(['First paragraph.', 'Second\nwith a break.', ''])
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (error) => {
        throw error
      },
    })
    expect(editor.parseEditorState(state).toJSON()).toEqual(state)
  })

  it('gives an empty root for no paragraphs', () => {
    expect(paragraphsToRichText([]).root.children).toEqual([])
  })
})

describe('richTextToPlainText', () => {
  it('round-trips the real article, paragraph by paragraph and section by section', () => {
    const article = loadUpperBackPainArticle()
    for (const section of article.sections) {
      expect(richTextToPlainText(paragraphsToRichText(section.paragraphs))).toBe(section.paragraphs.join('\n\n'))
    }
  })

  it('round-trips newlines inside a paragraph', () => {
    expect(richTextToPlainText(paragraphsToRichText(['a\nb', 'c']))).toBe('a\nb\n\nc')
  })

  it('agrees with Payload’s own plain-text converter on paragraphs', () => {
    const state = paragraphsToRichText(['One.', 'Two\nlines.', 'Three.'])
    expect(richTextToPlainText(state)).toBe(convertLexicalToPlaintext({ data: state }))
  })

  it('reads headings, links, line breaks, tabs, nested lists and quotes, skipping empty and text-less nodes', () => {
    const uploadNode = { type: 'upload', version: 3, relationTo: 'media', value: 1 }
    const state = root([
      element('heading', [text('Managing pain')], { tag: 'h2' }),
      element('paragraph', [
        text('See '),
        element('link', [text('the guide')], { fields: { linkType: 'custom', newTab: false, url: 'https://x.test' } }),
        text(' today.'),
        { type: 'linebreak', version: 1 },
        { type: 'tab', version: 1 },
        text('Indented.'),
      ]),
      element('paragraph', []),
      element(
        'list',
        [
          element('listitem', [text('Stretch')], { value: 1 }),
          element('listitem', [element('list', [element('listitem', [text('Shoulders')], { value: 1 })])], {
            value: 2,
          }),
          element('listitem', [text('Rest')], { value: 2 }),
        ],
        { listType: 'bullet', tag: 'ul', start: 1 },
      ),
      uploadNode,
      element('quote', [text('Sleep is medicine.')]),
    ])
    expect(richTextToPlainText(state)).toBe(
      'Managing pain\n\nSee the guide today.\n\tIndented.\n\nStretch\nShoulders\nRest\n\nSleep is medicine.',
    )
  })

  it('puts a list item’s text and its nested list on separate lines', () => {
    const state = root([
      element('list', [element('listitem', [text('Posture'), element('list', [element('listitem', [text('Back')])])])]),
    ])
    expect(richTextToPlainText(state)).toBe('Posture\nBack')
  })

  it('reads tables row by row', () => {
    const cell = (value: string) => element('tablecell', [element('paragraph', [text(value)])], { headerState: 0 })
    const state = root([
      element('table', [element('tablerow', [cell('A1'), cell('B1')]), element('tablerow', [cell('A2'), cell('B2')])]),
    ])
    expect(richTextToPlainText(state)).toBe('A1 | B1\nA2 | B2')
  })

  it('ignores malformed children instead of throwing', () => {
    const paragraph = { ...element('paragraph', []), children: [null, 42, { text: 'no type' }, text('ok')] }
    expect(richTextToPlainText(root([paragraph]))).toBe('ok')
    expect(richTextToPlainText(root([]))).toBe('')
  })
})
