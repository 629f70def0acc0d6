import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { generateShareToken, hashShareToken, isWellFormedShareToken, shareTokenId } from './shareToken'

describe('generateShareToken', () => {
  it('makes a URL-safe token carrying 256 bits', () => {
    const { token } = generateShareToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
  })

  it('stores only the SHA-256 of the token, never the token', () => {
    const { token, tokenHash, tokenId } = generateShareToken()
    expect(tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'))
    expect(tokenHash).not.toContain(token)
    expect(tokenId).toBe(tokenHash.slice(0, 10))
    expect(token).not.toContain(tokenId)
  })

  it('never repeats across many draws and spreads bits evenly', () => {
    const tokens = Array.from({ length: 2000 }, () => generateShareToken().token)
    expect(new Set(tokens).size).toBe(tokens.length)
    // Each bit position should be set about half the time; a broken RNG or a constant prefix fails this.
    const bytes = tokens.map((token) => Buffer.from(token, 'base64url'))
    for (let bit = 0; bit < 256; bit += 1) {
      const ones = bytes.filter((b) => ((b[bit >> 3]! >> (bit & 7)) & 1) === 1).length
      expect(ones / bytes.length).toBeGreaterThan(0.42)
      expect(ones / bytes.length).toBeLessThan(0.58)
    }
  })
})

describe('hashShareToken', () => {
  it('is deterministic and differs for different tokens', () => {
    expect(hashShareToken('abc')).toBe(hashShareToken('abc'))
    expect(hashShareToken('abc')).not.toBe(hashShareToken('abd'))
    expect(hashShareToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives a short id from the hash', () => {
    expect(shareTokenId(hashShareToken('abc'))).toBe('ba7816bf8f')
  })
})

describe('isWellFormedShareToken', () => {
  it('accepts generated tokens', () => {
    for (let i = 0; i < 50; i += 1) expect(isWellFormedShareToken(generateShareToken().token)).toBe(true)
  })

  it.each(['', 'short', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`, `${'a'.repeat(42)}+`, '../../etc/passwd'])(
    'rejects %j',
    (candidate) => {
      expect(isWellFormedShareToken(candidate)).toBe(false)
    },
  )
})
