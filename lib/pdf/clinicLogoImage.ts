import fs from 'node:fs'

import type { ClinicLogoFile } from '../handouts/types'
import { mediaFilePath } from '../media/mediaFilePath'

/** A worker serves one clinic; the cap only keeps a long-lived worker from collecting every logo it ever saw. */
const MAX_CACHED_LOGOS = 4

const cache = new Map<string, Buffer | null>()

function isPngOrJpeg(bytes: Buffer): boolean {
  const png = bytes.length > 8 && bytes[0] === 0x89 && bytes.toString('latin1', 1, 4) === 'PNG'
  const jpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  return png || jpeg
}

/**
 * The clinic logo's bytes for the PDF header, read from the media folder once
 * per worker and kept by media id and updatedAt (a re-upload or a different
 * logo changes the key). A missing or unreadable file, or one react-pdf
 * cannot embed, gives null: the header then shows the clinic name alone
 * rather than failing the patient's handout.
 */
export function clinicLogoImage(logo: ClinicLogoFile | null | undefined): Buffer | null {
  if (!logo || typeof logo.filename !== 'string' || logo.filename === '') return null
  const key = `${logo.id}|${logo.updatedAt}|${logo.filename}`
  if (cache.has(key)) return cache.get(key) ?? null
  let bytes: Buffer | null = null
  try {
    const read = fs.readFileSync(mediaFilePath(logo.filename))
    bytes = isPngOrJpeg(read) ? read : null
  } catch {
    bytes = null
  }
  if (cache.size >= MAX_CACHED_LOGOS) cache.clear()
  cache.set(key, bytes)
  return bytes
}
