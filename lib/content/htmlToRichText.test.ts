import { describe, expect, it } from 'vitest'

import { htmlToRichText } from './htmlToRichText'
import { richTextToPlainText } from './lexical'

type Node = Record<string, unknown> & { type: string; children?: Node[] }
const blocks = (html: string) => (htmlToRichText(html).root.children as unknown as Node[])

describe('htmlToRichText', () => {
  it('turns paragraphs, an h3 and bold/italic text into Lexical nodes', () => {
    const [paragraph, heading] = blocks('<p>Pimples <em>form</em> when <strong>pores</strong> clog.</p>\n<h3>Who gets it?</h3>')
    expect(paragraph?.type).toBe('paragraph')
    expect(paragraph?.children?.map((child) => [child.text, child.format])).toEqual([
      ['Pimples ', 0],
      ['form', 2],
      [' when ', 0],
      ['pores', 1],
      [' clog.', 0],
    ])
    expect(heading).toMatchObject({ type: 'heading', tag: 'h3', children: [{ type: 'text', text: 'Who gets it?' }] })
  })

  it('keeps nested lists as nested lists, white space tidied', () => {
    const html = '<ul>\n  <li>Keep clean</li>\n  <li>Avoid touching:\n    <ul><li>Do not squeeze</li><li>Wash hands</li></ul>\n  </li>\n</ul>'
    const state = htmlToRichText(html)
    expect(richTextToPlainText(state)).toBe('Keep clean\nAvoid touching:\nDo not squeeze\nWash hands')
    const [list] = state.root.children as unknown as Node[]
    expect(list).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' })
    const second = list?.children?.[1]
    expect(second?.children?.map((child) => child.type)).toEqual(['text', 'list'])
    expect(second?.children?.[0]?.text).toBe('Avoid touching:')
  })

  it('keeps only http(s) links; other schemes keep their text', () => {
    const [paragraph] = blocks('<p>Ask <a href="javascript:alert(1)">your doctor</a>, <a href="mailto:a@b.org">write</a> or see <a href="https://www.niams.nih.gov/">NIAMS</a>.</p>')
    const links = paragraph?.children?.filter((child) => child.type === 'link') ?? []
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({ fields: { linkType: 'custom', url: 'https://www.niams.nih.gov/', newTab: false }, children: [{ text: 'NIAMS' }] })
    expect(richTextToPlainText(htmlToRichText('<p>Ask <a href="javascript:alert(1)">your doctor</a>.</p>'))).toBe('Ask your doctor.')
  })

  it('decodes HTML entities and drops tags it does not know, keeping their text but never a script', () => {
    const state = htmlToRichText('<p>Teens&nbsp;&amp; adults &#8212; <span class="x">mostly</span> <img src="x.png"> <script>1</script></p>')
    expect(richTextToPlainText(state)).toBe('Teens\u00a0& adults — mostly')
  })

  it('wraps loose text in a paragraph and never produces empty blocks', () => {
    const state = htmlToRichText('  Loose text  <p> </p><ul></ul>')
    expect(state.root.children).toHaveLength(1)
    expect(richTextToPlainText(state)).toBe('Loose text')
  })
})
