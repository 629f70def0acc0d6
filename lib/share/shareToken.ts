import crypto from 'node:crypto'

/** 256 bits from the OS CSPRNG: far beyond guessing (OWASP asks for at least 64). */
const TOKEN_BYTES = 32
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export interface NewShareToken {
  /** Goes into the patient's URL once, then is forgotten by the server. */
  token: string
  /** What the database keeps: SHA-256 of the token, hex. */
  tokenHash: string
  /** Short non-secret id for logs and support, derived from the hash. */
  tokenId: string
}

export function generateShareToken(): NewShareToken {
  const token = crypto.randomBytes(TOKEN_BYTES).toString('base64url')
  const tokenHash = hashShareToken(token)
  return { token, tokenHash, tokenId: shareTokenId(tokenHash) }
}

/**
 * A plain SHA-256 is enough for a 256-bit random token (no dictionary to
 * attack, unlike a password), and it lets the database find the link by an
 * indexed equality lookup, so comparison time reveals nothing about the token.
 */
export function hashShareToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}

export function shareTokenId(tokenHash: string): string {
  return tokenHash.slice(0, 10)
}

/** Whether a string could have come from `generateShareToken`. */
export function isWellFormedShareToken(candidate: string): boolean {
  return TOKEN_PATTERN.test(candidate)
}
