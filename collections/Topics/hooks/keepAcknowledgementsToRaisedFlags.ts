import type { CollectionBeforeChangeHook } from 'payload'

import type { QualityFlagCode } from '@/lib/contentQuality/qualityFlags'
import type { Topic } from '@/payload-types'

/**
 * A reviewer accepts flags the topic raises, nothing else: an acceptance of
 * "No 'When to get help now'" on a topic that has one would sign off a risk
 * that is not there (and would pass silently if the section were later
 * deleted). The admin offers only raised flags (the field's filterOptions);
 * anything else sent (through the API, or accepted earlier and since fixed)
 * is dropped here, so what is stored, and written into the publish audit
 * event, is only ever raised flags. Runs after computeContentChecks, so
 * `qualityFlags` are those of the text being saved.
 */
export const keepAcknowledgementsToRaisedFlags: CollectionBeforeChangeHook<Topic> = ({ data, originalDoc }) => {
  const raised = new Set<QualityFlagCode>(data.qualityFlags ?? originalDoc?.qualityFlags ?? [])
  const submitted: QualityFlagCode[] = data.acknowledgedFlags ?? originalDoc?.acknowledgedFlags ?? []
  const kept = submitted.filter((code) => raised.has(code))
  if (kept.length !== submitted.length || data.acknowledgedFlags !== undefined) data.acknowledgedFlags = kept
  return data
}
