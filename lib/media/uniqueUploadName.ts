import { randomBytes } from 'node:crypto'

/** 8 lower-case letters or digits (40 random bits): one case only, for case-insensitive disks. */
function randomToken(): string {
  return randomBytes(5).readUIntBE(0, 5).toString(36).padStart(8, '0')
}

/**
 * `knee.png` → `knee-k3f9q2ab.png`: the uploader's name with a random token
 * before the extension, which Payload keeps when it cleans the name.
 * Payload reuses a name once no row holds it and this instance's folder lacks
 * it; with media in S3, another instance may still have the earlier file of
 * that name in its cache and would serve it for the new upload.
 */
export function uniqueUploadName(name: string, token: string = randomToken()): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}-${token}${name.slice(dot)}` : `${name}-${token}`
}
