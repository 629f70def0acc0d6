import path from 'node:path'

/**
 * Folder holding uploaded media: `media/` at the project root (ignored by git)
 * or CARELEAF_MEDIA_DIR. Kept free of Payload imports so the PDF worker can
 * use it.
 */
export function mediaDirectory(): string {
  return process.env.CARELEAF_MEDIA_DIR?.trim() || path.resolve(process.cwd(), 'media')
}

/** Absolute path of an uploaded file; the name is reduced to its last segment so a stored value can never point outside the folder. */
export function mediaFilePath(filename: string): string {
  return path.join(mediaDirectory(), path.basename(filename))
}
