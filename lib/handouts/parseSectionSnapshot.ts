import { mediaFileUrl } from '../media/mediaFileUrl'

import type { HandoutSectionSnapshot, RichTextState, SnapshotImage } from './types'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isRichTextState(value: unknown): value is RichTextState {
  return isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null
}

/**
 * An image the web page, the patient page and the PDF may draw: one of our
 * `media` files (its URL reduced to the path on this site), copied field by
 * field. Anything else (another host, a `data:` or `javascript:` URL) is null.
 */
function snapshotImageOf(value: unknown): SnapshotImage | null {
  if (!isRecord(value) || typeof value.filename !== 'string' || typeof value.alt !== 'string') return null
  const url = mediaFileUrl(value.url)
  return url ? { url, filename: value.filename, alt: value.alt, width: dimension(value.width), height: dimension(value.height) } : null
}

interface StoredSection {
  topicId: number
  topicTitle: string
  sectionId: string
  heading: string
  blockType?: string | null
  body: unknown
}

/**
 * Reads a stored section snapshot back, checking its body against its block
 * type. Rows without a block type predate blocks and are text sections.
 * Returns null for a malformed row so the caller can report it.
 */
export function parseSectionSnapshot(stored: StoredSection): HandoutSectionSnapshot | null {
  const base = { topicId: stored.topicId, topicTitle: stored.topicTitle, sectionId: stored.sectionId, heading: stored.heading }
  const body = stored.body
  switch (stored.blockType ?? 'text') {
    case 'text':
      return isRichTextState(body) ? { ...base, blockType: 'text', body } : null
    case 'tips':
      return isRecord(body) && isStringArray(body.do) && isStringArray(body.dont) ? { ...base, blockType: 'tips', body: { do: body.do, dont: body.dont } } : null
    case 'exercise':
      if (!isRecord(body) || !isStringArray(body.steps)) return null
      return {
        ...base,
        blockType: 'exercise',
        body: {
          steps: body.steps,
          repetitions: typeof body.repetitions === 'string' ? body.repetitions : null,
          image: snapshotImageOf(body.image),
        },
      }
    case 'warningSigns':
      return isRecord(body) && isStringArray(body.signs)
        ? { ...base, blockType: 'warningSigns', body: { intro: typeof body.intro === 'string' ? body.intro : null, signs: body.signs } }
        : null
    case 'media': {
      const image = isRecord(body) ? snapshotImageOf(body.image) : null
      return isRecord(body) && image ? { ...base, blockType: 'media', body: { image, caption: typeof body.caption === 'string' ? body.caption : null } } : null
    }
    default:
      return null
  }
}

/**
 * Reading order for patients: "When to get help now" comes first, so the
 * one section that can be urgent is never on the last page. Otherwise the
 * clinician's order is kept.
 */
/**
 * Screen order: "When to get help now" before anything else, even the care
 * team's instructions, so a patient in trouble sees it first; then the rest
 * in the order the clinician chose.
 */
export function splitSectionsForReading<T extends Pick<HandoutSectionSnapshot, 'blockType'>>(sections: readonly T[]): { warningSigns: T[]; others: T[] } {
  return { warningSigns: sections.filter((section) => section.blockType === 'warningSigns'), others: sections.filter((section) => section.blockType !== 'warningSigns') }
}

export function orderSectionsForReading<T extends Pick<HandoutSectionSnapshot, 'blockType'>>(sections: readonly T[]): T[] {
  return [...sections.filter((section) => section.blockType === 'warningSigns'), ...sections.filter((section) => section.blockType !== 'warningSigns')]
}
