import { describe, expect, it } from 'vitest'

import { shareUrlFor } from './shareUrl'

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
