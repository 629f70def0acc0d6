import type { GlobalAfterChangeHook } from 'payload'

import { forgetCachedClinic } from '@/lib/clinic/cachedClinic'
import { notifyClinicChanged } from '@/lib/clinic/notifyClinicChanged'

/**
 * An admin's edit (a new phone number, say) shows at once on every page of
 * every instance: this process drops its cached copy now, and all of them
 * (this one included) hear the NOTIFY when the save commits.
 */
export const announceClinicChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  forgetCachedClinic()
  await notifyClinicChanged(req)
  return doc
}
