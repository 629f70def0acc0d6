import crypto from 'node:crypto'

/**
 * A PDF that prints a patient's link (and maybe its access code) holds
 * secrets the database otherwise keeps only as hashes. Such a PDF is cached
 * encrypted (AES-256-GCM) with a key derived from those secrets, which only
 * a request that already presents them can rebuild: a copy of the table
 * alone yields neither the token nor the PDF.
 */
const INFO = 'careleaf pdf cache v1'
const IV_BYTES = 12
const TAG_BYTES = 16

function keyFor(secret: string, cacheKey: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, cacheKey, INFO, 32))
}

export function sealPdf(pdf: Uint8Array, secret: string, cacheKey: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(secret, cacheKey), iv)
  const body = Buffer.concat([cipher.update(pdf), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

/** The PDF, or null when the bytes were not sealed with this secret (or were altered). */
export function openSealedPdf(sealed: Uint8Array, secret: string, cacheKey: string): Buffer | null {
  if (sealed.byteLength < IV_BYTES + TAG_BYTES) return null
  const bytes = Buffer.from(sealed)
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(secret, cacheKey), bytes.subarray(0, IV_BYTES))
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
  } catch {
    return null
  }
}
