import { richTextToPlainText } from '@/lib/content/lexical'
import type { RichTextState } from '@/lib/content/richTextState'
import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRichTextState } from '@/lib/handouts/storedSnapshotValues'

import type { SectionKind } from '../sectionKind'
import { TextSection } from './config'

/** Handouts made before blocks existed store only heading and body, with no blockType: they read as text sections. */
export interface TextSectionSnapshot extends SnapshotBase {
  blockType?: 'text'
  body: RichTextState
}

export const textKind: SectionKind<'text', TextSectionSnapshot> = {
  config: TextSection,
  label: 'Text',
  heading: (section) => section.heading ?? '',
  writtenHeading: (section) => section.heading ?? '',
  // No body yet in a translation in progress: nothing to read.
  pemat: { action: false, instructions: false, steps: false, tool: false, cue: null },
  plainText: (section) =>
    (isRichTextState(section.body) ? richTextToPlainText(section.body) : '')
      .split(/\n+/u)
      .map((line) => line.trim())
      .filter(Boolean),
  snapshot: (section, base) => ({ ...base, blockType: 'text', body: section.body as RichTextState }),
  parseSnapshot: (body, base) => (isRichTextState(body) ? { ...base, blockType: 'text', body } : null),
}
