import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRecord, isStringArray } from '@/lib/handouts/storedSnapshotValues'

import { itemTexts, type SectionKind } from '../sectionKind'
import { TipsBlock } from './config'

export interface TipsSectionSnapshot extends SnapshotBase {
  blockType: 'tips'
  body: { do: string[]; dont: string[] }
}

export const tipsKind: SectionKind<'tips', TipsSectionSnapshot> = {
  config: TipsBlock,
  label: 'Do / don’t tips',
  heading: (section) => section.heading ?? '',
  writtenHeading: (section) => section.heading ?? '',
  pemat: { action: true, instructions: true, steps: false, tool: false, cue: 'bullets' },
  plainText: (section) => [...itemTexts(section.do), ...itemTexts(section.dont)],
  snapshot: (section, base) => ({ ...base, blockType: 'tips', body: { do: itemTexts(section.do), dont: itemTexts(section.dont) } }),
  parseSnapshot: (body, base) =>
    isRecord(body) && isStringArray(body.do) && isStringArray(body.dont) ? { ...base, blockType: 'tips', body: { do: body.do, dont: body.dont } } : null,
}
