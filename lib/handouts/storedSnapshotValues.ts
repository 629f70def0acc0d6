import type { RichTextState } from '@/lib/content/richTextState'

import type { SnapshotImage } from './snapshotParts'
import { mediaFileUrl } from '../media/mediaFileUrl'

// Guards for reading stored handout snapshots back: a body is JSON that a
// request may have written, so each kind checks it field by field.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isRichTextState(value: unknown): value is RichTextState {
  return isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children)
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

export function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null
}

/**
 * An image the web page, the patient page and the PDF may draw: one of our
 * `media` files (its URL reduced to the path on this site), copied field by
 * field. Anything else (another host, a `data:` or `javascript:` URL) is null.
 */
export function storedSnapshotImage(value: unknown): SnapshotImage | null {
  if (!isRecord(value) || typeof value.filename !== 'string' || typeof value.alt !== 'string') return null
  const url = mediaFileUrl(value.url)
  return url ? { url, filename: value.filename, alt: value.alt, width: dimension(value.width), height: dimension(value.height) } : null
}
