import { describe, expect, it } from 'vitest'

import { pdfCacheKey, stableJson } from './pdfCacheKey'
import { openSealedPdf, sealPdf } from './sealPdf'

describe('pdfCacheKey', () => {
  const input = { title: 'Back pain', clinic: { name: 'Springfield', phone: '(555) 010-0199' }, shareUrl: null }

  it('is the same for the same printout whatever the key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }))
    expect(pdfCacheKey({ rendererVersion: 'r1', input })).toBe(
      pdfCacheKey({ rendererVersion: 'r1', input: { shareUrl: null, clinic: { phone: '(555) 010-0199', name: 'Springfield' }, title: 'Back pain' } }),
    )
  })

  it('changes with the renderer, the branding and the printout variant', () => {
    const key = pdfCacheKey({ rendererVersion: 'r1', input })
    expect(pdfCacheKey({ rendererVersion: 'r2', input })).not.toBe(key)
    expect(pdfCacheKey({ rendererVersion: 'r1', input: { ...input, clinic: { ...input.clinic, phone: '(555) 010-0100' } } })).not.toBe(key)
    expect(pdfCacheKey({ rendererVersion: 'r1', input: { ...input, shareUrl: 'https://clinic.example/p/abc' } })).not.toBe(key)
  })

  it('does not show what it was made from', () => {
    const key = pdfCacheKey({ rendererVersion: 'r1', input: { shareUrl: 'https://clinic.example/p/SECRET-TOKEN' } })
    expect(key).toMatch(/^[\w-]{43}$/)
    expect(key).not.toContain('SECRET')
  })
})

describe('sealPdf', () => {
  const pdf = Buffer.from('%PDF-1.7 a handout that prints https://clinic.example/p/SECRET-TOKEN')

  it('opens with the secret and key it was sealed with, and hides the content', () => {
    const sealed = sealPdf(pdf, 'secret', 'key')
    expect(sealed.includes(Buffer.from('SECRET-TOKEN'))).toBe(false)
    expect(openSealedPdf(sealed, 'secret', 'key')).toEqual(pdf)
  })

  it('does not open with another secret or key, or when altered', () => {
    const sealed = sealPdf(pdf, 'secret', 'key')
    expect(openSealedPdf(sealed, 'other', 'key')).toBeNull()
    expect(openSealedPdf(sealed, 'secret', 'other')).toBeNull()
    const altered = Buffer.from(sealed)
    altered[altered.length - 1]! ^= 1
    expect(openSealedPdf(altered, 'secret', 'key')).toBeNull()
    expect(openSealedPdf(Buffer.alloc(4), 'secret', 'key')).toBeNull()
  })
})
