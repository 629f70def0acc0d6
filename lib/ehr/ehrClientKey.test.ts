import { describe, expect, it } from 'vitest'

import { ehrClientKeyId, ehrClientKeyMatches, hashEhrClientKey, newEhrClientKey } from './ehrClientKey'

const PEPPER = 'a-server-secret-for-the-test'

describe('EHR client keys', () => {
  it('carries its public id, and only the peppered hash matches it', () => {
    const { key, keyId, keyHash } = newEhrClientKey(PEPPER)
    expect(ehrClientKeyId(key)).toBe(keyId)
    expect(keyHash).not.toContain(key.slice(-20))
    expect(ehrClientKeyMatches(PEPPER, key, keyHash)).toBe(true)
    expect(ehrClientKeyMatches('another-pepper', key, keyHash)).toBe(false)
    expect(ehrClientKeyMatches(PEPPER, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, keyHash)).toBe(false)
    expect(ehrClientKeyMatches(PEPPER, key, 'abcd')).toBe(false)
    expect(hashEhrClientKey(PEPPER, key)).toBe(keyHash)
  })

  it('makes a new secret every time and reads no id from a malformed key', () => {
    expect(newEhrClientKey(PEPPER).key).not.toBe(newEhrClientKey(PEPPER).key)
    expect(ehrClientKeyId('clk_short_secret')).toBeNull()
    expect(ehrClientKeyId('')).toBeNull()
  })
})
