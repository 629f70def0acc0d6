import type { CollectionBeforeChangeHook } from 'payload'

import { unraisedAcknowledgementMessage } from '@/lib/contentQuality/publishRefusalMessage'
import type { QualityFlagCode } from '@/lib/contentQuality/qualityFlags'
import type { Topic } from '@/payload-types'

import { PublishRefusedError } from './enforcePublishWorkflow'

/**
 * A reviewer accepts flags the topic raises, nothing else: ticking "No 'When
 * to get help now'" on a topic that has one would sign off a risk that is not
 * there (and would pass silently if the section were later deleted). Runs after
 * computeContentChecks, so `qualityFlags` are those of the text being saved.
 * A flag accepted earlier and since fixed is dropped without a word; only a
 * newly ticked flag that is not raised is refused.
 */
export const keepAcknowledgementsToRaisedFlags: CollectionBeforeChangeHook<Topic> = ({ data, originalDoc }) => {
  const raised = new Set<QualityFlagCode>(data.qualityFlags ?? originalDoc?.qualityFlags ?? [])
  const before = new Set<QualityFlagCode>(originalDoc?.acknowledgedFlags ?? [])
  const submitted: QualityFlagCode[] = data.acknowledgedFlags ?? originalDoc?.acknowledgedFlags ?? []

  const newlyUnraised = submitted.filter((code) => !raised.has(code) && !before.has(code))
  if (newlyUnraised.length > 0) {
    throw new PublishRefusedError(unraisedAcknowledgementMessage(newlyUnraised), 400, { rule: 'only-raised-flags', flags: newlyUnraised }, 'acknowledgedFlags')
  }
  const kept = submitted.filter((code) => raised.has(code))
  if (kept.length !== submitted.length || data.acknowledgedFlags !== undefined) data.acknowledgedFlags = kept
  return data
}
