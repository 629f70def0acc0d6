import type { CollectionBeforeChangeHook } from 'payload'

import { unraisedFlagsMessage } from '@/lib/contentQuality/publishRefusalMessage'
import type { QualityFlagCode } from '@/lib/contentQuality/qualityFlags'
import type { Topic } from '@/payload-types'

import { PublishRefusedError } from './enforcePublishWorkflow'

/**
 * A reviewer accepts flags the topic raises, nothing else: an acceptance of
 * "No 'When to get help now'" on a topic that has one would sign off a risk
 * that is not there (and would pass silently if the section were later
 * deleted). The admin offers only raised flags (the field's filterOptions);
 * a flag sent that neither this text nor the stored version raises (through
 * the API) is refused with a 400 naming it. An acceptance of a flag the stored
 * version raised but this save fixes (the admin form sends back what it
 * loaded) is dropped quietly, so what is stored, and written into the publish
 * audit event, is only ever raised flags. Runs after computeContentChecks, so
 * `qualityFlags` are those of the text being saved; field access has already
 * put back the stored value for users who may not set it.
 */
export const keepAcknowledgementsToRaisedFlags: CollectionBeforeChangeHook<Topic> = ({ data, originalDoc }) => {
  const raised = new Set<QualityFlagCode>(data.qualityFlags ?? originalDoc?.qualityFlags ?? [])
  const submitted: QualityFlagCode[] = data.acknowledgedFlags ?? originalDoc?.acknowledgedFlags ?? []
  const known = new Set<QualityFlagCode>([...raised, ...(originalDoc?.qualityFlags ?? []), ...(originalDoc?.acknowledgedFlags ?? [])])
  const unraised = [...new Set(submitted)].filter((code) => !known.has(code))
  if (unraised.length > 0) {
    throw new PublishRefusedError(unraisedFlagsMessage(unraised), 400, { rule: 'only-raised-flags-accepted', flags: unraised }, 'acknowledgedFlags')
  }
  const kept = submitted.filter((code) => raised.has(code))
  if (kept.length !== submitted.length || data.acknowledgedFlags !== undefined) data.acknowledgedFlags = kept
  return data
}
