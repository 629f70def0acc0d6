import { describe, expect, it } from 'vitest'

import { richTextToPlainText } from './lexical'
import { allowedLinkUrl, sanitizeRichText } from './sanitizeRichText'
import { lexical } from '../../tests/support/handoutFixtures'
import { hostileRichText } from '../../tests/support/hostileRichText'


const { root, text, paragraph, heading, list, listItem, link, linebreak, tab, quote } = lexical

describe('sanitizeRichText', () => {
  it('keeps what the Topic editor produces, node for node', () => {
    const state = root(
      heading('h3', text('Sleep')),
      paragraph(text('Lie on your ', 0), text('side', 1), linebreak(), tab(), link('https://www.nhs.uk/', text('NHS'))),
      list('number', [listItem([text('One')], { value: 1 }), listItem([list('bullet', [listItem([text('Nested')])])], { value: 2 })]),
      quote(text('Rest helps.')),
      { type: 'horizontalrule', version: 1 },
    )
    const sanitized = sanitizeRichText(state)
    expect(richTextToPlainText(sanitized)).toBe(richTextToPlainText(state))
    expect(sanitized.root.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'horizontalrule'])
    expect(JSON.stringify(sanitized)).toContain('"url":"https://www.nhs.uk/"')
  })

  it('keeps links only to http(s), mailto and tel, and the text of every other link', () => {
    const sanitized = sanitizeRichText(hostileRichText)
    const json = JSON.stringify(sanitized)
    expect(json).not.toMatch(/javascript|java\\tscript|data:|outside\.example/i)
    expect(json).toContain('https://www.nhs.uk/conditions/back-pain/')
    expect(json).toContain('tel:+15550100100')
    expect(richTextToPlainText(sanitized)).toContain('Script link Data link Tabbed script link Protocol-relative link NHS back pain Call the clinic')
  })

  it('keeps images only from our media collection, as a path on this site, without other sizes', () => {
    const uploads = sanitizeRichText(hostileRichText).root.children.filter((node) => node.type === 'upload')
    expect(uploads).toEqual([expect.objectContaining({ relationTo: 'media', value: expect.objectContaining({ url: '/api/media/file/spine.png', alt: 'A straight spine' }) })])
    expect(JSON.stringify(uploads)).not.toContain('sizes')
  })

  it('reads unknown nodes as plain text and drops those without text (raw HTML, relationships, blocks)', () => {
    const sanitized = sanitizeRichText(hostileRichText)
    const json = JSON.stringify(sanitized)
    expect(json).not.toMatch(/onerror|iframe|someone@|secret|"html"|"relationship"|"block"/)
    expect(richTextToPlainText(sanitized)).toContain('<b onclick="alert(4)">Raw markup</b>')
    expect(json).not.toContain('tracker.example')
  })

  it('normalises attributes converters copy into markup (heading and list tags, text style)', () => {
    const [, , crafted, craftedList, styled] = sanitizeRichText(hostileRichText).root.children as unknown as Array<Record<string, unknown>>
    expect(crafted).toMatchObject({ type: 'heading', tag: 'h2' })
    expect(craftedList).toMatchObject({ type: 'list', tag: 'ul', listType: 'bullet' })
    expect(JSON.stringify(styled)).not.toContain('background')
  })

  it('reads malformed and absurdly deep values without throwing', () => {
    expect(sanitizeRichText(null).root.children).toEqual([])
    expect(sanitizeRichText({ root: 'nope' }).root.children).toEqual([])
    let deep: Record<string, unknown> = text('bottom')
    for (let level = 0; level < 100_000; level += 1) deep = { type: 'paragraph', children: [deep] }
    expect(() => sanitizeRichText(root(deep))).not.toThrow()
  })
})

describe('allowedLinkUrl', () => {
  it('allows absolute http(s), mailto and tel only', () => {
    expect(allowedLinkUrl('https://example.org/a')).toBe('https://example.org/a')
    expect(allowedLinkUrl('mailto:care@example.org')).toBe('mailto:care@example.org')
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '//outside.example', 'file:///etc/passwd', '', null]) {
      expect(allowedLinkUrl(url), String(url)).toBeNull()
    }
  })
})
