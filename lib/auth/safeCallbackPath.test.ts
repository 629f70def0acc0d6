import { describe, expect, it } from 'vitest'

import { safeCallbackPath, safeCallbackUrl } from './safeCallbackPath'

describe('safeCallbackPath', () => {
  it.each([
    ['/library/upper-back-pain-during-sleep', '/library/upper-back-pain-during-sleep'],
    ['/handouts/4?tab=share', '/handouts/4?tab=share'],
    ['/admin/collections/topics?limit=10#top', '/admin/collections/topics?limit=10#top'],
    ['https://evil.example/', '/library'],
    ['//evil.example/path', '/library'],
    ['/\\evil.example', '/library'],
    ['javascript:alert(1)', '/library'],
    ['', '/library'],
    [undefined, '/library'],
  ])('%j → %j', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected)
  })

  // Browsers drop tab, LF and CR inside URLs and read `\` as `/` (WHATWG URL), so each of these is `//evil.example`.
  it.each([
    ['tab', '/\t/evil.example'],
    ['line feed', '/\n/evil.example'],
    ['carriage return', '/\r/evil.example'],
    ['CRLF', '/\r\n/evil.example'],
    ['tab after the slashes', '//\tevil.example'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '/\\\\evil.example'],
    ['tab then backslash', '/\t\\evil.example'],
    ['backslash then LF', '/\\\n/evil.example'],
    ['mixed', '/\t\r\n\\/evil.example/library'],
    ['dot segment', '/.//evil.example'],
    ['dot segments with a backslash', '/./\\evil.example'],
    ['parent segment', '/x/..//evil.example'],
    ['encoded dot segment', '/%2e//evil.example'],
    ['leading space', ' //evil.example'],
  ])('refuses %s', (_label, input) => {
    expect(safeCallbackPath(input)).toBe('/library')
  })

  it('keeps percent-encoded control characters as an encoded path on this site', () => {
    // `callbackUrl=%2F%2509%2Fevil.example` arrives once-decoded as `/%09/evil.example`: a path here, not a host.
    expect(safeCallbackPath('/%09/evil.example')).toBe('/%09/evil.example')
    expect(safeCallbackPath('/%5Cevil.example')).toBe('/%5Cevil.example')
  })

  it('returns the path without the characters a browser would drop', () => {
    expect(safeCallbackPath('/lib\trary')).toBe('/library')
    expect(safeCallbackPath('/handouts\n/4')).toBe('/handouts/4')
  })

  it('uses the fallback it is given', () => {
    expect(safeCallbackPath('/\t/evil.example', '/admin')).toBe('/admin')
  })
})

describe('safeCallbackUrl (next-auth redirect callback)', () => {
  const baseUrl = 'https://clinic.example'
  it.each([
    ['/handouts/4', 'https://clinic.example/handouts/4'],
    ['https://clinic.example/library?q=back', 'https://clinic.example/library?q=back'],
    ['https://evil.example/library', 'https://clinic.example/library'],
    ['https://clinic.example.evil.example/', 'https://clinic.example/library'],
    ['/\t/evil.example', 'https://clinic.example/library'],
    ['/\\evil.example', 'https://clinic.example/library'],
    ['//evil.example', 'https://clinic.example/library'],
    ['not a url', 'https://clinic.example/library'],
  ])('%j → %j', (url, expected) => {
    expect(safeCallbackUrl({ url, baseUrl })).toBe(expected)
  })
})
