import type { RichTextState } from '@/lib/content/richTextState'

import { lexical } from './handoutFixtures'

const { root, text, paragraph, heading, list, listItem, link } = lexical

/** Hosts that must never appear in a rendered handout. */
export const OUTSIDE_HOSTS = ['outside.example', 'tracker.example']

const upload = (url: string, alt: string) => ({
  type: 'upload',
  version: 3,
  format: '',
  fields: null,
  relationTo: 'media',
  value: {
    id: 9,
    url,
    alt,
    filename: 'spine.png',
    mimeType: 'image/png',
    width: 40,
    height: 20,
    sizes: { card: { url: 'https://tracker.example/card.png', width: 20, height: 10, mimeType: 'image/png', filesize: 1, filename: 'card.png' } },
  },
})

/**
 * Rich text no Topic editor produces, as a REST body could store it in a
 * handout's snapshot: script and data links, a protocol-relative link, an
 * image from another host, raw HTML in unknown nodes, a heading "tag" that is
 * markup. Beside them, what the editor does produce and must still render: a
 * web link, a phone link and an image from our media collection.
 */
export const hostileRichText: RichTextState = root(
  paragraph(
    link('javascript:alert(1)', text('Script link')),
    text(' '),
    link('data:text/html,<script>alert(1)</script>', text('Data link')),
    text(' '),
    link('java\tscript:alert(2)', text('Tabbed script link')),
    text(' '),
    link('//outside.example/phish', text('Protocol-relative link')),
    text(' '),
    link('https://www.nhs.uk/conditions/back-pain/', text('NHS back pain')),
    text(' '),
    link('tel:+15550100100', text('Call the clinic')),
  ),
  { type: 'html', version: 1, html: '<img src=x onerror=alert(3)>' },
  { type: 'rawText', version: 1, text: '<b onclick="alert(4)">Raw markup</b>' },
  { ...heading('h2', text('Crafted heading')), tag: 'img src=x onerror=alert(5)' },
  { ...list('bullet', [listItem([text('Crafted list')])]), tag: 'script' },
  paragraph({ ...text('Styled text'), style: 'background:url(https://tracker.example/s.png)' }),
  upload('https://tracker.example/pixel.png', 'Tracking pixel'),
  upload('data:image/svg+xml,<svg onload=alert(6)>', 'Data image'),
  upload('http://localhost:3000/api/media/file/spine.png', 'A straight spine'),
  { type: 'relationship', version: 2, relationTo: 'users', value: { id: 1, email: 'someone@careleaf.local', hash: 'secret' } },
  { type: 'block', version: 2, fields: { blockType: 'embed', html: '<iframe src="https://outside.example"></iframe>' } },
)
