import type { Block } from 'payload'

import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { relationId } from '@/lib/payload/relationId'
import type { Topic } from '@/payload-types'

/** One section of a topic, as Payload stores it. */
export type TopicSection = Topic['sections'][number]
/** The section kinds the Topics collection knows (its blocks' slugs). */
export type SectionType = TopicSection['blockType']
/** A topic section of one kind. */
export type TopicBlock<K extends SectionType> = Extract<TopicSection, { blockType: K }>

/** What every kind's handout snapshot has: where it came from, its heading, its kind and a body of its own shape. */
export type SectionSnapshotShape<K extends SectionType> = SnapshotBase & { blockType?: K; body: unknown }

/**
 * What a section kind contributes to PEMAT-P (lib/pemat/suggestPematAnswers.ts):
 * an action the patient can take (items 20, 21), explicit steps (22), a
 * tangible tool (23), and the visual cue it is drawn with (12).
 */
export interface PematRoles {
  action: boolean
  instructions: boolean
  steps: boolean
  tool: boolean
  cue: string | null
}

/**
 * Everything about one section kind except how it is drawn: its Payload block,
 * its text (readability, search, the builder's preview), and how a handout
 * copies it and reads the copy back. Plain functions with light imports, so
 * the request thread, the PDF worker and Payload's config can all load it.
 * The renderers are registered beside it by runtime: blocks/webRenderers.tsx
 * (clinician view and patient-page HTML, request thread) and
 * blocks/pdfRenderers.tsx (PDF worker), so react-pdf stays out of the request
 * thread and Payload's React converters stay out of the worker bundle.
 */
export interface SectionKind<K extends SectionType, Snapshot extends SectionSnapshotShape<K>> {
  /** The Payload block; its slug is the registry key. */
  config: Block
  /** What the builder calls this kind next to a section's heading. */
  label: string
  /**
   * The patient must not miss it ("When to get help now"): read first on every
   * output, boxed, and its PDF block draws its own heading inside the box.
   */
  urgent?: boolean
  /**
   * Its body never breaks across pages (a picture): the PDF keeps its heading
   * on the same page, rather than leaving the heading alone at a page's foot.
   */
  keepsHeadingWithBody?: boolean
  /** The heading shown in the builder, on the patient page and in the PDF. */
  heading(section: TopicBlock<K>): string
  /**
   * The heading as the editor wrote it, with no default: what a translation
   * must supply itself (a kind's default heading is English, not a translation).
   */
  writtenHeading(section: TopicBlock<K>): string
  /** The reader-facing prose, one string per paragraph or list item, without the heading: what readability is computed on and search indexes. */
  plainText(section: TopicBlock<K>): string[]
  /** What it counts as for PEMAT-P's actionability and visual-cue items; required, so a new kind is a type error until someone decides. */
  pemat: PematRoles
  /** Ids of the media items the section shows, for the alt-text check. */
  mediaIds?(section: TopicBlock<K>): number[]
  /** The copy a handout stores; null when there is nothing to show (an image that is gone). Needs media populated (depth ≥ 1). */
  snapshot(section: TopicBlock<K>, base: SnapshotBase): Snapshot | null
  /** Reads a stored body back, checking its shape; null for a malformed one. */
  parseSnapshot(body: unknown, base: SnapshotBase): Snapshot | null
}

/** The trimmed, non-empty texts of an array field of `{ text }` rows (tips, steps, signs). */
export function itemTexts(items: ReadonlyArray<{ text?: string | null }> | null | undefined): string[] {
  // A translation in progress may lack a row's text (no fallback to English), so a missing one reads as empty.
  return (items ?? []).map((item) => (item.text ?? '').trim()).filter(Boolean)
}

/** A trimmed optional text as a one-element list, or none. */
export function optionalText(value: string | null | undefined): string[] {
  return value?.trim() ? [value.trim()] : []
}

/** The id of an upload field's media item, populated or not. */
export function uploadId(image: number | { id: number } | null | undefined): number[] {
  if (image === null || image === undefined) return []
  return [relationId(image)]
}
