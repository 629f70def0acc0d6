import { describe, expect, it } from 'vitest'

import { configuredShareUrlFor, shareUrlFor } from './shareUrl'

describe('shareUrlFor', () => {
  const request = new Request('http://localhost:3000/handouts/1/pdf')
  it('prefers the configured public URL', () => {
    expect(shareUrlFor('tok', request, { NEXT_PUBLIC_SERVER_URL: 'https://care.example', NEXTAUTH_URL: 'https://other.example' })).toBe(
      'https://care.example/p/tok',
    )
    expect(shareUrlFor('tok', request, { NEXTAUTH_URL: 'https://care.example/' })).toBe('https://care.example/p/tok')
  })
  it("falls back to the request's origin", () => {
    expect(shareUrlFor('tok', request, {})).toBe('http://localhost:3000/p/tok')
  })
})

describe('configuredShareUrlFor', () => {
  it('is the URL the printout download prints when a public URL is configured, so a pre-rendered printout is the one asked for', () => {
    const env = { NEXTAUTH_URL: 'https://care.example/' }
    expect(configuredShareUrlFor('tok', env)).toBe(shareUrlFor('tok', new Request('http://10.0.0.5:3000/handouts/1/pdf'), env))
  })
  it('is null without one: a request-less caller cannot know the address the download will print', () => {
    expect(configuredShareUrlFor('tok', {})).toBeNull()
  })
})
