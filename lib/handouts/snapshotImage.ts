import type { Media } from '@/payload-types'

import type { SnapshotImage } from './snapshotParts'

/** Needs the media document populated (depth ≥ 1); an unresolved or deleted image is left out rather than drawn broken. */
export function snapshotImage(image: number | Media | null | undefined): SnapshotImage | null {
  if (!image || typeof image === 'number' || !image.url || !image.filename) return null
  // The print-sized copy keeps PDFs small; the original is the fallback.
  return {
    url: image.sizes?.card?.url ?? image.url,
    filename: image.sizes?.print?.filename ?? image.filename,
    alt: image.alt,
    width: image.width ?? null,
    height: image.height ?? null,
  }
}
