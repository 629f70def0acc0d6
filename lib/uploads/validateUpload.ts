import { fileTypeFromBuffer } from 'file-type'

import { maxUploadBytes } from './maxUploadBytes'

/**
 * What clinics may upload: photos and diagrams for topics, PDFs for
 * references. No SVG (it can carry script), no HTML, no office documents
 * (macros). The type is read from the file's bytes, never trusted from the
 * name or the browser's Content-Type.
 */
export const ALLOWED_UPLOAD_TYPES: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
}

export interface UploadCandidate {
  data: Uint8Array
  fileName: string
  /** What the browser claimed; checked against the bytes. */
  declaredMimeType?: string | null
}

export type UploadCheck = { ok: true; mimeType: string; extension: string } | { ok: false; error: string }

export async function validateUpload(file: UploadCandidate, { maxBytes = maxUploadBytes(), allowed = ALLOWED_UPLOAD_TYPES } = {}): Promise<UploadCheck> {
  if (file.data.byteLength === 0) return { ok: false, error: 'The file is empty.' }
  if (file.data.byteLength > maxBytes)
    return { ok: false, error: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Use a smaller image or PDF.` }
  const sniffed = await fileTypeFromBuffer(file.data)
  const extensions = sniffed ? allowed[sniffed.mime] : undefined
  if (!sniffed || !extensions)
    return {
      ok: false,
      error: `Only ${Object.values(allowed)
        .flat()
        .map((ext) => ext.toUpperCase())
        .join(', ')} files can be uploaded.`,
    }
  const nameExtension = /\.([A-Za-z0-9]+)$/.exec(file.fileName)?.[1]?.toLowerCase()
  if (!nameExtension || !extensions.includes(nameExtension))
    return { ok: false, error: `The file's name says ".${nameExtension ?? ''}" but its content is ${sniffed.ext.toUpperCase()}. Rename it or export it again.` }
  const declared = file.declaredMimeType?.toLowerCase().split(';')[0]?.trim()
  if (declared && declared !== 'application/octet-stream' && declared !== sniffed.mime)
    return { ok: false, error: `The file claims to be ${declared} but its content is ${sniffed.mime}.` }
  return { ok: true, mimeType: sniffed.mime, extension: sniffed.ext }
}
