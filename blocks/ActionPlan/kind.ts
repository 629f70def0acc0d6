import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRecord, isStringArray } from '@/lib/handouts/storedSnapshotValues'

import { itemTexts, type SectionKind, type TopicBlock } from '../sectionKind'
import { ACTION_PLAN_DEFAULT_HEADING, ActionPlanBlock } from './config'

export interface PlanMoment {
  /** "Tonight", "Each day", "Call if …". */
  when: string
  actions: string[]
}

export interface ActionPlanSectionSnapshot extends SnapshotBase {
  blockType: 'plan'
  body: { moments: PlanMoment[] }
}

function momentsOf(section: TopicBlock<'plan'>): PlanMoment[] {
  return (section.moments ?? [])
    .map((moment) => ({ when: (moment.when ?? '').trim(), actions: itemTexts(moment.actions) }))
    .filter((moment) => moment.when && moment.actions.length > 0)
}

function storedMoments(value: unknown): PlanMoment[] | null {
  if (!Array.isArray(value)) return null
  const moments = value.map((moment) =>
    isRecord(moment) && typeof moment.when === 'string' && isStringArray(moment.actions) ? { when: moment.when, actions: moment.actions } : null,
  )
  return moments.every((moment): moment is PlanMoment => moment !== null) ? moments : null
}

/** A tick-box plan: check boxes on paper, a list on the phone. */
export const actionPlanKind: SectionKind<'plan', ActionPlanSectionSnapshot> = {
  config: ActionPlanBlock,
  label: 'Your plan',
  heading: (section) => section.heading || ACTION_PLAN_DEFAULT_HEADING,
  writtenHeading: (section) => section.heading ?? '',
  pemat: { action: true, instructions: true, steps: true, tool: true, cue: 'check boxes' },
  plainText: (section) => momentsOf(section).flatMap((moment) => [moment.when, ...moment.actions]),
  snapshot: (section, base) => ({ ...base, blockType: 'plan', body: { moments: momentsOf(section) } }),
  parseSnapshot: (body, base) => {
    const moments = isRecord(body) ? storedMoments(body.moments) : null
    return moments ? { ...base, blockType: 'plan', body: { moments } } : null
  },
}
