import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'
import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

/**
 * A topic's main message (1–2 sentences, the main action first) with its
 * summary: the first thing every output shows, in a box, before the warning
 * signs (CDC Clear Communication Index items 1–3 and 10).
 */
export interface TopicMainMessage {
  topicTitle: string
  mainMessage: string
  summary: string | null
}

/** The box's heading on the clinician's screens, in English; patient outputs take it from the handout's catalogue (`mainMessageHeading`). */
export const MAIN_MESSAGE_HEADING = patientMessages(DEFAULT_LOCALE).mainMessageHeading

/**
 * One message per topic, in the order the topics were used, from the copy
 * taken when the handout was made (never the topic as it is now). Handouts
 * made before topics had a main message have none: they show no box.
 */
export function handoutMainMessages(handout: Pick<Handout, 'topicVersions' | 'sections'>): TopicMainMessage[] {
  const titles = new Map(handout.sections.map((section) => [relationId(section.topic), section.topicTitle]))
  return (handout.topicVersions ?? []).flatMap((entry) => {
    const mainMessage = entry.mainMessage?.trim()
    if (!mainMessage) return []
    return [{ topicTitle: titles.get(relationId(entry.topic)) ?? '', mainMessage, summary: entry.summary?.trim() || null }]
  })
}
