import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRecord, optionalString } from '@/lib/handouts/storedSnapshotValues'
import type { WarningSign } from '@/lib/warningSigns/groupWarningSigns'
import { DEFAULT_WATCH_DAYS, isWarningTier } from '@/lib/warningSigns/warningTiers'

import { optionalText, type SectionKind, type TopicBlock } from '../sectionKind'
import { WARNING_SIGNS_DEFAULT_HEADING, WarningSignsBlock } from './config'

export interface WarningSignsSectionSnapshot extends SnapshotBase {
  blockType: 'warningSigns'
  body: { intro?: string | null; watchDays: number; signs: WarningSign[] }
}

/** The signs with text, trimmed, each with its tier and reason. */
export function warningSignsOf(section: TopicBlock<'warningSigns'>): WarningSign[] {
  return (section.signs ?? [])
    .map((sign) => ({ text: (sign.text ?? '').trim(), tier: isWarningTier(sign.tier) ? sign.tier : null, reason: sign.reason?.trim() || null }))
    .filter((sign) => sign.text)
}

function watchDaysOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60 ? value : DEFAULT_WATCH_DAYS
}

/** A stored sign: a plain string before tiers existed (read as untiered), an object since. */
function storedSign(value: unknown): WarningSign | null {
  if (typeof value === 'string') return { text: value, tier: null, reason: null }
  if (!isRecord(value) || typeof value.text !== 'string') return null
  return { text: value.text, tier: isWarningTier(value.tier) ? value.tier : null, reason: optionalString(value.reason) }
}

function storedSigns(value: unknown): WarningSign[] | null {
  if (!Array.isArray(value)) return null
  const signs = value.map(storedSign)
  return signs.every((sign): sign is WarningSign => sign !== null) ? signs : null
}

/** Red-flag symptoms in urgency tiers: first on the patient page and in the PDF, boxed, so nobody misses them. */
export const warningSignsKind: SectionKind<'warningSigns', WarningSignsSectionSnapshot> = {
  config: WarningSignsBlock,
  label: 'When to get help now',
  urgent: true,
  heading: (section) => section.heading || WARNING_SIGNS_DEFAULT_HEADING,
  writtenHeading: (section) => section.heading ?? '',
  pemat: { action: true, instructions: false, steps: false, tool: false, cue: 'a box' },
  plainText: (section) => [...optionalText(section.intro), ...warningSignsOf(section).flatMap((sign) => [sign.text, ...optionalText(sign.reason)])],
  snapshot: (section, base) => ({
    ...base,
    blockType: 'warningSigns',
    body: { intro: section.intro?.trim() || null, watchDays: watchDaysOf(section.watchDays), signs: warningSignsOf(section) },
  }),
  parseSnapshot: (body, base) => {
    if (!isRecord(body)) return null
    const signs = storedSigns(body.signs)
    return signs ? { ...base, blockType: 'warningSigns', body: { intro: optionalString(body.intro), watchDays: watchDaysOf(body.watchDays), signs } } : null
  },
}
