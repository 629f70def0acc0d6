import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRecord, isStringArray, optionalString } from '@/lib/handouts/storedSnapshotValues'

import { itemTexts, optionalText, type SectionKind } from '../sectionKind'
import { WARNING_SIGNS_DEFAULT_HEADING, WarningSignsBlock } from './config'

export interface WarningSignsSectionSnapshot extends SnapshotBase {
  blockType: 'warningSigns'
  body: { intro?: string | null; signs: string[] }
}

/** Red-flag symptoms: first on the patient page and in the PDF, boxed, so nobody misses them. */
export const warningSignsKind: SectionKind<'warningSigns', WarningSignsSectionSnapshot> = {
  config: WarningSignsBlock,
  label: 'When to get help now',
  urgent: true,
  heading: (section) => section.heading || WARNING_SIGNS_DEFAULT_HEADING,
  plainText: (section) => [...optionalText(section.intro), ...itemTexts(section.signs)],
  snapshot: (section, base) => ({ ...base, blockType: 'warningSigns', body: { intro: section.intro?.trim() || null, signs: itemTexts(section.signs) } }),
  parseSnapshot: (body, base) =>
    isRecord(body) && isStringArray(body.signs) ? { ...base, blockType: 'warningSigns', body: { intro: optionalString(body.intro), signs: body.signs } } : null,
}
