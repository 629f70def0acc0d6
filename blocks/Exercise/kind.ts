import { snapshotImage } from '@/lib/handouts/snapshotImage'
import type { SnapshotBase, SnapshotImage } from '@/lib/handouts/snapshotParts'
import { isRecord, isStringArray, optionalString, storedSnapshotImage } from '@/lib/handouts/storedSnapshotValues'

import { itemTexts, optionalText, type SectionKind, uploadId } from '../sectionKind'
import { ExerciseBlock } from './config'

export interface ExerciseSectionSnapshot extends SnapshotBase {
  blockType: 'exercise'
  body: { steps: string[]; repetitions?: string | null; image?: SnapshotImage | null }
}

export const exerciseKind: SectionKind<'exercise', ExerciseSectionSnapshot> = {
  config: ExerciseBlock,
  label: 'Exercise',
  heading: (section) => section.name ?? '',
  writtenHeading: (section) => section.name ?? '',
  pemat: { action: true, instructions: true, steps: true, tool: false, cue: 'numbered steps' },
  plainText: (section) => [...itemTexts(section.steps), ...optionalText(section.repetitions)],
  mediaIds: (section) => uploadId(section.image),
  snapshot: (section, base) => ({
    ...base,
    blockType: 'exercise',
    body: { steps: itemTexts(section.steps), repetitions: section.repetitions?.trim() || null, image: snapshotImage(section.image) },
  }),
  parseSnapshot: (body, base) =>
    isRecord(body) && isStringArray(body.steps)
      ? { ...base, blockType: 'exercise', body: { steps: body.steps, repetitions: optionalString(body.repetitions), image: storedSnapshotImage(body.image) } }
      : null,
}
