import crypto from 'node:crypto'

/** `clk_<keyId>_<secret>`: the id finds the client by an indexed lookup; the secret is 256 bits from the OS CSPRNG. */
const KEY_PATTERN = /^clk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/

export interface NewEhrClientKey {
  /** Shown to the admin once, then forgotten by the server. */
  key: string
  /** Public, for the admin list and lookup. */
  keyId: string
  /** What the database keeps. */
  keyHash: string
}

export function newEhrClientKey(pepper: string): NewEhrClientKey {
  const keyId = crypto.randomBytes(6).toString('hex')
  const key = `clk_${keyId}_${crypto.randomBytes(32).toString('base64url')}`
  return { key, keyId, keyHash: hashEhrClientKey(pepper, key) }
}

/**
 * HMAC-SHA-256 with the server secret as pepper: a random 256-bit key needs
 * no slow hash, and the pepper means a copy of the database alone cannot even
 * confirm a guessed key. (Changing PAYLOAD_SECRET therefore retires every key.)
 */
export function hashEhrClientKey(pepper: string, key: string): string {
  return crypto.createHmac('sha256', pepper).update(`ehr-client-key:${key}`).digest('hex')
}

/** The key id a well-formed key carries, or null. */
export function ehrClientKeyId(candidate: string): string | null {
  return KEY_PATTERN.exec(candidate)?.[1] ?? null
}

/** Equal hashes, compared in constant time. */
export function ehrClientKeyMatches(pepper: string, candidate: string, storedHash: string): boolean {
  const presented = Buffer.from(hashEhrClientKey(pepper, candidate), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return stored.length === presented.length && crypto.timingSafeEqual(presented, stored)
}
