import type { Block } from 'payload'

import type { SnapshotBase } from '@/lib/handouts/snapshotParts'

import { actionPlanKind } from './ActionPlan/kind'
import { checkKind } from './CheckUnderstanding/kind'
import { exerciseKind } from './Exercise/kind'
import { mediaKind } from './MediaBlock/kind'
import type { PematRoles, SectionKind, SectionSnapshotShape, SectionType, TopicSection } from './sectionKind'
import { textKind } from './TextSection/kind'
import { tipsKind } from './Tips/kind'
import { warningSignsKind } from './WarningSigns/kind'

export type { SectionType, TopicBlock, TopicSection } from './sectionKind'

/**
 * The registry of section kinds: blockType → what the kind is (Payload block,
 * text, snapshot). Everything that handles sections loops over it; its
 * renderers are registered by runtime in ./webRenderers.tsx and
 * ./pdfRenderers.tsx, both keyed and typed by this list. Adding a kind is a
 * new folder under blocks/ plus one line here and one in each renderer list;
 * the mapped type makes a missing kind a type error.
 */
export const SECTION_KINDS = {
  text: textKind,
  tips: tipsKind,
  exercise: exerciseKind,
  warningSigns: warningSignsKind,
  plan: actionPlanKind,
  media: mediaKind,
  check: checkKind,
} satisfies { [K in SectionType]: SectionKind<K, SectionSnapshotShape<K>> }

type SectionKinds = typeof SECTION_KINDS

/** The snapshot a handout stores for a kind. */
export type SectionSnapshotOf<K extends SectionType> = NonNullable<ReturnType<SectionKinds[K]['snapshot']>>

/**
 * One section copied into a handout at creation time. The copy is what the
 * PDF and the patient page render, so a later edit to the topic cannot
 * change what a patient was given.
 */
export type HandoutSectionSnapshot = { [K in SectionType]: SectionSnapshotOf<K> }[SectionType]

/** The Topics collection's `sections` blocks, in registry order. */
export const TOPIC_SECTION_BLOCKS: Block[] = Object.values(SECTION_KINDS).map((kind) => kind.config)

/** Every registered kind, for code that loops over them. */
export const SECTION_TYPES = Object.keys(SECTION_KINDS) as SectionType[]

export function isSectionType(value: unknown): value is SectionType {
  return typeof value === 'string' && Object.hasOwn(SECTION_KINDS, value)
}

/**
 * The kind of a topic section or a handout snapshot, typed loosely: callers
 * pass the matching section to its members (see the helpers below), which
 * TypeScript cannot check through a union-keyed lookup.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one kind of any shape; the helpers below pair it with its own section
type AnySectionKind = SectionKind<SectionType, any>

/** A section's kind; snapshots stored before blocks existed have no blockType and are text. */
export function sectionTypeOf(section: { blockType?: SectionType | null }): SectionType {
  return section.blockType ?? 'text'
}

export function sectionKindOf(section: { blockType?: SectionType | null }): AnySectionKind {
  return SECTION_KINDS[sectionTypeOf(section)] as AnySectionKind
}

/** "The patient must not miss it": read first, boxed. */
export function isUrgentSection(section: { blockType?: SectionType | null }): boolean {
  return sectionKindOf(section).urgent === true
}

/** A body that never breaks across pages (a picture), so its heading moves with it. */
export function keepsHeadingWithBody(section: { blockType?: SectionType | null }): boolean {
  return sectionKindOf(section).keepsHeadingWithBody === true
}

/** The heading a section shows in the builder, the patient page and the PDF. */
export function sectionHeading(section: TopicSection): string {
  return sectionKindOf(section).heading(section)
}

/** The heading as written, without a kind's English default: what a translation must give. */
export function sectionWrittenHeading(section: TopicSection): string {
  return sectionKindOf(section).writtenHeading(section)
}

/** The reader-facing prose of a section, one string per paragraph or list item, without its heading: what readability is computed on and search indexes. */
export function sectionPassages(section: TopicSection): string[] {
  return sectionKindOf(section).plainText(section)
}

/** What a section counts as for PEMAT-P's actionability and visual-cue items. */
export function sectionPematRoles(section: TopicSection): PematRoles {
  return sectionKindOf(section).pemat
}

/** Ids of the media items a section shows (exercise picture, image block). */
export function sectionMediaIds(section: TopicSection): number[] {
  return sectionKindOf(section).mediaIds?.(section) ?? []
}

/** What the builder calls a section's kind. */
export function sectionLabel(section: TopicSection): string {
  return sectionKindOf(section).label
}

/** Copies one topic section into the shape a handout stores; null when there is nothing to show (an image block whose image is gone). */
export function snapshotTopicSection(section: TopicSection, base: SnapshotBase): HandoutSectionSnapshot | null {
  return sectionKindOf(section).snapshot(section, base) as HandoutSectionSnapshot | null
}

/** Reads a stored snapshot body back against its kind; null for an unknown kind or a malformed body. */
export function parseSnapshotBody(blockType: string | null | undefined, body: unknown, base: SnapshotBase): HandoutSectionSnapshot | null {
  const type = blockType ?? 'text'
  if (!isSectionType(type)) return null
  return SECTION_KINDS[type].parseSnapshot(body, base) as HandoutSectionSnapshot | null
}
